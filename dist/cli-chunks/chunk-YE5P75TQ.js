import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/glob.ts
init_define_ACTION_META();
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
function isGlob(pattern) {
  return /[*?[{]/.test(pattern);
}
function globToRegExp(pattern, subject = "pattern") {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        if (pattern[i + 2] === "/") {
          re += "(?:.*/)?";
          i += 2;
        } else {
          re += ".*";
          i++;
        }
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += "(?:" + pattern.slice(i + 1, end).split(",").map(escapeRe).join("|") + ")";
        i = end;
      }
    } else if (c === "[") {
      const end = pattern.indexOf("]", i);
      if (end < 0) re += "\\[";
      else {
        const cls = "[" + pattern.slice(i + 1, end).replace(/^!/, "^") + "]";
        checkClass(cls, pattern.slice(i, end + 1), pattern, subject);
        re += cls;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}
function checkClass(cls, typed, pattern, subject) {
  try {
    new RegExp(cls);
  } catch {
    throw new ConfigurationError(subject, pattern, `has the invalid character class ${typed}: a range runs from the lower character to the higher. Write it that way, e.g. [a-z] or [0-9].`);
  }
}
function escapeRe(s) {
  return s.replace(/[.+^$()|\\\]]/g, "\\$&");
}
function staticPrefix(pattern) {
  const parts = pattern.split("/");
  const fixed = [];
  for (const p of parts.slice(0, -1)) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.join("/");
}
function expandGlobs(patterns, cwd, subject = "pattern") {
  const byRoot = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const normalized = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
    const root = resolve(cwd, staticPrefix(normalized) || ".");
    byRoot.set(root, [...byRoot.get(root) ?? [], globToRegExp(normalized, subject)]);
  }
  const out = /* @__PURE__ */ new Set();
  for (const [root, res] of byRoot) {
    walk(root, (file) => {
      const rel = relative(cwd, file).split(sep).join("/");
      if (res.some((re) => re.test(rel))) out.add(rel);
    });
  }
  return [...out].sort();
}
function walk(dir, onFile) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, onFile);
    } else if (e.isFile()) onFile(p);
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(p).isFile()) onFile(p);
      } catch {
      }
    }
  }
}

export {
  isGlob,
  expandGlobs,
  walk
};
