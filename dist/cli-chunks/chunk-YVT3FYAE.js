import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/lint/format/formats.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
var FORMATS = ["tty", "json", "sarif", "checkstyle", "codeclimate", "gitlab_codeclimate"];
function formatReport(format, results, rules, version, color = false) {
  switch (format) {
    case "tty":
      return tty(results, color);
    case "json":
      return json(results);
    case "checkstyle":
      return checkstyle(results);
    case "codeclimate":
      return codeclimate(results, false);
    case "gitlab_codeclimate":
      return codeclimate(results, true);
    case "sarif":
      return JSON.stringify(sarif(results, rules, version), null, 2) + "\n";
  }
}
var COLORS = { error: "\x1B[1;91m", warning: "\x1B[1;93m", info: "\x1B[92m", style: "\x1B[92m", ignore: "" };
function tty(results, color) {
  const lines = [];
  for (const r of results) {
    for (const f of r.findings) {
      const level = color ? `${COLORS[f.severity]}${f.severity}\x1B[0m` : f.severity;
      lines.push(`${r.file}:${f.line} ${f.code} ${level}: ${f.message}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
function json(results) {
  const rows = results.flatMap(
    (r) => r.findings.map((f) => ({ code: f.code, column: f.column, file: r.file, level: f.severity, line: f.line, message: f.message }))
  );
  return JSON.stringify(rows) + "\n";
}
function xmlEscape(s) {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]);
}
function checkstyle(results) {
  let out = `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
`;
  for (const r of results) {
    out += `  <file name="${xmlEscape(r.file)}">
`;
    for (const f of r.findings) {
      out += `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${xmlEscape(f.message)}" source="${xmlEscape(f.code)}"/>
`;
    }
    out += `  </file>
`;
  }
  return out + `</checkstyle>
`;
}
var IMPACT = { error: "blocker", warning: "major", info: "info", style: "minor", ignore: "" };
function codeclimate(results, gitlab) {
  const issues = results.flatMap(
    (r) => r.findings.map((f) => {
      const base = {
        categories: ["Bug Risk"],
        check_name: f.code,
        description: f.message,
        location: { lines: { begin: f.line, end: f.line }, path: r.file },
        severity: IMPACT[f.severity],
        type: "issue"
      };
      if (!gitlab) return base;
      const fingerprint = createHash("sha1").update(JSON.stringify(base)).digest("hex");
      const { categories, check_name, description, ...rest } = base;
      return { categories, check_name, description, fingerprint, ...rest };
    })
  );
  return gitlab ? JSON.stringify(issues) + "\n" : issues.map((i) => JSON.stringify(i) + "\0").join("");
}
var SARIF_LEVEL = {
  error: "error",
  warning: "warning",
  info: "note",
  style: "note",
  ignore: "none"
};
function sarif(results, rules, version) {
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const descriptors = used.map((code) => {
    const meta = rules.get(code);
    const text = meta?.message ?? (code.startsWith("SC") ? `ShellCheck ${code}` : code);
    const uri = meta?.helpUri ?? helpUri(code);
    const why = meta?.rationale ? `

${meta.rationale}` : "";
    return {
      id: code,
      shortDescription: { text },
      fullDescription: { text: text + why },
      // GitHub code scanning requires a help text; it shows it beside the alert.
      help: { text: `${text}${why}

Documentation: ${uri}`, markdown: `${text}${why}

[${code} documentation](${uri})` },
      helpUri: uri,
      defaultConfiguration: { level: SARIF_LEVEL[meta?.severity ?? "warning"] },
      properties: { tags: [code.startsWith("SC") ? "shell" : "dockerfile"] }
    };
  });
  const index = new Map(used.map((c, i) => [c, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "model-cd lint-dockerfile",
            informationUri: "https://github.com/model-cd/model-cd",
            version,
            semanticVersion: version,
            rules: descriptors
          }
        },
        results: results.flatMap(
          (r) => r.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: { startLine: f.line, startColumn: f.column }
                }
              }
            ],
            partialFingerprints: { primaryLocationLineHash: createHash("sha256").update(`${r.file}:${f.code}:${f.message}`).digest("hex").slice(0, 16) }
          }))
        )
      }
    ]
  };
}
function toUri(file) {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
function helpUri(code) {
  if (code.startsWith("SC")) return `https://www.shellcheck.net/wiki/${code}`;
  if (code.startsWith("DL")) return `https://github.com/hadolint/hadolint/wiki/${code}`;
  return `https://github.com/model-cd/model-cd/blob/main/docs/rules/${code}.md`;
}

// src/lint/dockerfile/parse.ts
init_define_ACTION_META();

// src/lint/dockerfile/model.ts
init_define_ACTION_META();
var KEYWORDS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
];

// src/lint/dockerfile/parse.ts
var KEYWORD_SET = new Set(KEYWORDS);
var FLAGGED = /* @__PURE__ */ new Set(["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]);
var RUN_FLAGS = /* @__PURE__ */ new Set(["mount", "network", "security"]);
var HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD"]);
var DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
var KNOWN_DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
function parseDockerfile(text) {
  const lines = text.replace(/^\uFEFF/, "").split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  const directives = {};
  const comments = [];
  const instructions = [];
  let error = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]);
    const key = m?.[1]?.toLowerCase();
    if (!m || !key || !KNOWN_DIRECTIVES.has(key) || key in directives) break;
    directives[key] = m[2];
    comments.push({ line: i + 1, text: lines[i].slice(1) });
  }
  const escape = directives.escape === "`" ? "`" : "\\";
  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "") {
      i++;
      continue;
    }
    if (trimmed.startsWith("#")) {
      comments.push({ line: i + 1, text: trimmed.slice(1) });
      i++;
      continue;
    }
    const result = readInstruction(lines, i, escape);
    if ("error" in result) {
      error = result.error;
      break;
    }
    instructions.push(result.instruction);
    i = result.next;
  }
  return { instructions, comments, directives, escape, error };
}
function readInstruction(lines, start, escape) {
  const first = lines[start];
  const m = /^\s*([A-Za-z]+)/.exec(first);
  const word = m?.[1]?.toUpperCase() ?? "";
  if (!m || !KEYWORD_SET.has(word)) {
    const column = first.length - first.trimStart().length + 1;
    return { error: { line: start + 1, column, message: `unexpected '${first.trim()[0]}': not a Dockerfile instruction (expected one of ${KEYWORDS.join(", ")})` } };
  }
  const keyword = word;
  const offset = m[0].length;
  if (keyword === "ONBUILD") {
    const inner = /^\s+([A-Za-z]+)/.exec(first.slice(offset));
    const innerWord = inner?.[1]?.toUpperCase() ?? "";
    if (inner && KEYWORD_SET.has(innerWord) && innerWord !== "ONBUILD") {
      const result = readBody(lines, start, offset + inner[0].length, innerWord, escape);
      if ("error" in result) return result;
      const inst = result.instruction;
      const text = `${innerWord} ${inst.raw.trim()}`;
      const outer = { ...inst, keyword, raw: text, args: text, flags: [], json: null, heredocs: [], inner: inst };
      return { instruction: outer, next: result.next };
    }
  }
  return readBody(lines, start, offset, keyword, escape);
}
function readBody(lines, start, offset, keyword, escape) {
  const first = lines[start];
  const rest = first.slice(offset);
  if (rest !== "" && !/^[ \t]/.test(rest) && !rest.startsWith(escape)) {
    return { error: { line: start + 1, column: offset + 1, message: `missing whitespace after ${keyword}` } };
  }
  const joined = joinContinuations(lines, start, rest, escape);
  if (joined.text.trim() === "") {
    return { error: { line: start + 1, column: first.length + 1, message: `missing whitespace: ${keyword} needs arguments` } };
  }
  const instruction = makeInstruction(keyword, joined.text, start + 1, joined.next);
  let next = joined.next;
  if (HEREDOC_KEYWORDS.has(keyword)) {
    const doc = readHeredoc(lines, start, joined.next, instruction.args);
    if (doc) {
      instruction.heredocs.push(doc.heredoc);
      if (keyword !== "COPY" && keyword !== "ADD") {
        instruction.args = doc.args;
        instruction.json = null;
      }
      instruction.endLine = doc.next;
      next = doc.next;
      const after = lines[next];
      if (after !== void 0 && after !== "" && !/^[ \t]/.test(after)) {
        return { error: { line: next + 1, column: 1, message: `unexpected '${after[0]}' expecting a new line followed by the next instruction` } };
      }
    }
  }
  return { instruction, next };
}
function joinContinuations(lines, start, firstRest, escape) {
  let text = "";
  let rest = firstRest;
  let i = start;
  for (; ; ) {
    const cont = continued(rest, escape);
    if (cont === null) {
      text += rest;
      break;
    }
    text += cont;
    i++;
    while (i < lines.length && (lines[i] === "" || /^[ \t]*#/.test(lines[i]))) i++;
    if (i >= lines.length) break;
    const line = lines[i];
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (indent === line.length) break;
    if (indent > 0) text += " ";
    rest = line.slice(indent);
  }
  return { text, next: i + 1 };
}
function readHeredoc(lines, start, end, args) {
  if (!args.includes("<<")) return null;
  let row = start;
  while (row < end - 1 && !lines[row].includes("<<")) row++;
  const firstLine = lines[row];
  const at = firstLine.indexOf("<<");
  if (at < 0) return null;
  const m = /^<<-*("[^"\n]*"|'[^'\n]*'|[^ \t]+)([ \t]|$)/.exec(firstLine.slice(at));
  if (!m) return null;
  const marker = m[1].replace(/^(["'])(.*)\1$/, "$2");
  if (marker === "") return null;
  const rest = firstLine.slice(at + m[0].length);
  const afterMarker = /^(\||>)/.test(rest) ? "" : rest;
  const startsWithHeredoc = args.startsWith("<<");
  const body = [];
  for (let i = row + 1; i < lines.length; i++) {
    if (lines[i] === marker) {
      const content = [afterMarker, ...body].join("\n").trim();
      const heredoc = { name: marker, body: body.length ? body.join("\n") + "\n" : "", line: row + 2 };
      const prefix = args.slice(0, args.indexOf("<<")).trim();
      return { heredoc, args: startsWithHeredoc ? content : prefix, next: i + 1 };
    }
    body.push(lines[i]);
  }
  return null;
}
function continued(line, escape) {
  const trimmed = line.replace(/[ \t]+$/, "");
  return trimmed.endsWith(escape) ? trimmed.slice(0, -1) : null;
}
function makeInstruction(keyword, raw, line, endLine) {
  const { flags, rest } = FLAGGED.has(keyword) ? splitFlags(raw, keyword === "RUN" ? RUN_FLAGS : null) : { flags: [], rest: raw.trim() };
  return { keyword, line, endLine, raw, flags, args: rest, json: parseJsonArray(rest), heredocs: [], inner: null };
}
function splitFlags(raw, known = null) {
  const flags = [];
  let rest = raw.trimStart();
  for (; ; ) {
    const m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|'[^']*'|\S*))?(?:\s+|$)/.exec(rest);
    if (!m || known && !known.has(m[1].toLowerCase())) break;
    const value = m[2] === void 0 ? null : m[2].replace(/^(["'])(.*)\1$/, "$2");
    flags.push({ name: m[1].toLowerCase(), value });
    rest = rest.slice(m[0].length);
  }
  return { flags, rest: rest.trim() };
}
function parseJsonArray(args) {
  const m = /^\[\s*(.*?)\s*\]$/s.exec(args);
  if (!m) return null;
  const body = m[1];
  if (body === "") return [];
  const out = [];
  let i = 0;
  for (; ; ) {
    if (body[i] !== '"') return null;
    let s = "";
    let j = i + 1;
    for (; j < body.length && body[j] !== '"'; j++) {
      if (body[j] === "\\" && body[j + 1] === '"') {
        s += '"';
        j++;
      } else s += body[j];
    }
    if (j >= body.length) return null;
    out.push(s);
    i = j + 1;
    while (body[i] === " " || body[i] === "	") i++;
    if (i >= body.length) return out;
    if (body[i] !== ",") return null;
    i++;
    while (body[i] === " " || body[i] === "	") i++;
  }
}

export {
  FORMATS,
  formatReport,
  toUri,
  helpUri,
  parseDockerfile
};
