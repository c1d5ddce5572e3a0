import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  actionMeta
} from "./chunk-2GYKKTUI.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/inputs.ts
init_define_ACTION_META();

// src/common/fsutil.ts
init_define_ACTION_META();
import { mkdirSync, mkdtempSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var code = (e) => e?.code ?? "";
var stat = (p) => {
  try {
    return statSync(p);
  } catch (e) {
    if (code(e) === "ENOENT" || code(e) === "ENOTDIR") return null;
    throw e;
  }
};
function existingAncestor(path) {
  let p = path;
  while (!stat(p) && dirname(p) !== p) p = dirname(p);
  return p;
}
var REASONS = {
  EACCES: "permission denied",
  EPERM: "the operating system does not allow it",
  EROFS: "it is on a read-only file system",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of it is a file, not a folder",
  // /proc and /sys answer ENOENT when asked to create a file in a folder that exists.
  ENOENT: "that location does not accept new files",
  EEXIST: "a file of that name is in the way",
  EINVAL: "that location does not accept files"
};
function writeError(e, path, subject) {
  const c = code(e);
  if (!c || e instanceof ConfigurationError) return e;
  if (c === "ENOSPC" || c === "EDQUOT") {
    const input = subject.replace(/^input /, "");
    return new ServiceError(`no space left to write ${path} (${c}); nothing was kept. Free some space, or point ${input} at a larger disk.`);
  }
  return new ConfigurationError(subject, path, `cannot be written: ${REASONS[c] ?? e.message} (${c}). Give a path this job may write, such as one under $RUNNER_TEMP.`);
}
function checkWritable(subject, value, cwd, kind) {
  const path = resolve(cwd, value);
  const fail = (fix) => new ConfigurationError(subject, value, fix);
  const file = kind === "file" || kind === "file or device";
  if (file && /[\\/]$/.test(value)) throw fail("ends with a slash, so it names a folder. Give the path of a file, e.g. report.sarif.");
  const st = stat(path);
  if (st?.isDirectory() && file) throw fail(`is a folder (${path}). Give the path of a file inside it.`);
  if (st?.isFile() && kind === "folder") throw fail(`is a file (${path}), not a folder. Give a folder path, or remove the file.`);
  if (st && !st.isFile() && !st.isDirectory()) {
    if (kind === "file or device") return path;
    const what = kind === "folder" ? "folder" : "file";
    throw fail(`is a device or other special file (${path}), not a ${what}. Give a ${what} path.`);
  }
  const dir = st?.isDirectory() ? path : existingAncestor(dirname(path));
  if (!stat(dir)?.isDirectory()) throw fail(`cannot be created: ${dir} is a file, not a folder. Give a path whose folders are folders.`);
  try {
    rmdirSync(mkdtempSync(join(dir, ".model-cd-write-check-")));
  } catch (e) {
    throw writeError(e, value, subject);
  }
  return path;
}
function makeDirs(dir) {
  const missing = [];
  for (let p = dir; !stat(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) mkdirSync(p);
}
function writeFileAtomic(path, data, subject = "the file") {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    makeDirs(dirname(path));
    const st = stat(path);
    if (st && !st.isFile() && !st.isDirectory()) {
      writeFileSync(path, data);
      return;
    }
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } catch (e) {
    throw writeError(e, path, subject);
  }
}

// src/common/inputs.ts
var string = () => ({ kind: "string" });
var list = () => ({ kind: "list" });
var bool = () => ({ kind: "bool" });
var number = (opts = {}) => ({ kind: "number", ...opts });
var output = (writes) => ({ kind: "output", writes });
var oneOf = (values) => ({ kind: "enum", values });
function camel(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function splitList(raw) {
  return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function readInputs(action, spec, io) {
  const meta = actionMeta(action);
  const out = {};
  for (const [name, kind] of Object.entries(spec)) {
    const declared = meta.inputs[name];
    if (!declared) throw new Error(`input "${name}" is read by the code but not declared in actions/${action}/action.yml`);
    const raw = io.input(name) ?? declared.default;
    if (declared.required && raw === "") {
      throw new ConfigurationError(`input \`${name}\``, raw, `is required: ${declared.description.split("\n")[0]}`);
    }
    out[camel(name)] = convert(name, kind, raw);
    if (kind.kind === "output" && raw.trim()) checkWritable(`input \`${name}\``, raw.trim(), io.cwd, kind.writes);
  }
  return out;
}
function convert(name, k, raw) {
  const subject = `input \`${name}\``;
  switch (k.kind) {
    case "string":
    case "output":
      return raw;
    case "list":
      return splitList(raw);
    case "bool":
      if (TRUE.has(raw)) return true;
      if (FALSE.has(raw)) return false;
      throw new ConfigurationError(subject, raw, "is not a boolean. Use true or false.");
    case "number": {
      const n = Number(raw);
      if (raw === "" || !Number.isFinite(n) || k.integer && !Number.isInteger(n)) {
        throw new ConfigurationError(subject, raw, `is not ${k.integer ? "a whole number" : "a number"}.`);
      }
      if (k.min !== void 0 && n < k.min || k.max !== void 0 && n > k.max) {
        throw new ConfigurationError(subject, raw, `is out of range. Use a value from ${k.min ?? "-\u221E"} to ${k.max ?? "\u221E"}.`);
      }
      return n;
    }
    case "enum":
      if (k.values.includes(raw)) return raw;
      throw new ConfigurationError(subject, raw, `is not allowed. Use one of: ${k.values.join(", ")}.`);
  }
}

export {
  writeError,
  checkWritable,
  writeFileAtomic,
  string,
  list,
  bool,
  number,
  output,
  oneOf,
  readInputs
};
