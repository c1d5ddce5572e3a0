import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  FORMATS,
  formatReport,
  helpUri,
  parseDockerfile
} from "./chunk-YVT3FYAE.js";
import {
  cell
} from "./chunk-J33SUZGY.js";
import {
  which
} from "./chunk-AC4XLMWU.js";
import {
  VERSION
} from "./chunk-32734S2S.js";
import {
  expandGlobs,
  isGlob,
  walk
} from "./chunk-YE5P75TQ.js";
import {
  bool,
  list,
  oneOf,
  output,
  readInputs,
  string,
  writeFileAtomic
} from "./chunk-ZKYIUTKU.js";
import "./chunk-2GYKKTUI.js";
import {
  ConfigurationError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/lint-dockerfile.ts
init_define_ACTION_META();

// src/lint/lint-step.ts
init_define_ACTION_META();
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3, resolve as resolve4 } from "node:path";

// src/lint/files.ts
init_define_ACTION_META();
import { existsSync, statSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
function looksLikeDockerfile(name) {
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /\.(Dockerfile|dockerfile|Containerfile)$/.test(name);
}
function resolveFiles(patterns, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (const f of expandGlobs(patterns.filter(isGlob), cwd, "input `files`")) found.add(f);
  for (const pattern of patterns) {
    if (isGlob(pattern)) continue;
    if (pattern === "-") {
      found.add("-");
      continue;
    }
    const abs = resolve(cwd, pattern);
    if (!existsSync(abs)) {
      throw new ConfigurationError("input `files`", pattern, `does not exist (looked in ${relative(cwd, abs) === pattern ? "the working directory" : abs}). Give a path to a Dockerfile, a folder or a glob such as \`**/Dockerfile\`.`);
    }
    if (statSync(abs).isDirectory()) {
      walk(abs, (f) => {
        if (looksLikeDockerfile(basename(f))) found.add(display(f, cwd));
      });
    } else found.add(display(abs, cwd));
  }
  if (found.size === 0) {
    throw new ConfigurationError("input `files`", patterns.join(", "), "matched no Dockerfile. Give the path of your Dockerfile or a glob that matches it, e.g. `docker/**/Dockerfile`.");
  }
  return [...found].sort();
}
function display(abs, cwd) {
  const rel = relative(cwd, abs);
  return rel.startsWith("..") ? abs : rel.split(sep).join("/");
}

// src/lint/lint.ts
init_define_ACTION_META();

// src/lint/pragma.ts
init_define_ACTION_META();
var PRAGMA = /^[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([A-Z0-9]+(?:[ \t]*,[ \t]*[A-Z0-9]+)*)[ \t]*(?:#.*)?$/;
var SHELL_PRAGMA = /^[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*([^\s]+)[ \t]*(?:#.*)?$/;
function parseIgnorePragma(text, line) {
  const m = PRAGMA.exec(text);
  if (!m) return null;
  const codes = m[2].split(",").map((c) => c.trim());
  const scope = m[1] === "global" ? "global" : m[1] === "stage" ? "stage" : "line";
  return { scope, codes, line };
}
function parseShellPragma(text) {
  return SHELL_PRAGMA.exec(text)?.[1] ?? null;
}
function ignorePragmas(file) {
  const out = [];
  for (const c of file.comments) {
    const p = parseIgnorePragma(c.text, c.line);
    if (p) out.push(p);
  }
  return out;
}
function pragmaFilter(file) {
  const byLine = /* @__PURE__ */ new Map();
  const byStage = /* @__PURE__ */ new Map();
  const global = /* @__PURE__ */ new Set();
  const pragmas = ignorePragmas(file);
  for (const p of pragmas) {
    if (p.scope === "global") for (const c of p.codes) global.add(c);
    else if (p.scope === "line") byLine.set(p.line + 1, new Set(p.codes));
    else byStage.set(p.line + 1, new Set(p.codes));
  }
  for (const inst of file.instructions) {
    if (inst.keyword === "FROM" && !byStage.has(inst.line)) byStage.set(inst.line, /* @__PURE__ */ new Set());
  }
  const stageStarts = [...byStage.keys()].sort((a, b) => a - b);
  return (line, code) => {
    if (global.has(code) || byLine.get(line)?.has(code)) return true;
    let lo = 0;
    let hi = stageStarts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (stageStarts[mid] < line) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? stageStarts[lo - 1] : 0;
    return byStage.get(start)?.has(code) ?? false;
  };
}

// src/lint/rule.ts
init_define_ACTION_META();

// src/lint/shell/commands.ts
init_define_ACTION_META();

// src/lint/shell/parse.ts
init_define_ACTION_META();
var ShellSyntaxError = class extends Error {
};
var RESERVED_END = /* @__PURE__ */ new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
var META = /* @__PURE__ */ new Set([" ", "	", "\n", ";", "&", "|", "(", ")", "<", ">"]);
var MAX_DEPTH = 200;
function parseShell(text) {
  return new Parser(text).parseTop();
}
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  pos = 0;
  depth = 0;
  pendingHeredocs = [];
  parseTop() {
    const script = this.parseList(/* @__PURE__ */ new Set());
    this.skipBlank();
    if (this.pos < this.src.length) this.fail(`unexpected '${this.src[this.pos]}'`);
    return script;
  }
  fail(msg) {
    throw new ShellSyntaxError(`${msg} at offset ${this.pos}`);
  }
  peek(offset = 0) {
    return this.src[this.pos + offset] ?? "";
  }
  startsWith(s) {
    return this.src.startsWith(s, this.pos);
  }
  /** Spaces, tabs, line continuations and comments, but not newlines. */
  skipSpaces() {
    for (; ; ) {
      const c = this.peek();
      if (c === " " || c === "	" || c === "\r") this.pos++;
      else if (c === "\\" && this.peek(1) === "\n") this.pos += 2;
      else if (c === "#") {
        while (this.pos < this.src.length && this.peek() !== "\n") this.pos++;
      } else return;
    }
  }
  /** Spaces and newlines (reading any here-document bodies the newlines end). */
  skipBlank() {
    for (; ; ) {
      this.skipSpaces();
      if (this.peek() === "\n") this.newline();
      else return;
    }
  }
  newline() {
    this.pos++;
    const docs = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const doc of docs) this.readHeredocBody(doc.delim, doc.strip);
  }
  readHeredocBody(delim, strip) {
    while (this.pos < this.src.length) {
      let end = this.src.indexOf("\n", this.pos);
      if (end < 0) end = this.src.length;
      let line = this.src.slice(this.pos, end);
      this.pos = Math.min(end + 1, this.src.length);
      if (strip) line = line.replace(/^\t+/, "");
      if (line.replace(/\r$/, "") === delim) return;
    }
  }
  /** The next bare word, if it is one of `words`, without consuming it. */
  peekReserved() {
    const m = /^[a-z]+|^[{}!]|^\[\[|^\]\]/.exec(this.src.slice(this.pos, this.pos + 10));
    if (!m) return null;
    const after = this.src[this.pos + m[0].length] ?? "";
    if (after !== "" && !META.has(after)) return null;
    return m[0];
  }
  expectReserved(word2) {
    this.skipBlank();
    if (this.peekReserved() !== word2) this.fail(`expected '${word2}'`);
    this.pos += word2.length;
  }
  parseList(terminators) {
    if (++this.depth > MAX_DEPTH) this.fail("nesting too deep");
    const items = [];
    for (; ; ) {
      this.skipBlank();
      if (this.pos >= this.src.length) break;
      const c = this.peek();
      if (c === ")" || c === ";" && this.peek(1) === ";") break;
      const word2 = this.peekReserved();
      if (word2 !== null && (RESERVED_END.has(word2) || terminators.has(word2))) break;
      const item = this.parseAndOr();
      items.push(item);
      this.skipSpaces();
      const sep2 = this.peek();
      if (sep2 === ";" && this.peek(1) !== ";") this.pos++;
      else if (sep2 === "&" && this.peek(1) !== "&") {
        item.background = true;
        this.pos++;
      } else if (sep2 === "\n") this.newline();
      else break;
    }
    this.depth--;
    return { items };
  }
  parseAndOr() {
    const pipelines = [this.parsePipeline()];
    const ops = [];
    for (; ; ) {
      this.skipSpaces();
      if (this.startsWith("&&") || this.startsWith("||")) {
        ops.push(this.src.slice(this.pos, this.pos + 2));
        this.pos += 2;
        this.skipBlank();
        pipelines.push(this.parsePipeline());
      } else break;
    }
    return { pipelines, ops, background: false };
  }
  parsePipeline() {
    this.skipSpaces();
    let bang = false;
    if (this.peekReserved() === "!") {
      bang = true;
      this.pos++;
      this.skipSpaces();
    }
    if (this.peekReserved() === "time") {
      this.pos += 4;
      this.skipSpaces();
      if (this.startsWith("-p") && META.has(this.peek(2) || " ")) this.pos += 2;
      this.skipSpaces();
    }
    const commands = [this.parseCommand()];
    for (; ; ) {
      this.skipSpaces();
      if (this.peek() === "|" && this.peek(1) !== "|") {
        this.pos += this.peek(1) === "&" ? 2 : 1;
        this.skipBlank();
        commands.push(this.parseCommand());
      } else break;
    }
    return { bang, commands };
  }
  parseCommand() {
    this.skipSpaces();
    const c = this.peek();
    if (c === "(") {
      if (this.peek(1) === "(") return this.withRedirects(this.parseArithCommand());
      this.pos++;
      const body = this.parseList(/* @__PURE__ */ new Set());
      this.skipBlank();
      if (this.peek() !== ")") this.fail("expected ')'");
      this.pos++;
      return this.withRedirects(compound("subshell", [body]));
    }
    switch (this.peekReserved()) {
      case "{": {
        this.pos++;
        const body = this.parseList(/* @__PURE__ */ new Set());
        this.expectReserved("}");
        return this.withRedirects(compound("group", [body]));
      }
      case "if":
        return this.withRedirects(this.parseIf());
      case "for":
        return this.withRedirects(this.parseFor());
      case "while":
      case "until":
        return this.withRedirects(this.parseWhile());
      case "case":
        return this.withRedirects(this.parseCase());
      case "[[":
        return this.withRedirects(this.parseCond());
      case "function":
        return this.parseFunction(true);
    }
    const fn = /^([A-Za-z_][\w.:-]*)[ \t]*\([ \t]*\)/.exec(this.src.slice(this.pos, this.pos + 200));
    if (fn) {
      return this.parseFunction(false);
    }
    return this.parseSimple();
  }
  withRedirects(cmd) {
    for (; ; ) {
      this.skipSpaces();
      const r = this.tryRedirect();
      if (!r) return cmd;
      cmd.redirects.push(r);
    }
  }
  parseFunction(keyword) {
    if (keyword) {
      this.pos += "function".length;
      this.skipSpaces();
    }
    while (this.pos < this.src.length && !META.has(this.peek())) this.pos++;
    this.skipSpaces();
    if (this.peek() === "(") {
      this.pos++;
      this.skipSpaces();
      if (this.peek() !== ")") this.fail("expected ')'");
      this.pos++;
    }
    this.skipBlank();
    const body = this.parseCommand();
    return compound("function", [{ items: [{ pipelines: [{ bang: false, commands: [body] }], ops: [], background: false }] }]);
  }
  parseIf() {
    this.pos += 2;
    const bodies = [this.parseList(/* @__PURE__ */ new Set(["then"]))];
    this.expectReserved("then");
    bodies.push(this.parseList(/* @__PURE__ */ new Set()));
    for (; ; ) {
      this.skipBlank();
      const w = this.peekReserved();
      if (w === "elif") {
        this.pos += 4;
        bodies.push(this.parseList(/* @__PURE__ */ new Set(["then"])));
        this.expectReserved("then");
        bodies.push(this.parseList(/* @__PURE__ */ new Set()));
      } else if (w === "else") {
        this.pos += 4;
        bodies.push(this.parseList(/* @__PURE__ */ new Set()));
      } else break;
    }
    this.expectReserved("fi");
    return compound("if", bodies);
  }
  parseFor() {
    this.pos += 3;
    this.skipSpaces();
    const words2 = [];
    if (this.startsWith("((")) {
      this.readArith();
    } else {
      this.readWord();
      this.skipBlank();
      if (this.peekReserved() === "in") {
        this.pos += 2;
        for (; ; ) {
          this.skipSpaces();
          const c = this.peek();
          if (c === ";" || c === "\n" || c === "") break;
          words2.push(this.readWord());
        }
      }
    }
    this.skipSpaces();
    if (this.peek() === ";") this.pos++;
    this.skipBlank();
    const body = this.parseDoBody();
    return { ...compound("for", [body]), words: words2 };
  }
  parseWhile() {
    const kind = this.peekReserved();
    this.pos += kind.length;
    const cond = this.parseList(/* @__PURE__ */ new Set(["do"]));
    this.skipBlank();
    const body = this.parseDoBody();
    return compound(kind, [cond, body]);
  }
  parseDoBody() {
    if (this.peekReserved() === "{") {
      this.pos++;
      const body2 = this.parseList(/* @__PURE__ */ new Set());
      this.expectReserved("}");
      return body2;
    }
    this.expectReserved("do");
    const body = this.parseList(/* @__PURE__ */ new Set());
    this.expectReserved("done");
    return body;
  }
  parseCase() {
    this.pos += 4;
    this.skipSpaces();
    const words2 = [this.readWord()];
    this.expectReserved("in");
    const bodies = [];
    for (; ; ) {
      this.skipBlank();
      if (this.peekReserved() === "esac") break;
      if (this.pos >= this.src.length) this.fail("expected 'esac'");
      if (this.peek() === "(") this.pos++;
      for (; ; ) {
        this.skipSpaces();
        words2.push(this.readWord());
        this.skipSpaces();
        if (this.peek() === "|") this.pos++;
        else break;
      }
      if (this.peek() !== ")") this.fail("expected ')' in case pattern");
      this.pos++;
      bodies.push(this.parseList(/* @__PURE__ */ new Set()));
      this.skipBlank();
      if (this.startsWith(";;&")) this.pos += 3;
      else if (this.startsWith(";;") || this.startsWith(";&")) this.pos += 2;
    }
    this.pos += 4;
    return { ...compound("case", bodies), words: words2 };
  }
  parseCond() {
    this.pos += 2;
    const words2 = [];
    for (; ; ) {
      this.skipBlank();
      if (this.peekReserved() === "]]") {
        this.pos += 2;
        break;
      }
      if (this.pos >= this.src.length) this.fail("expected ']]'");
      const c = this.peek();
      if (c === "(" || c === ")" || c === "<" || c === ">" || c === "!") {
        this.pos++;
      } else if (this.startsWith("&&") || this.startsWith("||")) {
        this.pos += 2;
      } else {
        words2.push(this.readWord());
      }
    }
    return { ...compound("cond", []), words: words2 };
  }
  parseArithCommand() {
    this.readArith();
    return compound("arith", []);
  }
  /** Skips `(( ... ))` with balanced parentheses and returns the inner text. */
  readArith() {
    const start = this.pos + 2;
    this.pos = start;
    let depth = 2;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return this.src.slice(start, this.pos - 2);
    }
    return this.fail("unterminated arithmetic");
  }
  parseSimple() {
    const cmd = { type: "simple", assigns: [], words: [], redirects: [] };
    for (; ; ) {
      this.skipSpaces();
      const r = this.tryRedirect();
      if (r) {
        cmd.redirects.push(r);
        continue;
      }
      const c = this.peek();
      if (c === "" || c === "\n" || c === ";" || c === "&" || c === "|" || c === ")") break;
      if (c === "(") this.fail("unexpected '('");
      if (cmd.words.length === 0 && this.isAssignment()) {
        cmd.assigns.push(this.readAssignment());
        continue;
      }
      cmd.words.push(this.readWord());
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) {
      this.fail(this.pos >= this.src.length ? "unexpected end of script" : `unexpected '${this.peek()}'`);
    }
    return cmd;
  }
  isAssignment() {
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.exec(this.src.slice(this.pos, this.pos + 256));
    return m !== null;
  }
  readAssignment() {
    const start = this.pos;
    const eq = this.src.indexOf("=", this.pos);
    this.pos = eq + 1;
    if (this.peek() === "(") {
      this.pos++;
      for (; ; ) {
        this.skipBlank();
        if (this.peek() === ")") {
          this.pos++;
          break;
        }
        if (this.pos >= this.src.length) this.fail("expected ')'");
        this.readWord();
      }
      return { parts: [{ kind: "lit", text: this.src.slice(start, this.pos) }], start };
    }
    const value = META.has(this.peek()) || this.peek() === "" ? { parts: [], start: this.pos } : this.readWord();
    return { parts: [{ kind: "lit", text: this.src.slice(start, eq + 1) }, ...value.parts], start };
  }
  tryRedirect() {
    const m = /^(\d+|\{[A-Za-z_]\w*\})?(<<<|<<-|<<|>>|<&|>&|<>|>\||&>>|&>|<|>)/.exec(this.src.slice(this.pos, this.pos + 40));
    if (!m) return null;
    const after = this.src[this.pos + m[0].length];
    if ((m[2] === "<" || m[2] === ">") && !m[1] && after === "(") return null;
    this.pos += m[0].length;
    const op = m[2];
    this.skipSpaces();
    if (op === "<<" || op === "<<-") {
      const word2 = this.readWord();
      const delim = word2.parts.map(partText).join("");
      this.pendingHeredocs.push({ delim, strip: op === "<<-" });
      return { op, target: word2 };
    }
    if ((op === "<&" || op === ">&") && (this.peek() === "-" || /\d/.test(this.peek()))) {
      while (/[\d-]/.test(this.peek())) this.pos++;
      return { op, target: null };
    }
    const c = this.peek();
    if (c === "" || c === "\n" || c === ";" || c === "&" || c === "|" || c === ")") this.fail(`expected a file after '${op}'`);
    return { op, target: this.readWord() };
  }
  /** Reads one word: everything up to an unquoted metacharacter. */
  readWord() {
    const start = this.pos;
    const parts = [];
    let lit = "";
    const flush = () => {
      if (lit) parts.push({ kind: "lit", text: lit });
      lit = "";
    };
    for (; ; ) {
      const c = this.peek();
      if (c === "") break;
      if (META.has(c)) {
        if ((c === "<" || c === ">") && this.peek(1) === "(") {
          flush();
          this.pos += 2;
          const body = this.parseList(/* @__PURE__ */ new Set());
          this.skipBlank();
          if (this.peek() !== ")") this.fail("expected ')'");
          this.pos++;
          parts.push({ kind: "procsub", body });
          continue;
        }
        if (c === "(" && /[@!?*+]$/.test(lit)) {
          lit += this.readBalanced("(", ")");
          continue;
        }
        break;
      }
      if (c === "\\") {
        if (this.peek(1) === "\n") this.pos += 2;
        else {
          lit += this.peek(1);
          this.pos += 2;
        }
        continue;
      }
      if (c === "'") {
        flush();
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) this.fail("unterminated single quote");
        parts.push({ kind: "single", text: this.src.slice(this.pos + 1, end) });
        this.pos = end + 1;
        continue;
      }
      if (c === '"') {
        flush();
        this.pos++;
        parts.push({ kind: "double", parts: this.readDoubleQuoted() });
        continue;
      }
      if (c === "`") {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === "$") {
        const part = this.readDollar();
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
        lit += "$";
        this.pos++;
        continue;
      }
      if (c === "{") {
        const brace = /^\{[^\s{}]*,[^\s{}]*\}/.exec(this.src.slice(this.pos, this.pos + 500));
        if (brace) {
          flush();
          parts.push({ kind: "brace", text: brace[0] });
          this.pos += brace[0].length;
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    if (this.pos === start) this.fail(`unexpected '${this.peek() || "end of script"}'`);
    return { parts, start };
  }
  readBalanced(open, close) {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === "\\") this.pos++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return this.src.slice(start, this.pos);
    }
    return this.fail(`unterminated '${open}'`);
  }
  readDoubleQuoted() {
    const parts = [];
    let lit = "";
    const flush = () => {
      if (lit) parts.push({ kind: "lit", text: lit });
      lit = "";
    };
    for (; ; ) {
      const c = this.peek();
      if (c === "") this.fail("unterminated double quote");
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = this.peek(1);
        if (n === "\n") this.pos += 2;
        else if (n === "$" || n === "`" || n === '"' || n === "\\") {
          lit += n;
          this.pos += 2;
        } else {
          lit += c;
          this.pos++;
        }
        continue;
      }
      if (c === "`") {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === "$") {
        const part = this.readDollar();
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    return parts;
  }
  readBacktick() {
    let inner = "";
    this.pos++;
    for (; ; ) {
      const c = this.peek();
      if (c === "") this.fail("unterminated backtick");
      if (c === "`") {
        this.pos++;
        break;
      }
      if (c === "\\" && (this.peek(1) === "`" || this.peek(1) === "\\" || this.peek(1) === "$")) {
        inner += this.peek(1);
        this.pos += 2;
        continue;
      }
      inner += c;
      this.pos++;
    }
    return { kind: "cmdsub", body: parseNested(inner, this.depth), backtick: true };
  }
  /** `$...` at the cursor, or null when the dollar is a plain character. */
  readDollar() {
    const n = this.peek(1);
    if (n === "(" && this.peek(2) === "(") {
      this.pos++;
      return { kind: "arith", text: this.readArith() };
    }
    if (n === "(") {
      this.pos += 2;
      const body = this.parseList(/* @__PURE__ */ new Set());
      this.skipBlank();
      if (this.peek() !== ")") this.fail("expected ')' to close '$('");
      this.pos++;
      return { kind: "cmdsub", body, backtick: false };
    }
    if (n === "{") {
      this.pos++;
      const text = this.readBalanced("{", "}");
      return { kind: "param", text: text.slice(1, -1) };
    }
    if (n === "'") {
      this.pos += 2;
      let text = "";
      for (; ; ) {
        const c = this.peek();
        if (c === "") this.fail("unterminated quote");
        if (c === "'") {
          this.pos++;
          break;
        }
        if (c === "\\") {
          text += c + this.peek(1);
          this.pos += 2;
          continue;
        }
        text += c;
        this.pos++;
      }
      return { kind: "single", text };
    }
    if (n === '"') {
      this.pos += 2;
      return { kind: "double", parts: this.readDoubleQuoted() };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(this.src.slice(this.pos + 1, this.pos + 200));
    if (!m) return null;
    this.pos += 1 + m[0].length;
    return { kind: "param", text: m[0] };
  }
};
function parseNested(text, depth) {
  if (depth > MAX_DEPTH) throw new ShellSyntaxError("nesting too deep");
  return parseShell(text);
}
function compound(kind, bodies) {
  return { type: "compound", kind, bodies, words: [], redirects: [] };
}
function partText(p) {
  switch (p.kind) {
    case "lit":
    case "single":
      return p.text;
    case "double":
      return p.parts.map(partText).join("");
    default:
      return "";
  }
}

// src/lint/shell/commands.ts
function parseCommands(original) {
  let script;
  try {
    script = parseShell(original);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { original, valid: false, commands: [], hasPipes: false };
    throw e;
  }
  const state = { commands: [], pipes: false };
  walkScript(script, state);
  return { original, valid: true, commands: state.commands, hasPipes: state.pipes };
}
function walkScript(script, st) {
  for (const item of script.items) {
    for (const p of item.pipelines) {
      if (p.commands.length > 1) st.pipes = true;
      for (const c of p.commands) walkCommand(c, st);
    }
  }
}
function walkCommand(cmd, st) {
  if (cmd.type === "simple") {
    const c = toCommand(cmd.words);
    if (c) st.commands.push(c);
    for (const w of cmd.assigns) walkWord(w, st);
    for (const w of cmd.words) walkWord(w, st);
  } else {
    for (const w of cmd.words) walkWord(w, st);
    for (const b of cmd.bodies) walkScript(b, st);
  }
  for (const r of cmd.redirects) if (r.target) walkWord(r.target, st);
}
function walkWord(w, st) {
  for (const p of w.parts) walkPart(p, st);
}
function walkPart(p, st) {
  if (p.kind === "cmdsub" || p.kind === "procsub") walkScript(p.body, st);
  else if (p.kind === "double") for (const q of p.parts) walkPart(q, st);
}
function toCommand(words2) {
  const first = words2[0];
  if (!first) return null;
  let name = literal(first);
  if (name === null || name === "[") return null;
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (base === "busybox" || base === "builtin" || base === "command" || base === "run" || base === "exec") {
    const target = base === "exec" ? execTarget(words2.slice(1)) : words2[1];
    if (target) {
      const resolved = literal(target);
      if (resolved === null) return null;
      name = resolved;
    }
  }
  const args = words2.slice(1).map((w, i) => ({ arg: simplifyWord(w), id: i }));
  return { name, arguments: args, flags: flagsOf(args) };
}
function execTarget(words2) {
  for (let i = 0; i < words2.length; i++) {
    const text = literal(words2[i]);
    if (text === null || !text.startsWith("-") || text === "-") return words2[i];
    if (text === "--") return words2[i + 1];
    if (text.includes("a") && text.endsWith("a")) i++;
  }
  return void 0;
}
function literal(w) {
  let out = "";
  for (const p of w.parts) {
    const s = literalPart(p);
    if (s === null) return null;
    out += s;
  }
  return out;
}
function literalPart(p) {
  switch (p.kind) {
    case "lit":
    case "single":
      return p.text;
    case "double": {
      let out = "";
      for (const q of p.parts) {
        const s = literalPart(q);
        if (s === null) return null;
        out += s;
      }
      return out;
    }
    default:
      return null;
  }
}
function simplifyWord(w) {
  return w.parts.map(simplifyPart).join("");
}
function simplifyPart(p) {
  switch (p.kind) {
    case "lit":
    case "single":
      return p.text;
    case "double":
      return p.parts.map(simplifyPart).join("");
    case "param":
      return "${" + p.text + "}";
    case "cmdsub":
      return p.backtick ? "${VAR}" : "${" + simplifyScript(p.body) + "}";
    case "arith":
      return "${VAR}";
    case "procsub":
    case "brace":
      return "";
  }
}
function simplifyScript(s) {
  let out = "";
  for (const item of s.items) {
    const only = item.pipelines.length === 1 && !item.background ? item.pipelines[0] : void 0;
    const cmd = only && !only.bang && only.commands.length === 1 ? only.commands[0] : void 0;
    if (cmd?.type === "simple") out += cmd.words.map(simplifyWord).join("");
  }
  return out;
}
function flagsOf(args) {
  const flags = [];
  for (const { arg, id } of args) {
    if (arg === "--" || arg === "-") continue;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      flags.push({ arg: arg.slice(2, eq < 0 ? void 0 : eq), id });
    } else if (arg.startsWith("-")) {
      for (const ch2 of arg.slice(1)) flags.push({ arg: ch2, id });
    }
  }
  return flags;
}
var getArgs = (cmd) => cmd.arguments.map((a) => a.arg);
function cmdHasArgs(name, args, cmd) {
  return cmdsHaveArgs([name], args, cmd);
}
function cmdsHaveArgs(names, args, cmd) {
  return names.includes(cmd.name) && cmd.arguments.some((a) => args.includes(a.arg));
}
function cmdHasPrefixArg(name, prefix, cmd) {
  return cmd.name === name && cmd.arguments.some((a) => a.arg.startsWith(prefix));
}
function getArgsNoFlags(cmd) {
  const flagIds = new Set(cmd.flags.map((f) => f.id));
  return cmd.arguments.filter((a) => !flagIds.has(a.id)).map((a) => a.arg);
}
var countFlag = (flag, cmd) => cmd.flags.filter((f) => f.arg === flag).length;
var hasFlag = (flag, cmd) => countFlag(flag, cmd) > 0;
var hasAnyFlag = (flags, cmd) => cmd.flags.some((f) => flags.includes(f.arg));
var hasArg = (arg, cmd) => cmd.arguments.some((a) => a.arg === arg);
function valueId(flagId, args) {
  let best = Number.MAX_SAFE_INTEGER;
  for (const a of args) if (a.id > flagId && a.id < best) best = a.id;
  return best;
}
function dropFlagArg(flagsToDrop, cmd) {
  const drop = /* @__PURE__ */ new Set();
  for (const f of cmd.flags) {
    if (!flagsToDrop.includes(f.arg)) continue;
    const inline = cmd.arguments.some((a) => a.id === f.id && a.arg.includes("="));
    if (!inline) drop.add(valueId(f.id, cmd.arguments));
  }
  return { ...cmd, arguments: cmd.arguments.filter((a) => !drop.has(a.id)) };
}
function getFlagArg(flag, cmd) {
  const ids = new Set(cmd.flags.filter((f) => f.arg === flag).map((f) => valueId(f.id, cmd.arguments)));
  return cmd.arguments.filter((a) => ids.has(a.id)).map((a) => a.arg);
}
var findCommandNames = (shell) => shell.commands.map((c) => c.name);
var usingProgram = (prog2, shell) => shell.commands.some((c) => c.name === prog2);
var anyCommands = (check2, shell) => shell.commands.some(check2);
var noCommands = (check2, shell) => !shell.commands.some(check2);
function isInfixOf(needle, hay) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
function isPipInstall(cmd) {
  const args = getArgs(cmd);
  const std = cmd.name.startsWith("pip") && !cmd.name.startsWith("pipenv") && isInfixOf(["install"], args);
  const viaPython = cmd.name.startsWith("python") && isInfixOf(["-m", "pip", "install"], args);
  return std || viaPython;
}

// src/lint/rule.ts
var RuleContext = class {
  constructor(file, options) {
    this.file = file;
    this.options = options;
  }
  shells = /* @__PURE__ */ new Map();
  get instructions() {
    return this.file.instructions;
  }
  /**
   * The shell script of a RUN (or any instruction with shell arguments), parsed once. The exec
   * form is read as its words joined by spaces, as hadolint does.
   */
  shell(inst) {
    let parsed = this.shells.get(inst);
    if (!parsed) {
      parsed = parseCommands(inst.json ? inst.json.join(" ") : inst.args);
      this.shells.set(inst, parsed);
    }
    return parsed;
  }
};
function eachInstruction(ctx, check2, opts) {
  const hits = [];
  for (const inst of ctx.instructions) {
    if (!check2(inst)) hits.push({ line: inst.line });
    else if (opts.onbuild && inst.inner && !check2(inst.inner)) hits.push({ line: inst.line });
  }
  return hits;
}

// src/lint/lint.ts
function lintParsed(file, config, rules, external = []) {
  if (file.error) {
    return [{ line: file.error.line, column: file.error.column, code: "DL1000", severity: "error", message: file.error.message }];
  }
  const ctx = new RuleContext(file, {
    trustedRegistries: config.trustedRegistries,
    labelSchema: config.labelSchema,
    strictLabels: config.strictLabels
  });
  let findings = [];
  for (const rule of rules) {
    for (const hit of rule.check(ctx)) {
      findings.push({ line: hit.line, column: 1, code: rule.code, severity: rule.severity, message: hit.message ?? rule.message });
    }
  }
  for (const hit of external) findings.push({ line: hit.line, column: 1, code: hit.code, severity: hit.severity, message: hit.message });
  findings.push(...unknownPragmaCodes(file, rules));
  if (!config.disableIgnorePragma) {
    const ignored = pragmaFilter(file);
    findings = findings.filter((f) => !ignored(f.line, f.code));
  }
  findings = findings.map((f) => ({ ...f, severity: overriddenSeverity(f, config) }));
  findings = findings.filter((f) => f.severity !== "ignore" && !config.ignored.includes(f.code));
  return findings.sort((a, b) => a.line - b.line);
}
function overriddenSeverity(f, config) {
  for (const s of ["error", "warning", "info", "style"]) {
    if (config.override[s].includes(f.code)) return s;
  }
  return f.severity;
}
var RANK = { error: 0, warning: 1, info: 2, style: 3, ignore: 4 };
function failsThreshold(severity, threshold) {
  if (threshold === "none") return false;
  return RANK[severity] <= RANK[threshold];
}
var UNKNOWN_PRAGMA_CODE = { code: "MCD0001", severity: "warning", message: "Unknown rule code in an ignore pragma: it silences nothing." };
function unknownPragmaCodes(file, rules) {
  const known = new Set(rules.map((r) => r.code));
  known.add("DL1000");
  known.add(UNKNOWN_PRAGMA_CODE.code);
  const out = [];
  for (const p of ignorePragmas(file)) {
    for (const code of p.codes) {
      if (known.has(code) || /^SC\d{4}$/.test(code)) continue;
      out.push({ line: p.line, column: 1, code: UNKNOWN_PRAGMA_CODE.code, severity: UNKNOWN_PRAGMA_CODE.severity, message: `Unknown rule code ${code} in an ignore pragma: it silences nothing. Use a DL, SC or MCD code (see docs/rules).` });
    }
  }
  return out;
}

// src/lint/rules/index.ts
init_define_ACTION_META();

// src/lint/rules/dl/index.ts
init_define_ACTION_META();

// src/lint/rules/dl/DL1001.ts
init_define_ACTION_META();

// src/lint/rules/dl/util.ts
init_define_ACTION_META();

// src/lint/dockerfile/syntax.ts
init_define_ACTION_META();
var SCRATCH = { registry: null, name: "scratch", tag: null, digest: null, alias: null, platform: null };
function parseFrom(inst) {
  const platform = inst.flags.find((f) => f.name === "platform")?.value ?? null;
  const words2 = inst.args.split(/[ \t\n]+/).filter(Boolean);
  const ref = words2[0] ?? "";
  const alias = words2.length >= 3 && words2[1].toUpperCase() === "AS" ? words2[2] : null;
  let pos = 0;
  let registry = null;
  const domain2 = scanExpanded(ref, 0, (c) => c === ".");
  if (domain2 > 0 && ref[domain2] === ".") {
    const tld = scanExpanded(ref, domain2 + 1, (c) => c === "/");
    if (tld > domain2 + 1 && ref[tld] === "/") {
      registry = ref.slice(0, tld);
      pos = tld + 1;
    }
  }
  const nameEnd = scanExpanded(ref, pos, (c) => c === "@" || c === ":");
  const name = ref.slice(pos, nameEnd);
  pos = nameEnd;
  let tag = null;
  if (ref[pos] === ":") {
    const end = scanExpanded(ref, pos + 1, (c) => c === "@" || c === ":");
    tag = ref.slice(pos + 1, end);
    pos = end;
  }
  let digest = null;
  if (ref[pos] === "@") {
    const end = ref.indexOf("@", pos + 1);
    digest = ref.slice(pos + 1, end < 0 ? void 0 : end);
  }
  return { registry, name, tag, digest, alias, platform };
}
function scanExpanded(s, start, stop) {
  let i = start;
  while (i < s.length) {
    const c = s[i];
    if (c === "$") {
      i++;
      if (s[i] !== "{") continue;
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === "{") depth++;
        else if (s[i] === "}" && --depth === 0) {
          i++;
          break;
        }
      }
      continue;
    }
    if (stop(c)) break;
    i++;
  }
  return i;
}
function sameBaseImage(a, b) {
  return a.registry === b.registry && a.name === b.name && a.tag === b.tag && a.digest === b.digest && a.alias === b.alias && a.platform === b.platform;
}
function parseImageRef(text) {
  if (!text.includes("/")) return { registry: null, name: text };
  const parts = text.split("/");
  if (parts[parts.length - 1] === "") parts.pop();
  const head = parts[0];
  if (head.includes(".")) return { registry: head, name: parts.slice(1).join("/") };
  return { registry: null, name: text };
}
function argName(inst) {
  const text = inst.raw.replace(/^[ \t]+/, "");
  const m = /^[^ \t\n=]+/.exec(text);
  return m ? m[0] : text;
}
function parsePairs(args) {
  const pairs = [];
  let i = 0;
  const n = args.length;
  const skipSpace = () => {
    while (i < n && (args[i] === " " || args[i] === "	")) i++;
  };
  const readValue = (stopAtEquals) => {
    let out = "";
    while (i < n) {
      const c = args[i];
      if (c === " " || c === "	") break;
      if (stopAtEquals && c === "=") break;
      if (c === '"' || c === "'") {
        const end = findClosingQuote(args, i);
        out += unescape(args.slice(i + 1, end), c);
        i = end + 1;
        continue;
      }
      if (c === "\\" && (args[i + 1] === " " || args[i + 1] === "	")) {
        out += args[i + 1];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  skipSpace();
  while (i < n) {
    const key = readValue(true);
    if (args[i] === "=") {
      i++;
      pairs.push({ key, value: readValue(false) });
    } else {
      skipSpace();
      pairs.push({ key, value: args.slice(i).trim() });
      break;
    }
    skipSpace();
  }
  return pairs;
}
function findClosingQuote(s, open) {
  const q = s[open];
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === q) return i;
  }
  return s.length;
}
function unescape(s, quote) {
  return s.split(`\\${quote}`).join(quote);
}
function splitWords(s) {
  const words2 = [];
  let cur = "";
  let has = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === " " || c === "	" || c === "\n") {
      if (has) words2.push(cur);
      cur = "";
      has = false;
    } else if (c === '"' || c === "'") {
      const end = findClosingQuote(s, i);
      cur += s.slice(i + 1, end);
      has = true;
      i = end;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) words2.push(cur);
  return words2;
}

// src/lint/rules/dl/util.ts
function dropQuotes(s) {
  return s.replace(/^["']+/, "").replace(/["']+$/, "");
}
function stripInstallPrefix(args) {
  let i = args.indexOf("install");
  if (i < 0) return [];
  while (args[i] === "install") i++;
  return args.slice(i);
}
function isIgnorePragma(text) {
  return /^[ \t]*hadolint[ \t]+ignore[ \t]*=[ \t]*[DLSC0-9]+[ \t]*(?:,[ \t]*[DLSC0-9]+[ \t]*)*(?:#.*)?$/.test(text);
}
var ARCHIVE_EXTENSIONS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];
var isArchive = (path) => {
  const p = dropQuotes(path);
  return ARCHIVE_EXTENSIONS.some((ext) => p.endsWith(ext));
};
function basename2(path) {
  const p = dropQuotes(path);
  const cut = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return p.slice(cut + 1);
}
function onbuildStreams(instructions) {
  const inner = [];
  for (const inst of instructions) if (inst.inner) inner.push(inst.inner);
  return [instructions, inner];
}
function comesBefore(first, second, shell) {
  const a = shell.commands.findIndex(first);
  const b = shell.commands.findIndex(second);
  return a >= 0 && b >= 0 && a < b;
}
function repeatsPerStage(ctx, keyword) {
  const hits = [];
  let seen = false;
  for (const inst of ctx.instructions) {
    if (inst.keyword === "FROM") seen = false;
    else if (inst.keyword === keyword) {
      if (seen) hits.push({ line: inst.line });
      seen = true;
    }
  }
  return hits;
}
var StageFlag = class {
  started = false;
  current = null;
  values = /* @__PURE__ */ new Map();
  from(inst) {
    const { name: image, alias } = parseFrom(inst);
    const name = alias ?? image;
    if (!this.started) {
      this.started = true;
      this.values.clear();
    } else {
      this.values.set(name, this.values.get(image) ?? false);
    }
    this.current = name;
  }
  /** Sets the flag on the current stage (or on `None` before any FROM). */
  set() {
    if (!this.started) {
      this.started = true;
      this.current = null;
    }
    this.values.set(this.current, true);
  }
  get isSet() {
    return this.started && this.values.get(this.current) === true;
  }
};
function failsInBuiltStages(instructions, fails) {
  let current = SCRATCH;
  const images = /* @__PURE__ */ new Set();
  const failing = [];
  for (const inst of instructions) {
    if (inst.keyword === "FROM") {
      current = parseFrom(inst);
      images.add(current.name);
    } else if (inst.keyword === "RUN" && fails(inst)) {
      failing.push({ line: inst.line, from: current });
    }
  }
  return failing.filter(({ from }) => sameBaseImage(from, current) || from.alias !== null && images.has(from.alias)).map(({ line }) => ({ line }));
}
var PackageScope = class {
  started = false;
  stage = 0;
  /** Alias -> the first stage that has it (a map, not a scan: files may have thousands of stages). */
  aliases = /* @__PURE__ */ new Map();
  envs = /* @__PURE__ */ new Map();
  args = /* @__PURE__ */ new Set();
  /** Records what an ENV, ARG or FROM defines; other instructions change nothing. */
  visit(inst) {
    if (inst.keyword === "ENV") {
      this.start();
      const set = this.envs.get(this.stage);
      if (set) for (const p of parsePairs(inst.args)) set.add(p.key);
    } else if (inst.keyword === "ARG") {
      this.start();
      this.args.add(argName(inst));
    } else if (inst.keyword === "FROM") {
      this.from(inst);
    }
  }
  start() {
    if (this.started) return;
    this.started = true;
    this.stage = 0;
    this.aliases.set("", 0);
    this.envs.set(0, /* @__PURE__ */ new Set());
  }
  from(inst) {
    const { name: image, alias } = parseFrom(inst);
    if (!this.started) {
      this.started = true;
      this.stage = 1;
      if (!this.aliases.has(alias ?? "")) this.aliases.set(alias ?? "", 1);
      this.envs.set(1, /* @__PURE__ */ new Set());
      return;
    }
    const next = this.stage + 1;
    const parent = this.aliases.get(image) ?? next;
    if (!this.aliases.has(alias ?? "")) this.aliases.set(alias ?? "", next);
    this.envs.set(next, new Set(this.envs.get(parent) ?? []));
    this.stage = next;
  }
  /** `${name}` of an ENV of this stage or of any ARG so far occurs in `text`. */
  defines(text) {
    if (!this.started) return false;
    const inText = (v) => text.includes("${" + v + "}");
    return [...this.envs.get(this.stage) ?? []].some(inText) || [...this.args].some(inText);
  }
};
var VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;
function packageVersionFixed(scope, pkg) {
  const parts = pkg.split("-");
  if (parts.length <= 1) return false;
  if (pkg.endsWith(".rpm")) return true;
  if (pkg.includes("$")) return scope.defines(pkg);
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
function unpinnedRuns(ctx, pinned) {
  const hits = [];
  for (const stream of onbuildStreams(ctx.instructions)) {
    const scope = new PackageScope();
    for (const inst of stream) {
      if (inst.keyword === "RUN") {
        if (!pinned(ctx.shell(inst), scope)) hits.push({ line: inst.line });
      } else scope.visit(inst);
    }
  }
  return hits;
}

// src/lint/rules/dl/DL1001.ts
var DL1001 = {
  code: "DL1001",
  severity: "ignore",
  message: "Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.",
  check: (ctx) => ctx.file.comments.filter((c) => isIgnorePragma(c.text)).map((c) => ({ line: c.line }))
};

// src/lint/rules/dl/DL3000.ts
init_define_ACTION_META();
var DL3000 = {
  code: "DL3000",
  severity: "error",
  message: "Use absolute WORKDIR",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "WORKDIR") return true;
      const path = dropQuotes(inst.args);
      return path.startsWith("$") || path.startsWith("/") || new RegExp("^\\p{L}:", "u").test(path);
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3001.ts
init_define_ACTION_META();
var INVALID = /* @__PURE__ */ new Set(["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"]);
var DL3001 = {
  code: "DL3001",
  severity: "info",
  message: "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || !findCommandNames(ctx.shell(inst)).some((n) => INVALID.has(n)),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3002.ts
init_define_ACTION_META();
var isRoot = (user) => user.startsWith("root:") || user.startsWith("0:") || user === "root" || user === "0";
var DL3002 = {
  code: "DL3002",
  severity: "warning",
  message: "Last USER should not be root",
  check: (ctx) => {
    const lastRoot = /* @__PURE__ */ new Map();
    let stage = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") stage = inst.line;
      else if (inst.keyword === "USER" && stage !== null) {
        if (isRoot(inst.raw.trimStart())) lastRoot.set(stage, inst.line);
        else lastRoot.delete(stage);
      }
    }
    return [...lastRoot.values()].map((line) => ({ line }));
  }
};

// src/lint/rules/dl/DL3003.ts
init_define_ACTION_META();
var DL3003 = {
  code: "DL3003",
  severity: "warning",
  message: "Use WORKDIR to switch to a directory",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !usingProgram("cd", ctx.shell(inst)), { onbuild: false })
};

// src/lint/rules/dl/DL3004.ts
init_define_ACTION_META();
var DL3004 = {
  code: "DL3004",
  severity: "error",
  message: "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !usingProgram("sudo", ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3006.ts
init_define_ACTION_META();
var DL3006 = {
  code: "DL3006",
  severity: "warning",
  message: "Always tag the version of an image explicitly",
  check: (ctx) => {
    const hits = [];
    const aliases = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword !== "FROM") continue;
      const image = parseFrom(inst);
      const untagged = image.name !== "scratch" && image.digest === null && image.tag === null && !image.name.startsWith("$") && !aliases.has(image.name);
      if (untagged) hits.push({ line: inst.line });
      if (image.alias !== null) aliases.add(image.alias);
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3007.ts
init_define_ACTION_META();
var DL3007 = {
  code: "DL3007",
  severity: "warning",
  message: "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const image = parseFrom(inst);
      return image.digest !== null || image.tag !== "latest";
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3008.ts
init_define_ACTION_META();
function aptGetPackages(shell) {
  const packages2 = [];
  for (const cmd of shell.commands) {
    if (!cmdHasArgs("apt-get", ["install"], cmd)) continue;
    for (const arg of getArgsNoFlags(dropFlagArg(["t", "target-release"], cmd))) if (arg !== "install") packages2.push(arg);
  }
  return packages2;
}
var versionFixed = (pkg) => pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
var DL3008 = {
  code: "DL3008",
  severity: "warning",
  message: "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || aptGetPackages(ctx.shell(inst)).every(versionFixed), { onbuild: true })
};

// src/lint/rules/dl/DL3009.ts
init_define_ACTION_META();

// src/lint/dockerfile/mounts.ts
init_define_ACTION_META();
var ALIASES = { src: "source", dst: "target", destination: "target" };
function splitOptions(value) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function readOption(arg) {
  const eq = arg.indexOf("=");
  const rawKey = eq < 0 ? arg : arg.slice(0, eq);
  const value = eq < 0 ? "" : arg.slice(eq + 1).replace(/^"(.*)"$/, "$1");
  const key = rawKey.toLowerCase();
  if (key === "ro" || key === "readonly" || key === "rw" || key === "readwrite") {
    const truthy = eq < 0 || value.toLowerCase() === "true";
    const ro = key === "ro" || key === "readonly" ? truthy : !truthy;
    return ["ro", String(ro)];
  }
  if (key === "required") return ["required", String(eq < 0 || value.toLowerCase() === "true")];
  if (rawKey === "z") return ["relabel", "shared"];
  if (rawKey === "Z") return ["relabel", "private"];
  return [ALIASES[rawKey] ?? rawKey, value];
}
function runMounts(inst) {
  if (inst.keyword !== "RUN") return [];
  const mounts = [];
  for (const f of inst.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    const options = /* @__PURE__ */ new Map();
    let type = "bind";
    for (const arg of splitOptions(f.value)) {
      const [key, value] = readOption(arg);
      if (key === "type") type = value;
      else options.set(key, value);
    }
    const get = (name) => options.get(name) ?? null;
    mounts.push({ type, target: get("target"), source: get("source"), from: get("from"), id: get("id"), options });
  }
  return mounts;
}
function hasCacheOrTmpfsMountWith(frag, inst) {
  return runMounts(inst).some((m) => (m.type === "cache" || m.type === "tmpfs") && (m.target ?? "").includes(frag));
}
function runFlagsKey(inst) {
  const mounts = new Set(
    runMounts(inst).map((m) => {
      const opts = [...m.options.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
      return JSON.stringify([m.type, opts]);
    })
  );
  const first = (name) => inst.flags.find((f) => f.name === name)?.value ?? null;
  return JSON.stringify([[...mounts].sort(), first("network"), first("security")]);
}

// src/lint/rules/dl/DL3009.ts
var hasUpdate = (shell) => shell.commands.some((c) => cmdHasArgs("apt", ["update"], c) || cmdHasArgs("apt-get", ["update"], c) || cmdHasArgs("aptitude", ["update"], c));
var hasCleanup = (shell) => shell.commands.some((c) => cmdHasArgs("rm", ["-rf", "/var/lib/apt/lists/*"], c));
function forgetsCleanup(ctx, inst) {
  const shell = ctx.shell(inst);
  if (!hasUpdate(shell) || hasCleanup(shell)) return false;
  if (hasCacheOrTmpfsMountWith("/var/lib/apt/lists", inst)) return false;
  return !(hasCacheOrTmpfsMountWith("/var/lib/apt", inst) && hasCacheOrTmpfsMountWith("/var/cache/apt", inst));
}
var DL3009 = {
  code: "DL3009",
  severity: "info",
  message: "Delete the apt lists (/var/lib/apt/lists) after installing something",
  // A forgotten cleanup fails only in a stage something builds on; ONBUILD instructions are a
  // separate fold that sees no FROM, so each one that forgets fails.
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => failsInBuiltStages(stream, (run2) => forgetsCleanup(ctx, run2)))
};

// src/lint/rules/dl/DL3010.ts
init_define_ACTION_META();
var UNZIP = /* @__PURE__ */ new Set(["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"]);
var isTarExtract = (cmd) => cmd.name === "tar" && getArgs(cmd).some((a) => a === "--extract" || a === "--get" || a.startsWith("-") && a.includes("x"));
function copyPaths(inst) {
  if (inst.heredocs.length > 0) {
    const rest = inst.raw.replace(/^\s*(?:--\S+\s+)*/, "");
    const m = /^(?:<<-*(?:"[^"]*"|'[^']*'|\S+)[ \t]*)+/.exec(rest);
    if (!m) return null;
    const sources = m[0].trim().split(/[ \t]+/);
    return { sources, target: rest.slice(m[0].length) };
  }
  const words2 = inst.json ?? inst.args.split(/\s+/).filter(Boolean);
  if (words2.length < 2) return null;
  return { sources: words2.slice(0, -1), target: words2[words2.length - 1] };
}
var DL3010 = {
  code: "DL3010",
  severity: "info",
  message: "Use `ADD` for extracting archives into an image",
  check: (ctx) => {
    let archives = [];
    let extracted = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        archives = [];
        extracted = /* @__PURE__ */ new Set();
      } else if (inst.keyword === "COPY" && !inst.flags.some((f) => f.name === "from" && f.value !== null)) {
        const paths = copyPaths(inst);
        if (!paths) continue;
        if (isArchive(paths.target)) archives.push({ line: inst.line, name: basename2(paths.target) });
        else for (const src of paths.sources) if (isArchive(basename2(src))) archives.push({ line: inst.line, name: basename2(src) });
      } else if (inst.keyword === "RUN") {
        const extracting = ctx.shell(inst).commands.filter((c) => isTarExtract(c) || UNZIP.has(c.name));
        for (const cmd of extracting) {
          const names = new Set(getArgsNoFlags(cmd).map(basename2));
          for (const a of archives) if (names.has(a.name)) extracted.add(a.line);
        }
      }
    }
    return [...extracted].map((line) => ({ line }));
  }
};

// src/lint/rules/dl/DL3011.ts
init_define_ACTION_META();
var validPort = (digits) => BigInt.asIntN(64, BigInt(digits)) <= 65535n;
function validSpec(word2) {
  const m = /^(\d+)(?:-(\d+))?(?:\/(?:tcp|udp))?$/i.exec(word2);
  if (!m) return true;
  return validPort(m[1]) && (m[2] === void 0 || validPort(m[2]));
}
var DL3011 = {
  code: "DL3011",
  severity: "error",
  message: "Valid UNIX ports range from 0 to 65535",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "EXPOSE" || inst.args.split(/\s+/).filter(Boolean).every(validSpec), { onbuild: false })
};

// src/lint/rules/dl/DL3012.ts
init_define_ACTION_META();
var DL3012 = {
  code: "DL3012",
  severity: "error",
  message: "Multiple `HEALTHCHECK` instructions",
  check: (ctx) => repeatsPerStage(ctx, "HEALTHCHECK")
};

// src/lint/rules/dl/DL3013.ts
init_define_ACTION_META();
var FLAGS_WITH_VALUE = [
  "abi",
  "b",
  "build",
  "e",
  "editable",
  "extra-index-url",
  "f",
  "find-links",
  "i",
  "index-url",
  "implementation",
  "no-binary",
  "only-binary",
  "platform",
  "prefix",
  "progress-bar",
  "proxy",
  "python",
  "python-version",
  "root",
  "root-user-action",
  "src",
  "t",
  "target",
  "trusted-host",
  "upgrade-strategy"
];
var VCS_SCHEMES = [
  "git+file",
  "git+https",
  "git+ssh",
  "git+http",
  "git+git",
  "git",
  "hg+file",
  "hg+http",
  "hg+https",
  "hg+ssh",
  "hg+static-http",
  "svn",
  "svn+svn",
  "svn+http",
  "svn+https",
  "svn+ssh",
  "bzr+http",
  "bzr+https",
  "bzr+ssh",
  "bzr+sftp",
  "bzr+ftp",
  "bzr+lp"
];
var VERSION_SYMBOLS = ["==", ">=", "<=", ">", "<", "!=", "~=", "==="];
var isVcs = (pkg) => VCS_SCHEMES.some((s) => pkg.startsWith(s));
var versionFixed2 = (pkg) => VERSION_SYMBOLS.some((s) => pkg.includes(s)) || isVcs(pkg) && pkg.includes("@") || pkg.endsWith(".whl") || pkg.endsWith(".tar.gz") || !isVcs(pkg) && pkg.includes("/");
var packages = (cmd) => stripInstallPrefix(getArgsNoFlags(dropFlagArg(FLAGS_WITH_VALUE, cmd)));
var hasConstraint = (cmd) => hasFlag("constraint", cmd) || hasFlag("c", cmd);
var requirementInstall = (cmd) => getArgs(cmd).some((a) => a === "--requirement" || a === "-r" || a === ".");
var forgotToPinVersion = (cmd) => isPipInstall(cmd) && !hasConstraint(cmd) && !requirementInstall(cmd) && !packages(cmd).every(versionFixed2);
var DL3013 = {
  code: "DL3013",
  severity: "warning",
  message: "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotToPinVersion, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3014.ts
init_define_ACTION_META();
var hasYesOption = (cmd) => hasAnyFlag(["y", "yes", "qq", "assume-yes"], cmd) || countFlag("q", cmd) === 2 || countFlag("quiet", cmd) === 2 || getArgs(cmd).includes("-q=2");
var forgotAptYesOption = (cmd) => cmdHasArgs("apt-get", ["install"], cmd) && !hasYesOption(cmd);
var DL3014 = {
  code: "DL3014",
  severity: "warning",
  message: "Use the `-y` switch to avoid manual input `apt-get -y install <package>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotAptYesOption, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3015.ts
init_define_ACTION_META();
var forgotNoInstallRecommends = (cmd) => cmdHasArgs("apt-get", ["install"], cmd) && !(hasFlag("no-install-recommends", cmd) || hasArg("APT::Install-Recommends=false", cmd));
var DL3015 = {
  code: "DL3015",
  severity: "info",
  message: "Avoid additional packages by specifying `--no-install-recommends`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotNoInstallRecommends, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3016.ts
init_define_ACTION_META();
var GIT_PREFIXES = ["git://", "git+ssh://", "git+http://", "git+https://"];
var TARBALL_SUFFIXES = [".tar", ".tar.gz", ".tgz"];
var PATH_PREFIXES = ["/", "./", "../", "~/"];
var words = (cmd) => getArgsNoFlags(dropFlagArg(["loglevel", "registry"], cmd));
function dropScope(pkg) {
  if (!pkg.startsWith("@")) return pkg;
  let i = 0;
  while (i < pkg.length && pkg[i] > "/") i++;
  return pkg.slice(i);
}
function versionFixed3(pkg) {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes("#");
  if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s))) return true;
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true;
  return dropScope(pkg).includes("@");
}
var forgotToPinVersion2 = (cmd) => cmdHasArgs("npm", ["install"], cmd) && words(cmd)[0] === "install" && !stripInstallPrefix(words(cmd)).every(versionFixed3);
var DL3016 = {
  code: "DL3016",
  severity: "warning",
  message: "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotToPinVersion2, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3018.ts
init_define_ACTION_META();
function apkAddPackages(shell) {
  return shell.commands.filter((c) => cmdHasArgs("apk", ["add"], c)).flatMap((c) => getArgsNoFlags(dropFlagArg(["t", "virtual", "repository", "X"], c)).filter((a) => a !== "add"));
}
var versionFixed4 = (pkg) => ["=", "~", ">", "<"].some((ch2) => pkg.includes(ch2));
var DL3018 = {
  code: "DL3018",
  severity: "warning",
  message: "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || apkAddPackages(ctx.shell(inst)).every((p) => versionFixed4(p) || p.endsWith(".apk")),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3019.ts
init_define_ACTION_META();
var forgotCacheOption = (c) => cmdHasArgs("apk", ["add"], c) && !hasFlag("no-cache", c);
var DL3019 = {
  code: "DL3019",
  severity: "info",
  message: "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || hasCacheOrTmpfsMountWith("/var/cache/apk", inst) || !ctx.shell(inst).commands.some(forgotCacheOption),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3020.ts
init_define_ACTION_META();

// src/lint/rules/dl/copy-add-exec.ts
init_define_ACTION_META();
var isSpace = (c) => c === " " || c === "	";
function word(s, at) {
  let end = at;
  while (end < s.length && !isSpace(s[end]) && s[end] !== "\n") end++;
  return s.slice(at, end);
}
function skipSpaces(s, at) {
  while (at < s.length && isSpace(s[at])) at++;
  return at;
}
var VALUE_FLAGS = {
  COPY: { "--from=": "from", "--chown=": "chown", "--chmod=": "chmod" },
  ADD: { "--checksum=": "checksum", "--chown=": "chown", "--chmod=": "chmod" }
};
var BOOL_FLAGS = {
  COPY: { "--link": "link", "--parents": "parents" },
  ADD: { "--link": "link", "--keep-git-dir": "keepGitDir", "--unpack": "unpack" }
};
function readCopyAdd(inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD") return null;
  const kw = inst.keyword;
  const s = inst.raw;
  const out = {
    sources: [],
    target: "",
    from: null,
    chown: null,
    chmod: null,
    checksum: null,
    link: null,
    parents: null,
    keepGitDir: null,
    unpack: null,
    exclude: [],
    heredoc: false
  };
  let at = skipSpaces(s, 0);
  for (; ; ) {
    if (!s.startsWith("--", at)) break;
    const w = word(s, at);
    const valueFlag = Object.keys(VALUE_FLAGS[kw]).find((p) => w.startsWith(p));
    const boolKey = BOOL_FLAGS[kw][w.replace(/=(true|false)$/, "")];
    if (valueFlag && w.length > valueFlag.length) {
      const key = VALUE_FLAGS[kw][valueFlag];
      if (out[key] !== null) return null;
      out[key] = w.slice(valueFlag.length);
    } else if (w.startsWith("--exclude=") && w.length > "--exclude=".length) {
      out.exclude.push(w.slice("--exclude=".length));
    } else if (boolKey) {
      if (out[boolKey] !== null) return null;
      out[boolKey] = !w.endsWith("=false");
    } else if (w.includes("=")) {
      return null;
    } else {
      break;
    }
    at = skipSpaces(s, at + w.length);
  }
  const rest = s.slice(at);
  if (kw === "ADD" && rest.startsWith("--")) return null;
  if (kw === "COPY" && inst.heredocs.length > 0 && rest.startsWith("<<")) {
    const doc = readHeredocList(rest);
    if (doc) return { ...out, ...doc, heredoc: true };
  }
  const paths = readFileList(rest);
  if (!paths || paths.length < 2) return null;
  out.sources = paths.slice(0, -1);
  out.target = paths[paths.length - 1];
  return out;
}
function readHeredocList(s) {
  const sources = [];
  let at = 0;
  while (s.startsWith("<<", at)) {
    at += 2;
    while (s[at] === "-") at++;
    const q = s[at];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, at + 1);
      if (end < 0) return null;
      sources.push(s.slice(at + 1, end));
      at = end + 1;
    } else {
      let end = at;
      while (end < s.length && !isSpace(s[end])) end++;
      if (end >= s.length) return null;
      sources.push(s.slice(at, end));
      at = end + 1;
    }
    at = skipSpaces(s, at);
  }
  const target = s.slice(at);
  if (sources.length === 0 || target === "") return null;
  return { sources, target };
}
function readFileList(s) {
  if (s.startsWith("[")) {
    const list2 = readStringList(s);
    if (list2) return list2.rest.trim() === "" ? list2.items : null;
  }
  const words2 = s.split(/[ \t]+/).filter((w) => w !== "");
  return words2.length ? words2 : null;
}
function readStringList(s) {
  let at = skipSpaces(s, 1);
  const items = [];
  if (s[at] !== "]") {
    for (; ; ) {
      if (s[at] !== '"') return null;
      let end = at + 1;
      let text = "";
      while (end < s.length && s[end] !== '"') {
        if (s[end] === "\\" && end + 1 < s.length) {
          const e = s[end + 1];
          text += { n: "\n", t: "	", r: "\r", "\\": "\\", '"': '"', "'": "'" }[e] ?? e;
          end += 2;
        } else text += s[end++];
      }
      if (end >= s.length) return null;
      items.push(text);
      at = skipSpaces(s, end + 1);
      if (s[at] !== ",") break;
      at = skipSpaces(s, at + 1);
    }
  }
  if (s[at] !== "]") return null;
  return { items, rest: s.slice(at + 1) };
}
function isExecForm(args, escape) {
  const s = args.trim();
  if (!s.startsWith("[")) return false;
  const ws = (i) => {
    while (i < s.length && (isSpace(s[i]) || s[i] === "\n")) i++;
    return i;
  };
  let at = ws(1);
  if (s[at] === "]") return ws(at + 1) === s.length;
  for (; ; ) {
    if (s[at] !== '"') return false;
    at++;
    for (; ; ) {
      if (at >= s.length) return false;
      const c = s[at];
      if (c === '"') break;
      if (c === "\n") return false;
      if (c === escape) {
        let run2 = at;
        while (s[run2] === escape) run2++;
        if (s[run2] === '"') {
          if (run2 - at > 1) return false;
          at = run2 + 1;
        } else at = run2;
        continue;
      }
      at++;
    }
    at = ws(at + 1);
    if (s[at] === ",") {
      at = ws(at + 1);
      continue;
    }
    if (s[at] !== "]") return false;
    return ws(at + 1) === s.length;
  }
}

// src/lint/rules/dl/DL3020.ts
var isUrl = (src) => ["https://", "http://"].some((proto) => dropQuotes(src).startsWith(proto));
var DL3020 = {
  code: "DL3020",
  severity: "error",
  message: "Use COPY instead of ADD for files and folders",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "ADD") return true;
      const add = readCopyAdd(inst);
      return !add || add.sources.every((src) => isArchive(src) || isUrl(src));
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3021.ts
init_define_ACTION_META();
var endsWithSlash = (target) => target !== "" && dropQuotes(target).endsWith("/");
var DL3021 = {
  code: "DL3021",
  severity: "error",
  message: "COPY with more than 2 arguments requires the last argument to end with /",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "COPY") return true;
      const copy2 = readCopyAdd(inst);
      return !copy2 || copy2.sources.length <= 1 || endsWithSlash(copy2.target);
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3022.ts
init_define_ACTION_META();
var DL3022 = {
  code: "DL3022",
  severity: "warning",
  message: "`COPY --from` should reference a previously defined `FROM` alias",
  check: (ctx) => {
    const hits = [];
    const names = /* @__PURE__ */ new Set();
    let count2 = 0;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        count2++;
        const alias = parseFrom(inst).alias;
        if (alias !== null) names.add(alias);
        continue;
      }
      const src = inst.keyword === "COPY" ? readCopyAdd(inst)?.from : null;
      if (src == null) continue;
      if (dropQuotes(src).includes(":") || names.has(src)) continue;
      const num = /^\d+/.exec(src);
      if (num && Number(num[0]) < count2) continue;
      hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3023.ts
init_define_ACTION_META();
var DL3023 = {
  code: "DL3023",
  severity: "error",
  message: "`COPY --from` cannot reference its own `FROM` alias",
  check: (ctx) => {
    const hits = [];
    let stageAlias = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") stageAlias = parseFrom(inst).alias;
      else if (inst.keyword === "COPY" && stageAlias !== null && readCopyAdd(inst)?.from === stageAlias) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3024.ts
init_define_ACTION_META();
var DL3024 = {
  code: "DL3024",
  severity: "error",
  message: "FROM aliases (stage names) must be unique",
  check: (ctx) => {
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword !== "FROM") continue;
      const alias = parseFrom(inst).alias;
      if (alias === null) continue;
      if (seen.has(alias)) hits.push({ line: inst.line });
      else seen.add(alias);
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3025.ts
init_define_ACTION_META();
var DL3025 = {
  code: "DL3025",
  severity: "warning",
  message: "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword === "CMD" || inst.keyword === "ENTRYPOINT") {
        return inst.heredocs.length === 0 && isExecForm(inst.args, ctx.file.escape);
      }
      if (inst.keyword === "HEALTHCHECK") {
        const cmd = /^CMD[ \t]+([^]*)$/i.exec(inst.args);
        return !cmd || isExecForm(cmd[1], ctx.file.escape);
      }
      return true;
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3026.ts
init_define_ACTION_META();
function matchRegistry(allow, registry) {
  if (allow === "*") return true;
  if (allow.startsWith("*")) return registry.endsWith(allow.slice(1));
  if (allow.endsWith("*")) return registry.startsWith(allow.slice(0, -1));
  return registry === allow;
}
var DL3026 = {
  code: "DL3026",
  severity: "error",
  message: "Use only an allowed registry in the FROM image",
  check: (ctx) => {
    const allowed = ctx.options.trustedRegistries;
    if (allowed.length === 0) return [];
    const registryAllowed = (registry) => allowed.some((p) => matchRegistry(p, registry));
    const isAllowed = (img) => img.registry !== null ? registryAllowed(img.registry) : img.name === "scratch" || registryAllowed("docker.io") || registryAllowed("hub.docker.com");
    const aliases = /* @__PURE__ */ new Set();
    const ok = (img) => aliases.has(img.name) || isAllowed(img);
    const hits = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        const from = parseFrom(inst);
        if (!ok(from)) hits.push({ line: inst.line });
        if (from.alias !== null) aliases.add(from.alias);
      } else if (inst.keyword === "COPY") {
        const src = readCopyAdd(inst)?.from;
        if (src != null && !ok(parseImageRef(src))) hits.push({ line: inst.line });
      } else if (inst.keyword === "RUN") {
        const bad = runMounts(inst).some(
          (m) => (m.type === "cache" || m.type === "bind") && !ok(parseImageRef(m.from ?? "scratch"))
        );
        if (bad) hits.push({ line: inst.line });
      }
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3027.ts
init_define_ACTION_META();
var DL3027 = {
  code: "DL3027",
  severity: "warning",
  message: "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !usingProgram("apt", ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3028.ts
init_define_ACTION_META();
function removeOptions(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") continue;
    if (a.startsWith("-")) i++;
    else out.push(a);
  }
  return out;
}
function gems(shell) {
  return shell.commands.filter(
    (c) => cmdHasArgs("gem", ["install", "i"], c) && !cmdHasArgs("gem", ["-v"], c) && !cmdHasArgs("gem", ["--version"], c) && !cmdHasPrefixArg("gem", "--version=", c)
  ).flatMap((c) => {
    const args = getArgs(c);
    const dd = args.indexOf("--");
    return removeOptions(dd < 0 ? args : args.slice(0, dd)).filter((a) => a !== "install" && a !== "i");
  });
}
var DL3028 = {
  code: "DL3028",
  severity: "warning",
  message: "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || gems(ctx.shell(inst)).every((g) => g.includes(":")), { onbuild: true })
};

// src/lint/rules/dl/DL3029.ts
init_define_ACTION_META();
var DL3029 = {
  code: "DL3029",
  severity: "warning",
  message: "Do not use --platform flag with FROM",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const p = parseFrom(inst).platform;
      return p === null || p.includes("BUILDPLATFORM") || p.includes("TARGETPLATFORM");
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3030.ts
init_define_ACTION_META();
var forgotYumYesOption = (c) => cmdHasArgs("yum", ["install", "groupinstall", "localinstall"], c) && !hasAnyFlag(["y", "assumeyes"], c);
var DL3030 = {
  code: "DL3030",
  severity: "warning",
  message: "Use the -y switch to avoid manual input `yum install -y <package>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !ctx.shell(inst).commands.some(forgotYumYesOption), { onbuild: true })
};

// src/lint/rules/dl/DL3032.ts
init_define_ACTION_META();
var yumInstall = (c) => cmdHasArgs("yum", ["install"], c);
var yumClean = (c) => cmdHasArgs("yum", ["clean", "all"], c) || cmdHasArgs("rm", ["-rf", "/var/cache/yum/*"], c);
function cleansAfterInstall(shell) {
  const install = shell.commands.findIndex(yumInstall);
  if (install < 0) return true;
  const clean = shell.commands.findIndex(yumClean);
  return clean >= 0 && install < clean;
}
var DL3032 = {
  code: "DL3032",
  severity: "warning",
  message: "`yum clean all` missing after yum command.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || cleansAfterInstall(ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3033.ts
init_define_ACTION_META();
function installFilter(c) {
  if (!cmdHasArgs("yum", ["install"], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== "install" && a !== "module");
}
var yumPackages = (shell) => shell.commands.filter((c) => !cmdHasArgs("yum", ["module"], c)).flatMap(installFilter);
var yumModules = (shell) => shell.commands.filter((c) => cmdHasArgs("yum", ["module"], c)).flatMap(installFilter);
var DL3033 = {
  code: "DL3033",
  severity: "warning",
  message: "Specify version with `yum install -y <package>-<version>`.",
  check: (ctx) => unpinnedRuns(
    ctx,
    (shell, scope) => yumPackages(shell).every((p) => packageVersionFixed(scope, p)) && yumModules(shell).every((m) => m.includes(":"))
  )
};

// src/lint/rules/dl/DL3034.ts
init_define_ACTION_META();
var forgotZypperYesOption = (c) => cmdHasArgs("zypper", ["install", "in", "remove", "rm", "source-install", "si", "patch"], c) && !hasAnyFlag(["non-interactive", "n", "no-confirm", "y"], c);
var DL3034 = {
  code: "DL3034",
  severity: "warning",
  message: "Non-interactive switch missing from `zypper` command: `zypper install -y`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !ctx.shell(inst).commands.some(forgotZypperYesOption), { onbuild: true })
};

// src/lint/rules/dl/DL3035.ts
init_define_ACTION_META();
var DL3035 = {
  code: "DL3035",
  severity: "warning",
  message: "Do not use `zypper dist-upgrade`.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || !ctx.shell(inst).commands.some((c) => cmdHasArgs("zypper", ["dist-upgrade", "dup"], c)),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3036.ts
init_define_ACTION_META();
var zypperInstall = (c) => cmdHasArgs("zypper", ["install", "in"], c);
var zypperClean = (c) => cmdHasArgs("zypper", ["clean", "cc"], c);
var DL3036 = {
  code: "DL3036",
  severity: "warning",
  message: "`zypper clean` missing after zypper use.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "RUN") return true;
      const shell = ctx.shell(inst);
      return noCommands(zypperInstall, shell) || hasCacheOrTmpfsMountWith("/var/cache/zypp", inst) || comesBefore(zypperInstall, zypperClean, shell);
    },
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3037.ts
init_define_ACTION_META();
function zypperPackages(shell) {
  return shell.commands.filter((c) => cmdHasArgs("zypper", ["install", "in"], c)).flatMap((c) => getArgsNoFlags(c).filter((a) => a !== "install" && a !== "in"));
}
var versionFixed5 = (pkg) => /[=<>]/.test(pkg) || pkg.endsWith(".rpm");
var DL3037 = {
  code: "DL3037",
  severity: "warning",
  message: "Specify version with `zypper install -y <package>=<version>`.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || zypperPackages(ctx.shell(inst)).every(versionFixed5), { onbuild: true })
};

// src/lint/rules/dl/DL3038.ts
init_define_ACTION_META();
var forgotDnfYesOption = (c) => cmdsHaveArgs(["dnf", "microdnf"], ["install", "groupinstall", "localinstall"], c) && !hasAnyFlag(["y", "assumeyes"], c);
var DL3038 = {
  code: "DL3038",
  severity: "warning",
  message: "Use the -y switch to avoid manual input `dnf install -y <package>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotDnfYesOption, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3040.ts
init_define_ACTION_META();
var INSTALL = ["install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"];
var dnfInstall = (name) => (c) => cmdHasArgs(name, INSTALL, c);
var dnfClean = (name) => (c) => cmdHasArgs(name, ["clean", "all"], c) || cmdHasArgs("rm", ["-rf", "/var/cache/libdnf5*"], c);
var cleanedAfter = (shell, name) => noCommands(dnfInstall(name), shell) || comesBefore(dnfInstall(name), dnfClean(name), shell);
var DL3040 = {
  code: "DL3040",
  severity: "warning",
  message: "`dnf clean all` missing after dnf command.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "RUN") return true;
      const shell = ctx.shell(inst);
      return ["dnf", "microdnf"].every((name) => cleanedAfter(shell, name)) || hasCacheOrTmpfsMountWith("/var/cache/libdnf5", inst) || hasCacheOrTmpfsMountWith(".cache/libdnf5", inst);
    },
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3041.ts
init_define_ACTION_META();
var DNF = ["dnf", "microdnf"];
function installFilter2(c) {
  if (!cmdsHaveArgs(DNF, ["install"], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== "install" && a !== "module");
}
var dnfPackages = (shell) => shell.commands.filter((c) => !cmdsHaveArgs(DNF, ["module", "group"], c)).flatMap(installFilter2);
var dnfModules = (shell) => shell.commands.filter((c) => cmdsHaveArgs(DNF, ["module"], c)).flatMap(installFilter2);
var DL3041 = {
  code: "DL3041",
  severity: "warning",
  message: "Specify version with `dnf install -y <package>-<version>`.",
  check: (ctx) => unpinnedRuns(
    ctx,
    (shell, scope) => dnfPackages(shell).every((p) => packageVersionFixed(scope, p)) && dnfModules(shell).every((m) => m.includes(":"))
  )
};

// src/lint/rules/dl/DL3042.ts
init_define_ACTION_META();
var TRUTHY = ["1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES"];
function isPipWrapper(c) {
  const isWrapper = (w) => c.name.includes(w) || c.name.startsWith("python") && isInfixOf(["-m", w], getArgs(c));
  return isWrapper("pipx") || isWrapper("pipenv");
}
var forgotNoCacheDir = (c) => isPipInstall(c) && !getArgs(c).includes("--no-cache-dir") && !isPipWrapper(c);
function pipNoCacheDirIsSet(shell) {
  const at = shell.original.indexOf("PIP_NO_CACHE_DIR=");
  if (at < 0) return false;
  const rest = shell.original.slice(at + "PIP_NO_CACHE_DIR=".length);
  return TRUTHY.some((t) => rest.startsWith(t));
}
function envSetsNoCacheDir(inst) {
  const pair = parsePairs(inst.args).find((p) => p.key === "PIP_NO_CACHE_DIR");
  return pair !== void 0 && TRUTHY.includes(pair.value);
}
function fold(ctx, instructions) {
  const hits = [];
  const noCache = new StageFlag();
  for (const inst of instructions) {
    if (inst.keyword === "FROM") noCache.from(inst);
    else if (inst.keyword === "ENV" && envSetsNoCacheDir(inst)) noCache.set();
    else if (inst.keyword === "RUN") {
      const shell = ctx.shell(inst);
      const ok = noCache.isSet || pipNoCacheDirIsSet(shell) || noCommands(forgotNoCacheDir, shell) || hasCacheOrTmpfsMountWith(".cache/pip", inst);
      if (!ok) hits.push({ line: inst.line });
    }
  }
  return hits;
}
var DL3042 = {
  code: "DL3042",
  severity: "warning",
  message: "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => fold(ctx, stream))
};

// src/lint/rules/dl/DL3043.ts
init_define_ACTION_META();
var DL3043 = {
  code: "DL3043",
  severity: "error",
  message: "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "ONBUILD") return true;
      const wrapped = inst.inner?.keyword ?? /^[A-Za-z]+/.exec(inst.args)?.[0]?.toUpperCase();
      return wrapped !== "ONBUILD" && wrapped !== "FROM" && wrapped !== "MAINTAINER";
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3044.ts
init_define_ACTION_META();
var VAR_CHAR = /^[0-9A-Za-z_]/;
function bareVariableInText(name, text) {
  const pieces = text.split("$" + name);
  return pieces.length > 1 && pieces.slice(1).some((rest) => rest === "" || !VAR_CHAR.test(rest));
}
var referencedIn = (name, value) => value.includes("${" + name + "}") || bareVariableInText(name, value);
var DL3044 = {
  code: "DL3044",
  severity: "error",
  message: "Do not refer to an environment variable within the same `ENV` statement where it is defined.",
  check: (ctx) => {
    const hits = [];
    const defined = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "ARG") defined.add(argName(inst));
      if (inst.keyword !== "ENV") continue;
      const pairs = parsePairs(inst.args);
      const selfRefs = pairs.filter(({ key }, i) => pairs.some((p, j) => j !== i && referencedIn(key, p.value))).map((p) => p.key);
      if (selfRefs.some((k) => !defined.has(k))) hits.push({ line: inst.line });
      for (const p of pairs) defined.add(p.key);
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3045.ts
init_define_ACTION_META();
function copyTarget(inst) {
  if (inst.json) return inst.json[inst.json.length - 1] ?? "";
  if (inst.heredocs.length > 0) {
    const m = /^(?:<<-*(?:"[^"\n]*"|'[^'\n]*'|\S+)[ \t]*)+([^\n]*)/.exec(stripFlags(inst.raw));
    return (m?.[1] ?? "").trim();
  }
  const words2 = inst.args.split(/[ \t\n]+/).filter(Boolean);
  return words2[words2.length - 1] ?? "";
}
function stripFlags(raw) {
  return raw.trimStart().replace(/^(?:--\S+\s+)*/, "");
}
function relativeDest(inst) {
  const dest = dropQuotes(copyTarget(inst));
  return !dest.startsWith("/") && !new RegExp("^\\p{L}:", "u").test(dest) && !dest.startsWith("$");
}
var DL3045 = {
  code: "DL3045",
  severity: "warning",
  message: "`COPY` to a relative destination without `WORKDIR` set.",
  check: (ctx) => {
    const hits = [];
    const workdir = new StageFlag();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") workdir.from(inst);
      else if (inst.keyword === "WORKDIR") workdir.set();
      else if (inst.keyword === "COPY" && !workdir.isSet && relativeDest(inst)) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3046.ts
init_define_ACTION_META();
var forgotFlagL = (c) => c.name === "useradd" && !hasAnyFlag(["l", "no-log-init"], c) && hasAnyFlag(["u", "uid"], c) && getFlagArg("u", c).some((uid) => [...uid].length > 5);
var DL3046 = {
  code: "DL3046",
  severity: "warning",
  message: "`useradd` without flag `-l` and high UID will result in excessively large Image.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotFlagL, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3047.ts
init_define_ACTION_META();
var hasSpecialFlags = (c) => hasAnyFlag(["q", "quiet", "o", "output-file", "a", "append-output", "no-verbose"], c) || cmdHasArgs("wget", ["-nv"], c);
var forgotProgress = (c) => c.name === "wget" && !hasFlag("progress", c) && !hasSpecialFlags(c);
var DL3047 = {
  code: "DL3047",
  severity: "info",
  message: "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotProgress, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3048.ts
init_define_ACTION_META();
function invalidKey(key) {
  return !/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key) || /[^0-9a-z._/-]/.test(key) || key.startsWith("com.docker.") || key.startsWith("io.docker.") || key.startsWith("org.dockerproject.") || key.includes("..") || key.includes("--");
}
var DL3048 = {
  code: "DL3048",
  severity: "style",
  message: "Invalid label key.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "LABEL" || !parsePairs(inst.args).some((p) => invalidKey(p.key)), { onbuild: false })
};

// src/lint/rules/dl/DL3049.ts
init_define_ACTION_META();

// src/lint/rules/dl/labels-flags.ts
init_define_ACTION_META();
function schemaLabels(ctx, type) {
  const schema = ctx.options.labelSchema;
  return Object.keys(schema).filter((k) => type === void 0 || schema[k] === type).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function labelPairs(inst) {
  return parsePairs(inst.args);
}
function checkLabelValues(ctx, type, isBad, message) {
  const hits = [];
  const labels = schemaLabels(ctx, type);
  if (labels.length === 0) return hits;
  const labelInsts = ctx.instructions.filter((i) => i.keyword === "LABEL").map((i) => ({ line: i.line, pairs: labelPairs(i) }));
  for (const label of labels) {
    for (const { line, pairs } of labelInsts) {
      if (pairs.some((p) => p.key === label && isBad(p.value))) hits.push({ line, message: message(label) });
    }
  }
  return hits;
}
function rawFlag(inst, name) {
  let rest = inst.raw.replace(/^[ \t]+/, "");
  for (; ; ) {
    const m = /^--([^ \t\n=]*)(?:=([^ \t\n]*))?/.exec(rest);
    if (!m) return null;
    if (m[1] === name && m[2] !== void 0) return m[2];
    rest = rest.slice(m[0].length).replace(/^[ \t]+/, "");
  }
}
function untilEol(inst) {
  return inst.raw.replace(/^[ \t]+/, "");
}
var HS_SPACE = "[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]";
function isGitHash(v) {
  return /^[0-9a-f]*$/.test(v) && (v.length === 7 || v.length === 40);
}
function nonNegativeInt(digits) {
  return BigInt.asIntN(64, BigInt(digits)) >= 0n;
}
function isSemVer(v) {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)(.*)$/s.exec(v);
  if (!m) return false;
  if (![m[1], m[2], m[3]].every((d) => nonNegativeInt(d))) return false;
  let rest = m[4];
  const identifiers = /^(?:[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*\.?)?/;
  if (rest.startsWith("-")) rest = rest.slice(1).replace(identifiers, "");
  if (rest.startsWith("+")) rest = rest.slice(1).replace(identifiers, "");
  return rest === "";
}
var RFC3339 = new RegExp(
  `^${HS_SPACE}*(-?)${HS_SPACE}*([0-9]+)-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]*)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})${HS_SPACE}*$`
);
function isRfc3339(v) {
  const m = RFC3339.exec(v);
  if (!m) return false;
  const year = BigInt(m[2]) * (m[1] === "-" ? -1n : 1n);
  const [month, day, hour, minute, second] = m.slice(3, 8).map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  return day <= daysInMonth(year, month);
}
function daysInMonth(year, month) {
  if (month === 2) {
    const mod = (n) => (year % n + n) % n;
    const leap = mod(4n) === 0n && (mod(400n) === 0n || mod(100n) !== 0n);
    return leap ? 29 : 28;
  }
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
function isSpdxLicenseId(v) {
  const m = new RegExp(`^([A-Za-z0-9.-]+)${HS_SPACE}*$`).exec(v);
  return m !== null && spdxIds().has(m[1]);
}
var spdxSet = null;
function spdxIds() {
  spdxSet ??= new Set(SPDX_LICENSE_IDS.split(" "));
  return spdxSet;
}
var SPDX_LICENSE_IDS = [
  "0BSD AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0-only AGPL-1.0-or-later",
  "AGPL-3.0-only AGPL-3.0-or-later AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML",
  "APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0 ASWF-Digital-Assets-1.1",
  "Abstyles AdaCore-doc Adobe-2006 Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Afmparse",
  "Aladdin Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0 Artistic-1.0-Perl",
  "Artistic-1.0-cl8 Artistic-2.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-Patent",
  "BSD-2-Clause-Views BSD-3-Clause BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-Sun BSD-3-Clause-acpica",
  "BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk",
  "BSD-Protection BSD-Source-Code BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works",
  "BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter",
  "Bitstream-Vera BlueOak-1.0.0 Boehm-GC Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause",
  "C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5",
  "CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL",
  "CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE",
  "CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0 CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC",
  "CC0-1.0 CDDL-1.0 CDDL-1.1 CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0",
  "CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1 CERN-OHL-1.2",
  "CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach CMU-Mach-nodoc CNRI-Jython",
  "CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera",
  "Caldera-no-preamble ClArtistic Clips Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx",
  "Crossword CrystalStacker Cube D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0",
  "DRL-1.1 DSDP Dotseqn ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 EUDatagrid EUPL-1.0",
  "EUPL-1.1 EUPL-1.2 Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FSFAP",
  "FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRWD FTL Fair Ferguson-Twofish Frameworx-1.0",
  "FreeBSD-DOC FreeImage Furuseth GCR-docs GD GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL GPL-1.0-only GPL-1.0-or-later GPL-2.0-only",
  "GPL-2.0-or-later GPL-3.0-only GPL-3.0-or-later Giftware Glide Glulxe Graphics-Gems HP-1986",
  "HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston HPND-INRIA-IMAG HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer HPND-Markus-Kuhn HPND-Pbmplus HPND-UC HPND-doc HPND-doc-sell HPND-export-US",
  "HPND-export-US-modify HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer HTMLTIDY HaskellReport Hippocratic-2.1 IBM-pibs ICU",
  "IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ImageMagick Imlib2 Info-ZIP",
  "Inner-Net-2.0 Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup Kazlib",
  "Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1-only LGPL-2.1-or-later",
  "LGPL-3.0-only LGPL-3.0-or-later LGPLLR LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1",
  "LPPL-1.2 LPPL-1.3a LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e",
  "Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Libpng Linux-OpenIB",
  "Linux-man-pages-1-para Linux-man-pages-copyleft Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var Lucida-Bitmap-Fonts MIT MIT-0 MIT-CMU MIT-Festival",
  "MIT-Modern-Variant MIT-Wu MIT-advertising MIT-enna MIT-feh MIT-open-group MIT-testregex MITNFA",
  "MMIXware MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL",
  "Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex Martin-Birgmeier McPhee-slideshow",
  "Minpack MirOS Motosoto MulanPSL-1.0 MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0",
  "NCGL-UK-2.0 NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL",
  "NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTP NTP-0 Naumen Net-SNMP NetCDF Newsletr Nokia Noweb",
  "O-UDA-1.0 OCCT-PL OCLC-2.0 ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1",
  "OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0 OGL-UK-1.0 OGL-UK-2.0",
  "OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1",
  "OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8",
  "OLFL-1.3 OML OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0",
  "OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0 PHP-3.01 PSF-2.0",
  "Parity-6.0.0 Parity-7.0.0 Pixar Plexus PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004",
  "Qhull RHeCos-1.1 RPL-1.1 RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby SAX-PD SAX-PD-2.0 SCEA",
  "SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGP4 SHL-0.5 SHL-0.51 SISSL SISSL-1.2 SL SMLNJ SMPPL",
  "SNIA SPL-1.0 SSH-OpenSSH SSH-short SSLeay-standalone SSPL-1.0 SWL Saxpath SchemeReport Sendmail",
  "Sendmail-8.23 SimPL-2.0 Sleepycat Soundex Spencer-86 Spencer-94 Spencer-99 SugarCRM-1.1.3",
  "Sun-PPP SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate TORQUE-1.1 TOSL TPDL",
  "TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TermReadKey UCAR UCL-1.0 UMich-Merit UPL-1.0",
  "URT-RLE Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU UnixCrypt Unlicense VOSTROM",
  "VSL-1.0 Vim W3C W3C-19980720 W3C-20150513 WTFPL Watcom-1.0 Widget-Workshop Wsuipa X11",
  "X11-distribute-modifications-variant XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0",
  "YPL-1.1 ZPL-1.1 ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib",
  "bcrypt-Solar-Designer blessing bzip2-1.0.6 check-cvs checkmk copyleft-next-0.3.0",
  "copyleft-next-0.3.1 curl diffmark dtoa dvipdfm eGenix etalab-2.0 fwlw gSOAP-1.3b gnuplot gtkbook",
  "hdparm iMatix libpng-2.0 libselinux-1.0 libtiff libutil-David-Nugent lsof magaz mailprio",
  "metamail mpi-permissive mpich2 mplus pnmstitch psfrag psutils python-ldap radvd snprintf",
  "softSurfer ssh-keyscan swrule ulem w3m xinetd xkeyboard-config-Zinoviev xlock xpp",
  "zlib-acknowledgement"
].join(" ");
var FAIL = { ok: false, consumed: false };
var sat = (pred) => (s, i) => i < s.length && pred(s[i]) ? { ok: true, i: i + 1 } : FAIL;
var ch = (c) => sat((x) => x === c);
var oneOf2 = (cs) => sat((x) => cs.includes(x));
var empty = (_s, i) => ({ ok: true, i });
var eof = (s, i) => i === s.length ? { ok: true, i } : FAIL;
function seq(...ps) {
  return (s, i) => {
    let cur = i;
    for (const p of ps) {
      const r = p(s, cur);
      if (!r.ok) return { ok: false, consumed: r.consumed || cur > i };
      cur = r.i;
    }
    return { ok: true, i: cur };
  };
}
function alt(...ps) {
  return (s, i) => {
    for (const p of ps) {
      const r = p(s, i);
      if (r.ok || r.consumed) return r;
    }
    return FAIL;
  };
}
var attempt = (p) => (s, i) => {
  const r = p(s, i);
  return r.ok ? r : FAIL;
};
function many(p) {
  return (s, i) => {
    let cur = i;
    for (; ; ) {
      const r = p(s, cur);
      if (!r.ok) return r.consumed ? r : { ok: true, i: cur };
      if (r.i === cur) return { ok: true, i: cur };
      cur = r.i;
    }
  };
}
var many1 = (p) => seq(p, many(p));
var option = (p) => alt(p, empty);
var str = (lit) => (s, i) => {
  for (let k = 0; k < lit.length; k++) {
    if (s[i + k] !== lit[k]) return { ok: false, consumed: k > 0 };
  }
  return { ok: true, i: i + lit.length };
};
var count = (n, p) => seq(...Array.from({ length: n }, () => p));
function countMinMax(m, n, p) {
  if (m > 0) return seq(p, (s, i) => countMinMax(m - 1, n - 1, p)(s, i));
  if (n <= 0) return empty;
  return option(seq(p, (s, i) => countMinMax(0, n - 1, p)(s, i)));
}
var notFollowedBy = (p) => (s, i) => attempt(p)(s, i).ok ? FAIL : { ok: true, i };
var decOctet = (s, i) => {
  const r = countMinMax(1, 3, digit)(s, i);
  if (!r.ok) return r;
  return Number(s.slice(i, r.i)) > 255 ? { ok: false, consumed: true } : r;
};
var isAlpha = (c) => /^[A-Za-z]$/.test(c);
var isDigitC = (c) => /^[0-9]$/.test(c);
var isHex = (c) => /^[0-9A-Fa-f]$/.test(c);
var isUnreserved = (c) => isAlpha(c) || isDigitC(c) || "-_.~".includes(c);
var isSubDelims = (c) => "!$&'()*+,;=".includes(c);
var digit = sat(isDigitC);
var hexDigit = sat(isHex);
var unreservedChar = sat(isUnreserved);
var escaped = seq(ch("%"), hexDigit, hexDigit);
var subDelims = sat(isSubDelims);
var uchar = (extras) => alt(unreservedChar, escaped, subDelims, oneOf2(extras));
var pchar = uchar(":@");
var nameChar = alt(unreservedChar, escaped, subDelims);
var h4 = countMinMax(1, 4, hexDigit);
var h4c = attempt(seq(h4, ch(":"), notFollowedBy(ch(":"))));
var ipv4address = seq(decOctet, ch("."), decOctet, ch("."), decOctet, ch("."), decOctet, notFollowedBy(nameChar));
var ls32 = alt(attempt(seq(h4c, h4)), ipv4address);
var optNH4cH4 = (n) => option(seq(countMinMax(0, n, h4c), h4));
var ipv6address = alt(
  attempt(seq(count(6, h4c), ls32)),
  attempt(seq(str("::"), count(5, h4c), ls32)),
  attempt(seq(optNH4cH4(0), str("::"), count(4, h4c), ls32)),
  attempt(seq(optNH4cH4(1), str("::"), count(3, h4c), ls32)),
  attempt(seq(optNH4cH4(2), str("::"), count(2, h4c), ls32)),
  attempt(seq(optNH4cH4(3), str("::"), h4c, ls32)),
  attempt(seq(optNH4cH4(4), str("::"), ls32)),
  attempt(seq(optNH4cH4(5), str("::"), h4)),
  attempt(seq(optNH4cH4(6), str("::")))
);
var zoneid = many1(alt(unreservedChar, escaped));
var ipv6addrz = seq(ipv6address, option(attempt(seq(str("%25"), zoneid))));
var ipvFuture = seq(ch("v"), hexDigit, ch("."), many1(sat((c) => isUnreserved(c) || isSubDelims(c) || c === ";")));
var ipLiteral = seq(ch("["), alt(ipv6addrz, ipvFuture), ch("]"));
var regName = countMinMax(0, 255, nameChar);
var host = alt(ipLiteral, attempt(ipv4address), regName);
var userinfo = seq(many(uchar(";:&=+$,")), ch("@"));
var port = seq(ch(":"), many(digit));
var uauthority = seq(option(attempt(userinfo)), host, option(port));
var segment = many(pchar);
var segmentNz = many1(pchar);
var slashSegment = seq(ch("/"), segment);
var pathAbEmpty = many(slashSegment);
var pathRootLess = seq(segmentNz, many(slashSegment));
var pathAbs = seq(ch("/"), option(pathRootLess));
var hierPart = alt(seq(attempt(str("//")), uauthority, pathAbEmpty), pathAbs, pathRootLess, empty);
var uscheme = seq(sat(isAlpha), many(sat((c) => isAlpha(c) || isDigitC(c) || "+-.".includes(c))), ch(":"));
var queryOrFragment = many(uchar(":@/?"));
var uri = seq(attempt(uscheme), hierPart, option(seq(ch("?"), queryOrFragment)), option(seq(ch("#"), queryOrFragment)), eof);
function isUrl2(v) {
  return uri(v, 0).ok;
}
var inRanges = (ranges) => (c) => {
  const n = c.charCodeAt(0);
  return ranges.some(([lo, hi]) => n >= lo && n <= hi);
};
var isObsNoWsCtl = inRanges([
  [1, 8],
  [11, 12],
  [14, 31],
  [127, 127]
]);
var isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
var isAtomText = (c) => isAlnum(c) || "!#$%&'*+/=?^_`{|}~-".includes(c);
var isDomainText = (c) => inRanges([[33, 90], [94, 126]])(c) || isObsNoWsCtl(c);
var isQuotedText = (c) => inRanges([[33, 33], [35, 91], [93, 126]])(c) || isObsNoWsCtl(c);
var isCommentText = (c) => inRanges([[33, 39], [42, 91], [93, 126]])(c) || isObsNoWsCtl(c);
var isWsp = (c) => c === " " || c === "	";
var aSat = (pred) => (s, i) => i < s.length && pred(s[i]) ? { i: i + 1, v: s[i] } : null;
var aChar = (c) => aSat((x) => x === c);
var aWhile1 = (pred) => (s, i) => {
  let j = i;
  while (j < s.length && pred(s[j])) j++;
  return j > i ? { i: j, v: s.slice(i, j) } : null;
};
var aAlt = (...ps) => (s, i) => {
  for (const p of ps) {
    const r = p(s, i);
    if (r) return r;
  }
  return null;
};
var aMany = (p) => (s, i) => {
  const vs = [];
  let cur = i;
  for (; ; ) {
    const r = p(s, cur);
    if (!r || r.i === cur) return { i: cur, vs };
    vs.push(r.v);
    cur = r.i;
  }
};
var aOptional = (p) => (s, i) => p(s, i) ?? { i, v: "" };
var aThen = (a, b) => (s, i) => {
  const r = a(s, i);
  return r ? b(s, r.i) : null;
};
var crlf = aThen(aChar("\r"), aChar("\n"));
var wsp1 = aWhile1(isWsp);
var fws = aAlt(aThen(wsp1, aOptional(aThen(crlf, wsp1))), (s, i) => {
  const r = aMany(aThen(crlf, wsp1))(s, i);
  return r.vs.length > 0 ? { i: r.i, v: "" } : null;
});
var quotedPair = (s, i) => {
  if (s[i] !== "\\" || i + 1 >= s.length) return null;
  return { i: i + 2, v: "\\" + s[i + 1] };
};
var comment = (s, i) => {
  if (s[i] !== "(") return null;
  const content = aAlt(aWhile1(isCommentText), quotedPair, comment);
  const r = aMany(aAlt(content, fws))(s, i + 1);
  return s[r.i] === ")" ? { i: r.i + 1, v: "" } : null;
};
var cfws = (s, i) => ({ i: aMany(aAlt(comment, fws))(s, i).i, v: "" });
var inCfws = (p) => (s, i) => {
  const r = p(s, cfws(s, i).i);
  return r ? { i: cfws(s, r.i).i, v: r.v } : null;
};
var dotted = (p) => (s, i) => {
  const first = p(s, i);
  if (!first) return null;
  const r = aMany(aThen(aChar("."), p))(s, first.i);
  return { i: r.i, v: [first.v, ...r.vs].join(".") };
};
var quotedContent = aAlt(aWhile1(isQuotedText), quotedPair);
var quotedString = (s, i) => {
  if (s[i] !== '"') return null;
  const r = aMany(aThen(aOptional(fws), quotedContent))(s, i + 1);
  const end = aOptional(fws)(s, r.i).i;
  return s[end] === '"' ? { i: end + 1, v: '"' + r.vs.join("") + '"' } : null;
};
var atom = aWhile1(isAtomText);
var localPart = dotted(inCfws(aAlt(atom, quotedString)));
var domainLabel = inCfws((s, i) => {
  if (!(i < s.length && isAlnum(s[i]))) return null;
  let j = i + 1;
  while (j < s.length && (isAlnum(s[j]) || s[j] === "-")) j++;
  const content = s.slice(i, j);
  return content.length <= 63 && !content.endsWith("-") ? { i: j, v: content } : null;
});
var domainName = (s, i) => {
  const r = dotted(domainLabel)(s, i);
  if (!r) return null;
  const end = aOptional(aChar("."))(s, r.i).i;
  return r.v.length <= 253 ? { i: end, v: r.v } : null;
};
var domainLiteral = (s, i) => {
  const open = cfws(s, i).i;
  if (s[open] !== "[") return null;
  const r = aMany(aThen(aOptional(fws), aWhile1(isDomainText)))(s, open + 1);
  const end = aOptional(fws)(s, r.i).i;
  if (s[end] !== "]") return null;
  return { i: cfws(s, end + 1).i, v: "[" + r.vs.join("") + "]" };
};
var domain = aAlt(domainName, domainLiteral);
function isEmail(v) {
  if (/[^\x00-\x7f]/.test(v)) return false;
  const l = localPart(v, 0);
  if (!l || l.v.length > 64 || v[l.i] !== "@") return false;
  const d = domain(v, l.i + 1);
  if (!d || l.v.length + d.v.length + 1 > 254) return false;
  return d.i === v.length;
}

// src/lint/rules/dl/DL3049.ts
var DL3049 = {
  code: "DL3049",
  severity: "info",
  message: "Label `<label>` is missing.",
  check(ctx) {
    const hits = [];
    for (const label of schemaLabels(ctx)) {
      let current = null;
      const good = /* @__PURE__ */ new Set();
      const bad = /* @__PURE__ */ new Set();
      const silence = (name) => {
        for (const s of bad) if (s.alias !== null && s.alias === name) bad.delete(s);
      };
      for (const inst of ctx.instructions) {
        if (inst.keyword === "FROM") {
          const from = parseFrom(inst);
          const stage = { line: inst.line, image: from.name, alias: from.alias };
          const inherits = current !== null && [...good].some((g) => g.alias !== null && g.alias === stage.image);
          (inherits ? good : bad).add(stage);
          current = stage;
        } else if (current === null) {
          continue;
        } else if (inst.keyword === "COPY") {
          const source = rawFlag(inst, "from");
          if (source !== null) silence(source);
        } else if (inst.keyword === "LABEL" && labelPairs(inst).some((p) => p.key === label)) {
          silence(current.alias ?? current.image);
          good.add(current);
          bad.delete(current);
        }
      }
      for (const s of [...bad].sort((a, b) => a.line - b.line)) hits.push({ line: s.line, message: `Label \`${label}\` is missing.` });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3050.ts
init_define_ACTION_META();
var DL3050 = {
  code: "DL3050",
  severity: "info",
  message: "Superfluous label(s) present.",
  check(ctx) {
    if (!ctx.options.strictLabels) return [];
    const schema = ctx.options.labelSchema;
    return eachInstruction(ctx, (inst) => inst.keyword !== "LABEL" || labelPairs(inst).every((p) => Object.hasOwn(schema, p.key)), { onbuild: false });
  }
};

// src/lint/rules/dl/DL3051.ts
init_define_ACTION_META();
var DL3051 = {
  code: "DL3051",
  severity: "warning",
  message: "label `<label>` is empty.",
  check: (ctx) => checkLabelValues(ctx, void 0, (v) => v === "", (label) => `label \`${label}\` is empty.`)
};

// src/lint/rules/dl/DL3052.ts
init_define_ACTION_META();
var DL3052 = {
  code: "DL3052",
  severity: "warning",
  message: "Label `<label>` is not a valid URL.",
  check: (ctx) => checkLabelValues(ctx, "url", (v) => !isUrl2(v), (label) => `Label \`${label}\` is not a valid URL.`)
};

// src/lint/rules/dl/DL3053.ts
init_define_ACTION_META();
var DL3053 = {
  code: "DL3053",
  severity: "warning",
  message: "Label `<label>` is not a valid time format - must conform to RFC3339.",
  check: (ctx) => checkLabelValues(ctx, "rfc3339", (v) => !isRfc3339(v), (label) => `Label \`${label}\` is not a valid time format - must conform to RFC3339.`)
};

// src/lint/rules/dl/DL3054.ts
init_define_ACTION_META();
var DL3054 = {
  code: "DL3054",
  severity: "warning",
  message: "Label `<label>` is not a valid SPDX identifier.",
  check: (ctx) => checkLabelValues(ctx, "spdx", (v) => !isSpdxLicenseId(v), (label) => `Label \`${label}\` is not a valid SPDX identifier.`)
};

// src/lint/rules/dl/DL3055.ts
init_define_ACTION_META();
var DL3055 = {
  code: "DL3055",
  severity: "warning",
  message: "Label `<label>` is not a valid git hash.",
  check: (ctx) => checkLabelValues(ctx, "hash", (v) => !isGitHash(v), (label) => `Label \`${label}\` is not a valid git hash.`)
};

// src/lint/rules/dl/DL3056.ts
init_define_ACTION_META();
var DL3056 = {
  code: "DL3056",
  severity: "warning",
  message: "Label `<label>` does not conform to semantic versioning.",
  check: (ctx) => checkLabelValues(ctx, "semver", (v) => !isSemVer(v), (label) => `Label \`${label}\` does not conform to semantic versioning.`)
};

// src/lint/rules/dl/DL3057.ts
init_define_ACTION_META();
var DL3057 = {
  code: "DL3057",
  severity: "ignore",
  message: "`HEALTHCHECK` instruction missing.",
  check(ctx) {
    let current = null;
    const good = /* @__PURE__ */ new Set();
    const bad = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        const from = parseFrom(inst);
        const stage = { line: inst.line, src: from.name, name: from.alias ?? from.name };
        const inherits = current !== null && [...good].some((g) => g.name === stage.src);
        (inherits ? good : bad).add(stage);
        current = stage;
      } else if (inst.keyword === "HEALTHCHECK" && current !== null) {
        let parents = [current];
        while (parents.length > 0) {
          const next = [...bad].filter((b) => parents.some((p) => b.name === p.src));
          for (const b of next) {
            bad.delete(b);
            good.add(b);
          }
          parents = next;
        }
        good.add(current);
        bad.delete(current);
      }
    }
    return [...bad].sort((a, b) => a.line - b.line).map((s) => ({ line: s.line }));
  }
};

// src/lint/rules/dl/DL3058.ts
init_define_ACTION_META();
var DL3058 = {
  code: "DL3058",
  severity: "warning",
  message: "Label `<label>` is not a valid email format - must conform to RFC5322.",
  check: (ctx) => checkLabelValues(ctx, "email", (v) => !isEmail(v), (label) => `Label \`${label}\` is not a valid email format - must conform to RFC5322.`)
};

// src/lint/rules/dl/DL3059.ts
init_define_ACTION_META();
var DL3059 = {
  code: "DL3059",
  severity: "info",
  message: "Multiple consecutive `RUN` instructions. Consider consolidation.",
  check: (ctx) => {
    const hits = [];
    let prev = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword !== "RUN") {
        prev = null;
        continue;
      }
      const flags = runFlagsKey(inst);
      const count2 = 2 * ctx.shell(inst).commands.filter((c) => c.name !== "[" && c.name !== "[[").length;
      if (prev === null || prev.flags !== flags || count2 > 2 || prev.count > 2) prev = { flags, count: count2 };
      else hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3060.ts
init_define_ACTION_META();
var yarnInstall = (c) => cmdHasArgs("yarn", ["install"], c);
var yarnCacheClean = (c) => cmdHasArgs("yarn", ["cache", "clean"], c);
function forgetsCacheClean(ctx, inst) {
  const shell = ctx.shell(inst);
  if (!anyCommands(yarnInstall, shell)) return false;
  const notCleaned = noCommands(yarnCacheClean, shell) && !hasCacheOrTmpfsMountWith(".cache/yarn", inst);
  return notCleaned || comesBefore(yarnCacheClean, yarnInstall, shell);
}
var DL3060 = {
  code: "DL3060",
  severity: "info",
  message: "`yarn cache clean` missing after `yarn install` was run.",
  // Only stages something builds on are reported, as in hadolint; ONBUILD instructions are folded apart.
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => failsInBuiltStages(stream, (run2) => forgetsCacheClean(ctx, run2)))
};

// src/lint/rules/dl/DL3061.ts
init_define_ACTION_META();
var DL3061 = {
  code: "DL3061",
  severity: "error",
  message: "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.",
  check: (ctx) => {
    const hits = [];
    let seenFrom = false;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") seenFrom = true;
      else if (inst.keyword !== "ARG" && !seenFrom) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3062.ts
init_define_ACTION_META();
var runGoPackage = (shell) => shell.commands.filter((c) => cmdsHaveArgs(["go"], ["run"], c)).flatMap((c) => getArgsNoFlags(c).filter((a, i) => a !== "run" && i <= 1));
var getGoPackage = (shell) => shell.commands.filter((c) => cmdsHaveArgs(["go"], ["install", "get"], c)).flatMap((c) => getArgsNoFlags(c).filter((a) => a !== "install" && a !== "get" && a !== "tool"));
function goPackages(shell) {
  const run2 = runGoPackage(shell);
  return run2.length > 0 ? run2 : getGoPackage(shell);
}
var isLocalPath = (p) => p === "." || p.startsWith("/") || p.startsWith(".");
var versionPinned = (p) => isLocalPath(p) || p.includes("@") && !p.endsWith("@latest") && !p.endsWith("@none");
var DL3062 = {
  code: "DL3062",
  severity: "warning",
  message: "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || goPackages(ctx.shell(inst)).every(versionPinned), { onbuild: true })
};

// src/lint/rules/dl/DL3063.ts
init_define_ACTION_META();
var RESERVED = ["scratch", "context"];
var DL3063 = {
  code: "DL3063",
  severity: "warning",
  message: "stage name should not be a reserved word",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const alias = parseFrom(inst).alias;
      return alias === null || !RESERVED.includes(alias);
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3064.ts
init_define_ACTION_META();
var KNOWN_SENSITIVE_NAMES = /* @__PURE__ */ new Set([
  "ACCESS_TOKEN",
  "APPLICATION_KEY",
  "APP_SECRET",
  "AUTH_TOKEN",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "BITTREX_API_KEY",
  "BITTREX_API_SECRET",
  "CF_PASSWORD",
  "CF_USERNAME",
  "CIRCLE_TOKEN",
  "CI_DEPLOY_PASSWORD",
  "CI_DEPLOY_USER",
  "DOCKERHUB_PASSWORD",
  "DOCKER_EMAIL",
  "DOCKER_PASSWORD",
  "DOCKER_USERNAME",
  "FACEBOOK_ACCESS_TOKEN",
  "FACEBOOK_APP_ID",
  "FACEBOOK_APP_SECRET",
  "FIREBASE_API_TOKEN",
  "FIREBASE_TOKEN",
  "FOSSA_API_KEY",
  "GH_ENTERPRISE_TOKEN",
  "GH_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "GITHUB_TOKEN",
  "HEROKU_API_KEY",
  "HEROKU_API_USER",
  "NPM_AUTH_TOKEN",
  "NPM_TOKEN",
  "OKTA_AUTHN_GROUPID",
  "OKTA_CLIENT_ORGURL",
  "OKTA_CLIENT_TOKEN",
  "OKTA_OAUTH2_CLIENTID",
  "OKTA_OAUTH2_CLIENTSECRET",
  "OPENAI_API_KEY",
  "OS_PASSWORD",
  "OS_USERNAME",
  "POSTGRES_PASSWORD",
  "SLACK_TOKEN",
  "STRIPE_API_KEY",
  "STRIPE_DEVICE_NAME",
  "TRAVIS_OS_NAME",
  "TRAVIS_SECURE_ENV_VARS",
  "TRAVIS_SUDO",
  "VAULT_CLIENT_KEY",
  "VAULT_TOKEN"
]);
var SUSPICIOUS_SUBSTRINGS = ["api_key", "client_key", "password", "private", "secret", "token", "username"];
var isSensitive = (name) => KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => name.toLowerCase().includes(s));
function check(inst) {
  if (inst.keyword === "ARG") return !isSensitive(argName(inst));
  if (inst.keyword === "ENV") return !parsePairs(inst.args).some((p) => isSensitive(p.key));
  return true;
}
var DL3064 = {
  code: "DL3064",
  severity: "warning",
  message: "Potentially sensitive data should not be used in the `ARG` or `ENV` commands",
  check: (ctx) => eachInstruction(ctx, check, { onbuild: true })
};

// src/lint/rules/dl/DL3065.ts
init_define_ACTION_META();
var DL3065 = {
  code: "DL3065",
  severity: "warning",
  message: "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const platform = /^[ \t]*--platform=/.test(inst.raw) ? rawFlag(inst, "platform") : null;
      return platform !== "$TARGETPLATFORM" && platform !== "${TARGETPLATFORM}";
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3066.ts
init_define_ACTION_META();
var DL3066 = {
  code: "DL3066",
  severity: "info",
  message: "Non-numeric user-id may not be resolvable by host system",
  check(ctx) {
    const args = /* @__PURE__ */ new Set();
    const hits = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === "ARG") args.add(argName(inst));
      if (inst.keyword !== "USER") continue;
      const user = untilEol(inst);
      const uid = user.split(":")[0];
      if (/^[0-9]*$/.test(uid)) continue;
      if ([...args].some((a) => user.includes("${" + a + "}") || user.includes("$" + a))) continue;
      hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3067.ts
init_define_ACTION_META();
var DL3067 = {
  code: "DL3067",
  severity: "warning",
  message: "Do not copy an entire filesystem from another stage",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "COPY" || rawFlag(inst, "from") === null || inst.heredocs.length > 0) return true;
      const paths = inst.json ?? inst.args.split(/[ \t]+/).filter(Boolean);
      if (paths.length < 2) return true;
      const target = paths[paths.length - 1];
      return !(paths.slice(0, -1).some((p) => dropQuotes(p) === "/") && dropQuotes(target) === "/");
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL4000.ts
init_define_ACTION_META();
var DL4000 = {
  code: "DL4000",
  severity: "error",
  message: "MAINTAINER is deprecated",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "MAINTAINER", { onbuild: false })
};

// src/lint/rules/dl/DL4001.ts
init_define_ACTION_META();
function fold2(ctx, runs) {
  const hits = [];
  let seen = /* @__PURE__ */ new Set();
  for (const item of runs) {
    if (item === "FROM") {
      seen = /* @__PURE__ */ new Set();
      continue;
    }
    const used = findCommandNames(ctx.shell(item.run)).filter((n) => n === "curl" || n === "wget");
    for (const n of used) seen.add(n);
    if (used.length > 0 && seen.size >= 2) hits.push({ line: item.line });
  }
  return hits;
}
var DL4001 = {
  code: "DL4001",
  severity: "warning",
  message: "Either use Wget or Curl but not both",
  check(ctx) {
    const main2 = [];
    const onbuild = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") main2.push("FROM");
      else if (inst.keyword === "RUN") main2.push({ line: inst.line, run: inst });
      else if (inst.inner?.keyword === "RUN") onbuild.push({ line: inst.line, run: inst.inner });
    }
    return [...fold2(ctx, main2), ...fold2(ctx, onbuild)].sort((a, b) => a.line - b.line);
  }
};

// src/lint/rules/dl/DL4003.ts
init_define_ACTION_META();
var DL4003 = {
  code: "DL4003",
  severity: "warning",
  message: "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect",
  check: (ctx) => repeatsPerStage(ctx, "CMD")
};

// src/lint/rules/dl/DL4004.ts
init_define_ACTION_META();
var DL4004 = {
  code: "DL4004",
  severity: "error",
  message: "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect",
  check: (ctx) => repeatsPerStage(ctx, "ENTRYPOINT")
};

// src/lint/rules/dl/DL4005.ts
init_define_ACTION_META();
var DL4005 = {
  code: "DL4005",
  severity: "warning",
  message: "Use SHELL to change the default shell",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands((c) => cmdHasArgs("ln", ["/bin/sh"], c), ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL4006.ts
init_define_ACTION_META();
var NON_POSIX_SHELLS = ["pwsh", "powershell", "cmd"];
var PIPEFAIL_SHELLS = ["/bin/bash", "/bin/zsh", "/bin/ash", "bash", "zsh", "ash"];
var hasPipefailOption = (shell) => shell.commands.some((c) => PIPEFAIL_SHELLS.includes(c.name) && hasFlag("o", c) && c.arguments.some((a) => a.arg === "pipefail"));
var DL4006 = {
  code: "DL4006",
  severity: "warning",
  message: "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check",
  check(ctx) {
    const hits = [];
    let safe = false;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") safe = false;
      else if (inst.keyword === "SHELL") {
        const shell = ctx.shell(inst);
        safe = NON_POSIX_SHELLS.some((s) => shell.original.startsWith(s)) || hasPipefailOption(shell);
      } else if (inst.keyword === "RUN" && !safe && ctx.shell(inst).hasPipes) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/index.ts
var dlRules = [
  DL1001,
  DL3000,
  DL3001,
  DL3002,
  DL3003,
  DL3004,
  DL3006,
  DL3007,
  DL3008,
  DL3009,
  DL3010,
  DL3011,
  DL3012,
  DL3013,
  DL3014,
  DL3015,
  DL3016,
  DL3018,
  DL3019,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3027,
  DL3028,
  DL3029,
  DL3030,
  DL3032,
  DL3033,
  DL3034,
  DL3035,
  DL3036,
  DL3037,
  DL3038,
  DL3040,
  DL3041,
  DL3042,
  DL3043,
  DL3044,
  DL3045,
  DL3046,
  DL3047,
  DL3048,
  DL3049,
  DL3050,
  DL3051,
  DL3052,
  DL3053,
  DL3054,
  DL3055,
  DL3056,
  DL3057,
  DL3058,
  DL3059,
  DL3060,
  DL3061,
  DL3062,
  DL3063,
  DL3064,
  DL3065,
  DL3066,
  DL3067,
  DL4000,
  DL4001,
  DL4003,
  DL4004,
  DL4005,
  DL4006
];

// src/lint/rules/ml/index.ts
init_define_ACTION_META();

// src/lint/rules/ml/MCD1001.ts
init_define_ACTION_META();

// src/lint/rules/ml/util.ts
init_define_ACTION_META();
function stagesOf(ctx) {
  const stages = [];
  const byAlias = /* @__PURE__ */ new Map();
  for (const inst of ctx.instructions) {
    if (inst.keyword === "FROM") {
      const base = parseFrom(inst);
      const plain = base.tag === null && base.digest === null && base.registry === null;
      const parent = plain ? byAlias.get(base.name.toLowerCase()) ?? -1 : -1;
      stages.push({ from: inst, base, body: [], parent });
      if (base.alias !== null) byAlias.set(base.alias.toLowerCase(), stages.length - 1);
    } else stages[stages.length - 1]?.body.push(inst);
  }
  return stages;
}
function stageChain(stages, index) {
  const chain = [];
  for (let i = index; i >= 0; i = stages[i].parent) chain.unshift(stages[i]);
  return chain;
}
var chainBody = (chain) => chain.flatMap((s) => s.body);
var NON_ROOT_IMAGES = [
  /^mambaorg\/micromamba$/,
  /^rayproject\/ray(-ml)?$/,
  /^pytorch\/torchserve$/,
  /^seldonio\/mlserver$/,
  /^jupyter\//,
  /^windows\/nanoserver$/
];
function knownNonRootBase(base) {
  const name = base.name.toLowerCase();
  if ((base.tag ?? "").toLowerCase().includes("nonroot")) return true;
  if (name.startsWith("chainguard/") || name.includes("/chainguard/")) return true;
  return NON_ROOT_IMAGES.some((re) => re.test(name) || re.test(name.split("/").slice(-2).join("/")));
}
var MODEL_EXTENSIONS = [
  ".onnx",
  ".pt",
  ".pth",
  ".bin",
  ".safetensors",
  ".pkl",
  ".joblib",
  ".h5",
  ".keras",
  ".gguf",
  ".tflite",
  ".pb",
  ".ckpt",
  ".pmml",
  ".mar"
];
var MODEL_DIRS = ["model", "models", "weights", "checkpoints", "model_store", "model-store", "model_repository", "model-repository"];
var REGISTRY_PREFIXES = ["models:/", "runs:/", "mlflow-artifacts:/", "hf://"];
function pathPart(s) {
  let p = s;
  if (p.includes("://")) {
    const cut = p.search(/[?#]/);
    if (cut >= 0) p = p.slice(0, cut);
  }
  return p;
}
var isUrl3 = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
function isModelFile(s) {
  const p = pathPart(s).toLowerCase();
  const base = p.slice(p.lastIndexOf("/") + 1);
  return MODEL_EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length);
}
var isRegistryUri = (s) => REGISTRY_PREFIXES.some((p) => s.toLowerCase().startsWith(p));
var ARCHIVES = [".tar.gz", ".tgz", ".tar", ".zip", ".tar.xz", ".tar.zst", ".tar.bz2"];
function isModelArchive(s) {
  const p = pathPart(s).toLowerCase();
  const ext = ARCHIVES.find((a) => p.endsWith(a));
  if (!ext) return false;
  const stem = p.slice(0, -ext.length);
  return MODEL_DIRS.includes(baseName(stem)) || isModelFile(stem) || inModelDir(p.slice(0, p.lastIndexOf("/") + 1));
}
function inModelDir(s) {
  const p = pathPart(s).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return p.split("/").some((seg) => MODEL_DIRS.includes(seg.toLowerCase()));
}
function baseName(s) {
  const p = s.replace(/\/+$/, "");
  return p.slice(p.lastIndexOf("/") + 1);
}
function copyPaths2(inst) {
  const words2 = inst.json ?? splitWords(inst.args);
  if (words2.length < 2) return { sources: [], dest: null };
  return { sources: words2.slice(0, -1), dest: words2[words2.length - 1] };
}
var prog = (w) => w.slice(w.lastIndexOf("/") + 1);
var isPython = (name) => /^python[0-9.]*$/.test(prog(name));
var SHELLS = ["sh", "bash", "dash", "ash", "zsh"];
function commandLines(ctx, inst) {
  const lines = inst.json ? [inst.json] : ctx.shell(inst).commands.map(wordsOf);
  const out = [];
  for (const words2 of lines) {
    out.push(words2);
    if (SHELLS.includes(prog(words2[0] ?? ""))) {
      const script = words2[words2.indexOf("-c") + 1];
      if (words2.includes("-c") && script !== void 0) out.push(...parseCommands(script).commands.map(wordsOf));
    }
  }
  return out;
}
function wordsOf(c) {
  const args = getArgs(c);
  return args[0] !== void 0 && prog(args[0]) === prog(c.name) ? args : [c.name, ...args];
}
var SERVERS = [
  "uvicorn",
  "gunicorn",
  "hypercorn",
  "granian",
  "daphne",
  "waitress-serve",
  "torchserve",
  "tritonserver",
  "tensorflow_model_server",
  "text-generation-launcher",
  "text-embeddings-router",
  "seldon-core-microservice",
  "llama-server"
];
var SERVER_SUBCOMMANDS = {
  bentoml: [["serve"], ["serve-http"], ["serve-grpc"]],
  mlflow: [["models", "serve"]],
  mlserver: [["start"]],
  vllm: [["serve"]],
  serve: [["run"]],
  ollama: [["serve"]],
  flask: [["run"]],
  fastapi: [["run"]]
};
var SERVER_MODULES = ["uvicorn", "gunicorn", "hypercorn", "granian", "daphne", "waitress", "vllm", "sglang", "text_generation_server", "llama_cpp", "kserve"];
var startsWithWords = (words2, at, seq2) => seq2.every((w, j) => words2[at + j] === w);
var WRAPPERS = ["tini", "tini-static", "dumb-init", "catatonit", "exec", "nice", "nohup", "env", "opentelemetry-instrument", "ddtrace-run"];
var USER_WRAPPERS = ["gosu", "su-exec"];
var RUNNERS = ["uv", "poetry", "pipenv", "pdm", "hatch", "pixi", "conda", "mamba", "micromamba"];
var RUNNER_VALUE_OPTIONS = ["-n", "--name", "-p", "--prefix", "-e", "--env", "--environment", "--with", "--python", "--project", "--directory"];
function skipOptions(words2, i, valued) {
  let j = i;
  while (j < words2.length) {
    const w = words2[j];
    if (w === "--") return j + 1;
    if (!w.startsWith("-") && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) return j;
    j += valued.includes(w) ? 2 : 1;
  }
  return j;
}
function programIndex(words2) {
  let i = 0;
  for (let guard = 0; guard < 8 && i < words2.length; guard++) {
    const p = prog(words2[i]);
    if (WRAPPERS.includes(p)) i = skipOptions(words2, i + 1, []);
    else if (USER_WRAPPERS.includes(p)) i = skipOptions(words2, i + 1, []) + 1;
    else if (RUNNERS.includes(p) && words2[i + 1] === "run") i = skipOptions(words2, i + 2, RUNNER_VALUE_OPTIONS);
    else if (p === "newrelic-admin" && words2[i + 1] === "run-program") i += 2;
    else break;
  }
  return i;
}
function startsServer(words2) {
  const i = programIndex(words2);
  const p = prog(words2[i] ?? "");
  if (SERVERS.includes(p)) return true;
  if (SERVER_SUBCOMMANDS[p]?.some((seq2) => startsWithWords(words2, i + 1, seq2))) return true;
  if (isPython(p)) {
    let m = i + 1;
    while (m < words2.length && words2[m] !== "-m" && words2[m].startsWith("-") && words2[m] !== "-c") m++;
    if (words2[m] !== "-m") return false;
    const root = (words2[m + 1] ?? "").split(".")[0];
    if (SERVER_MODULES.includes(root)) return true;
    return SERVER_SUBCOMMANDS[root]?.some((seq2) => startsWithWords(words2, m + 2, seq2)) ?? false;
  }
  return false;
}
function isServing(ctx, chain) {
  const body = chainBody(chain);
  if (body.some((i) => i.keyword === "EXPOSE")) return true;
  const last = (kw) => body.filter((i) => i.keyword === kw).at(-1);
  const entry = last("ENTRYPOINT");
  const cmd = last("CMD");
  if (entry?.json && cmd?.json && startsServer([...entry.json, ...cmd.json])) return true;
  return [entry, cmd].some((inst) => inst !== void 0 && commandLines(ctx, inst).some(startsServer));
}
function hasSecretMount(inst) {
  return inst.flags.some((f) => f.name === "mount" && f.value !== null && f.value.split(",").some((o) => o.trim().toLowerCase() === "type=secret"));
}
function runsPythonCode(cmd) {
  if (!isPython(cmd.name)) return false;
  const args = getArgs(cmd);
  const m = args.indexOf("-m");
  return !(m >= 0 && ["pip", "venv", "ensurepip", "compileall"].includes(args[m + 1] ?? ""));
}
function pythonCode(cmd) {
  if (!isPython(cmd.name)) return null;
  const args = getArgs(cmd);
  const c = args.indexOf("-c");
  return c >= 0 ? args[c + 1] ?? null : null;
}
function installsPackages(cmd) {
  if (isPipInstall(cmd)) return true;
  const args = getArgsNoFlags(cmd);
  const [a0, a1] = args;
  switch (prog(cmd.name)) {
    case "uv":
      return a0 === "pip" && (a1 === "install" || a1 === "sync") || a0 === "sync";
    case "conda":
    case "mamba":
    case "micromamba":
      return a0 === "install" || a0 === "create" || a0 === "update" || a0 === "env" && (a1 === "create" || a1 === "update");
    case "poetry":
    case "pipenv":
    case "pdm":
      return a0 === "install" || a0 === "sync";
    case "apt-get":
    case "apt":
    case "dnf":
    case "yum":
    case "microdnf":
      return args.includes("install");
    case "apk":
      return args.includes("add");
    default:
      return false;
  }
}
function servingFinalChain(ctx) {
  const stages = stagesOf(ctx);
  if (stages.length === 0) return null;
  const chain = stageChain(stages, stages.length - 1);
  return isServing(ctx, chain) ? { chain, final: chain[chain.length - 1] } : null;
}

// src/lint/rules/ml/MCD1001.ts
var program = (cmd) => cmd.name.slice(cmd.name.lastIndexOf("/") + 1);
var namesModel = (words2) => words2.some((w) => isModelFile(w) || isRegistryUri(w));
var PY_HUB_FETCHES = ["snapshot_download", "hf_hub_download", "download_artifacts"];
var PY_DOWNLOADS = ["urlretrieve", "urlopen", "requests.get", "httpx.get", "download_file", "download_fileobj", "download_to_filename"];
function pythonFetches(code) {
  if (PY_HUB_FETCHES.some((f) => code.includes(f))) return true;
  const pretrained = /from_pretrained\(\s*(['"]?)([^'",)]*)/.exec(code);
  if (pretrained && !code.includes("local_files_only=True") && !(pretrained[1] && /^[./]/.test(pretrained[2]))) return true;
  return PY_DOWNLOADS.some((f) => code.includes(f)) && namesModel(code.split(/[\s'"(),;[\]{}]+/));
}
function setVars(inst, vars) {
  if (inst.keyword === "ENV") for (const { key, value } of parsePairs(inst.args)) vars.set(key, value);
  if (inst.keyword === "ARG") {
    for (const w of splitWords(inst.args)) {
      const eq = w.indexOf("=");
      if (eq > 0) vars.set(w.slice(0, eq), w.slice(eq + 1));
    }
  }
}
function withVars(cmd, vars) {
  if (vars.size === 0) return cmd;
  const sub = (a) => a.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name) => vars.get(name) ?? m);
  return { ...cmd, arguments: cmd.arguments.map((a) => ({ ...a, arg: sub(a.arg) })) };
}
function objectStoreCopy(cmd) {
  const args = getArgsNoFlags(cmd);
  const p = program(cmd);
  const sub = (i, names) => names.includes(args[i] ?? "");
  if (p === "aws" && args[0] === "s3" && sub(1, ["cp", "sync"])) return args.slice(2);
  if (p === "s5cmd" && sub(0, ["cp", "sync"])) return args.slice(1);
  if (p === "gsutil") {
    const at = args.findIndex((a) => a === "cp" || a === "rsync");
    return at >= 0 ? args.slice(at + 1) : null;
  }
  if (p === "gcloud" && args[0] === "storage" && sub(1, ["cp", "rsync"])) return args.slice(2);
  if (p === "az" && args[0] === "storage" && args[1] === "blob" && sub(2, ["download", "download-batch"])) return getArgs(cmd);
  if (p === "azcopy" && sub(0, ["copy", "cp", "sync"])) return args.slice(1);
  if (p === "rclone" && sub(0, ["copy", "copyto", "sync"])) return args.slice(1);
  if (p === "mc" && sub(0, ["cp", "mirror"])) return args.slice(1);
  return null;
}
function fetchesModel(cmd) {
  const p = program(cmd);
  const args = getArgs(cmd);
  if (p === "curl" || p === "wget") {
    if (hasAnyFlag(["T", "upload-file", "F", "form", "d", "data", "data-binary", "post-file"], cmd)) return false;
    return namesModel(args) || args.some((a) => isUrl3(a) && isModelArchive(a));
  }
  if ((p === "huggingface-cli" || p === "hf") && args[0] === "download") {
    const type = args[args.indexOf("--repo-type") + 1];
    const typeInline = args.find((a) => a.startsWith("--repo-type="))?.slice("--repo-type=".length);
    return !["dataset", "space"].includes((args.includes("--repo-type") ? type : typeInline) ?? "model");
  }
  if (p === "mlflow" && args[0] === "artifacts" && args[1] === "download") return true;
  if (p === "mlflow" && args[0] === "models" && args[1] === "serve") return false;
  const store = objectStoreCopy(cmd);
  if (store) {
    const remote = p === "az" || store.slice(0, -1).some((a) => isUrl3(a) || /^[\w-]+:/.test(a));
    return remote && store.some((a) => isModelFile(a) || inModelDir(a));
  }
  const code = pythonCode(cmd);
  if (code !== null) return pythonFetches(code);
  return !["echo", "printf", "cat", "tee"].includes(p) && args.some(isRegistryUri);
}
var SUM_TOOLS = ["sha224sum", "sha256sum", "sha384sum", "sha512sum", "b2sum", "shasum", "sha3sum"];
var COMPARERS = ["test", "[", "grep", "cmp", "diff"];
function verifies(commands) {
  const check2 = commands.some((c) => {
    const p = program(c);
    if (SUM_TOOLS.includes(p)) return hasFlag("c", c) || hasFlag("check", c);
    const args = getArgs(c);
    if (p === "cosign" && args[0] === "verify-blob") return true;
    if (p === "gpg" && (hasFlag("verify", c) || args.includes("--verify"))) return true;
    if (p === "gpgv") return true;
    if (p === "minisign" && hasFlag("V", c)) return true;
    const code = pythonCode(c);
    return code !== null && code.includes("hashlib");
  });
  if (check2) return true;
  const sums = commands.some((c) => SUM_TOOLS.includes(program(c)) || program(c) === "openssl" && getArgs(c)[0] === "dgst");
  return sums && commands.some((c) => COMPARERS.includes(program(c)));
}
function uncheckedAdd(inst, vars) {
  if (inst.keyword !== "ADD" || inst.flags.some((f) => f.name === "checksum" && f.value)) return false;
  const sub = (a) => a.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name) => vars.get(name) ?? m);
  const paths = copyPaths2(inst);
  const sources = paths.sources.map(sub);
  const dest = paths.dest === null ? null : sub(paths.dest);
  const urls = sources.filter(isUrl3);
  return urls.length > 0 && (urls.some((u) => isModelFile(u) || isModelArchive(u)) || dest !== null && isModelFile(dest));
}
var MCD1001 = {
  code: "MCD1001",
  severity: "warning",
  message: "Verify model files fetched at build time: use `ADD --checksum=sha256:<digest>` or check them with `sha256sum -c` after the download.",
  docs: {
    rationale: "A model downloaded during the build (curl, wget, aws s3 cp, gsutil, huggingface-cli/hf download, mlflow artifacts download, from_pretrained) is whatever the source returns at that moment: a moved alias, a re-uploaded file or a tampered bucket changes what the image serves without any change to the Dockerfile. Pickle-based formats (.pt, .pkl, .joblib) also run code when loaded. hadolint has no rule on downloaded content.",
    bad: "FROM python:3.12-slim\nRUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx\n",
    good: 'FROM python:3.12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nARG MODEL_SHA256=4f1c2a6b9d0e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a\nRUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx \\\n && echo "${MODEL_SHA256}  /models/model.onnx" | sha256sum -c -\n'
  },
  check: (ctx) => {
    const hits = [];
    for (const stage of stagesOf(ctx)) {
      const vars = /* @__PURE__ */ new Map();
      let lastCheck = -1;
      stage.body.forEach((inst, i) => {
        if (inst.keyword === "RUN" && verifies(ctx.shell(inst).commands)) lastCheck = i;
      });
      stage.body.forEach((inst, i) => {
        setVars(inst, vars);
        if (uncheckedAdd(inst, vars)) hits.push({ line: inst.line });
        if (inst.keyword === "RUN") {
          const commands = ctx.shell(inst).commands.map((c) => withVars(c, vars));
          if (commands.some(fetchesModel) && lastCheck < i) hits.push({ line: inst.line });
        }
        if (inst.keyword === "ONBUILD" && inst.inner) {
          const inner = inst.inner;
          if (uncheckedAdd(inner, /* @__PURE__ */ new Map())) hits.push({ line: inst.line });
          else if (inner.keyword === "RUN") {
            const commands = ctx.shell(inner).commands;
            if (commands.some(fetchesModel) && !verifies(commands)) hits.push({ line: inst.line });
          }
        }
      });
    }
    return hits;
  }
};

// src/lint/rules/ml/MCD1002.ts
init_define_ACTION_META();
var MCD1002 = {
  code: "MCD1002",
  severity: "warning",
  message: "Set a non-root USER in the final stage of the serving image (e.g. `USER 10001`); it runs as root otherwise.",
  docs: {
    rationale: "A model server parses requests from the network and often loads pickle-based weights, which run code on load; as root, any exploit owns the container and whatever volume or token it mounts. hadolint DL3002 fires only when the last USER is explicitly root; an image that never sets USER also runs as root, and this rule catches that case for images that serve (EXPOSE, or a CMD/ENTRYPOINT starting uvicorn, gunicorn, torchserve, tritonserver, vllm, mlflow models serve, ...). Base images known to default to a non-root user (distroless `nonroot` tags, Chainguard) pass.",
    bad: 'FROM python:3.12-slim\nCOPY . /srv\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
    good: 'FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\nCOPY . /srv\nUSER 10001\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n'
  },
  check: (ctx) => {
    const serving = servingFinalChain(ctx);
    if (!serving || knownNonRootBase(serving.chain[0].base)) return [];
    return chainBody(serving.chain).some((i) => i.keyword === "USER") ? [] : [{ line: serving.final.from.line }];
  }
};

// src/lint/rules/ml/MCD1003.ts
init_define_ACTION_META();
var MCD1003 = {
  code: "MCD1003",
  severity: "info",
  message: "Add a HEALTHCHECK to the serving image (or `HEALTHCHECK NONE` when the orchestrator probes it).",
  docs: {
    rationale: "Model servers take a while to load weights and can fail to load them while the process keeps running; a HEALTHCHECK that hits the readiness endpoint lets Docker, Compose and Swarm tell a serving container from a broken one. hadolint DL3057 is off by default and fires on every stage, builders included; this rule looks only at the final stage, and only when it serves (EXPOSE, or a CMD/ENTRYPOINT starting a known model server). Kubernetes ignores HEALTHCHECK and uses its own probes: write `HEALTHCHECK NONE` to record that choice.",
    bad: 'FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
    good: `FROM python:3.12-slim
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"]
CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]
`
  },
  check: (ctx) => {
    const serving = servingFinalChain(ctx);
    if (!serving) return [];
    return chainBody(serving.chain).some((i) => i.keyword === "HEALTHCHECK") ? [] : [{ line: serving.final.from.line }];
  }
};

// src/lint/rules/ml/MCD1004.ts
init_define_ACTION_META();
function copiesModel(inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD") return false;
  if (inst.heredocs.length > 0) return false;
  return copyPaths2(inst).sources.some((s) => isModelFile(s) || MODEL_DIRS.includes(baseName(s).toLowerCase()));
}
var MCD1004 = {
  code: "MCD1004",
  severity: "warning",
  message: "Copy model files after installing dependencies, so a new model version reuses the cached install layers.",
  docs: {
    rationale: "Docker reuses a cached layer only while every layer before it is unchanged. A new model version is the most frequent change to a serving image; copied before `pip install` (or conda, uv, poetry, apt-get, apk), it invalidates the install layer, so every model release re-downloads and re-installs the framework (often gigabytes for torch or tensorflow), and the rebuilt layers can pick up different dependency versions. hadolint has no rule on layer order.",
    bad: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY models/ /srv/models/\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --require-hashes -r requirements.txt\n",
    good: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --require-hashes -r requirements.txt\nCOPY models/ /srv/models/\n"
  },
  check: (ctx) => {
    const hits = [];
    for (const stage of stagesOf(ctx)) {
      let lastInstall = -1;
      stage.body.forEach((inst, i) => {
        if (inst.keyword === "RUN" && ctx.shell(inst).commands.some(installsPackages)) lastInstall = i;
      });
      stage.body.forEach((inst, i) => {
        if (i < lastInstall && copiesModel(inst)) hits.push({ line: inst.line });
      });
    }
    return hits;
  }
};

// src/lint/rules/ml/MCD1005.ts
init_define_ACTION_META();
var SECRET_PARTS = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "APIKEY", "CREDENTIALS"];
var SECRET_PAIRS = [
  ["API", "KEY"],
  ["ACCESS", "KEY"],
  ["SECRET", "KEY"],
  ["PRIVATE", "KEY"],
  ["ACCOUNT", "KEY"],
  ["STORAGE", "KEY"],
  ["CONNECTION", "STRING"]
];
var SECRET_NAMES = ["KAGGLE_KEY"];
var NOT_SECRET_LAST = ["ID", "USER", "USERNAME", "NAME", "FILE", "PATH", "DIR", "URL", "URI", "HOST", "ENDPOINT", "TYPE", "REGION"];
function isSecretName(name) {
  const upper = name.toUpperCase();
  if (SECRET_NAMES.includes(upper)) return true;
  const parts = upper.split(/[_-]/);
  if (NOT_SECRET_LAST.includes(parts[parts.length - 1])) return false;
  if (parts.some((p) => SECRET_PARTS.includes(p))) return true;
  return SECRET_PAIRS.some(([a, b]) => parts.some((p, i) => p === a && parts[i + 1] === b));
}
var CONSUMERS = [
  { names: /^(HF_TOKEN|HUGGING_?FACE_HUB_TOKEN)$/, tools: ["huggingface-cli", "hf", "text-generation-server", "optimum-cli"] },
  { names: /^AWS_(SECRET_ACCESS_KEY|SESSION_TOKEN)$/, tools: ["aws", "s5cmd", "dvc", "mlflow"] },
  { names: /^MLFLOW_TRACKING_(TOKEN|PASSWORD)$/, tools: ["mlflow"] },
  { names: /^WANDB_API_KEY$/, tools: ["wandb"] },
  { names: /^AZURE_(STORAGE_KEY|STORAGE_ACCOUNT_KEY|STORAGE_CONNECTION_STRING|STORAGE_SAS_TOKEN|CLIENT_SECRET)$/, tools: ["az", "dvc", "mlflow"] },
  { names: /^KAGGLE_KEY$/, tools: ["kaggle"] },
  { names: /^NGC_(CLI_)?API_KEY$/, tools: ["ngc"] },
  { names: /^DATABRICKS_TOKEN$/, tools: ["databricks", "mlflow"] }
];
var program2 = (cmd) => cmd.name.slice(cmd.name.lastIndexOf("/") + 1);
function uses(cmd, name) {
  const words2 = [cmd.name, ...getArgs(cmd)];
  const ref = new RegExp(`\\$\\{#?${name.replace(/[^A-Za-z0-9_]/g, "\\$&")}(?![A-Za-z0-9_])`);
  if (words2.some((w) => ref.test(w))) return true;
  const consumer = CONSUMERS.find((c) => c.names.test(name.toUpperCase()));
  if (!consumer) return false;
  return consumer.tools.includes(program2(cmd)) || runsPythonCode(cmd);
}
function argNames(inst) {
  return inst.args.split(/\s+/).filter(Boolean).map((w) => w.split("=")[0]);
}
var MCD1005 = {
  code: "MCD1005",
  severity: "error",
  message: "Pass secrets to RUN with `--mount=type=secret`, not a build ARG or ENV: their values are stored with the image.",
  docs: {
    rationale: "Build args and ENV values are kept with the image: ENV in its config, build args in `docker history` and in provenance attestations. A Hugging Face, S3, MLflow or W&B token passed that way to fetch the model is then readable by anyone who can pull the serving image. hadolint DL3064 looks only at the names of ARG and ENV; this rule ties a token-like ARG or ENV to a RUN that uses it (`$HF_TOKEN` on the command line, or a tool that reads it from the environment, such as `huggingface-cli`, `aws`, `mlflow`, `wandb` or Python code) and is silent when that RUN mounts a secret.",
    bad: "FROM python:3.12-slim\nARG HF_TOKEN\nRUN huggingface-cli download org/model --local-dir /models\n",
    good: "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download org/model --local-dir /models\n"
  },
  check: (ctx) => {
    const hits = [];
    const stages = stagesOf(ctx);
    const envOf = /* @__PURE__ */ new Map();
    stages.forEach((stage, index) => {
      const visible = new Map(envOf.get(stage.parent) ?? []);
      for (const inst of stage.body) {
        if (inst.keyword === "ARG") {
          for (const name of argNames(inst)) if (isSecretName(name) && !visible.has(name)) visible.set(name, { kind: "ARG", line: inst.line });
        } else if (inst.keyword === "ENV") {
          for (const { key, value } of parsePairs(inst.args)) {
            if (!isSecretName(key)) continue;
            if (value === "") visible.delete(key);
            else visible.set(key, { kind: "ENV", line: inst.line });
          }
        } else if (inst.keyword === "RUN" && visible.size > 0 && !hasSecretMount(inst)) {
          const commands = ctx.shell(inst).commands;
          const used = [...visible].find(([name]) => commands.some((c) => uses(c, name)));
          if (used) {
            const [name, src] = used;
            hits.push({
              line: inst.line,
              message: `\`${name}\` comes from ${src.kind} on line ${src.line} and is stored with the image: pass it with \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name}\` instead.`
            });
          }
        }
      }
      envOf.set(index, new Map([...visible].filter(([, s]) => s.kind === "ENV")));
    });
    return hits;
  }
};

// src/lint/rules/ml/MCD1006.ts
init_define_ACTION_META();
var ML_FRAMEWORKS = [
  "torch",
  "torchvision",
  "torchaudio",
  "tensorflow",
  "tensorflow-cpu",
  "tensorflow-gpu",
  "keras",
  "jax",
  "jaxlib",
  "onnxruntime",
  "onnxruntime-gpu",
  "transformers",
  "sentence-transformers",
  "vllm",
  "xgboost",
  "lightgbm",
  "catboost",
  "scikit-learn"
];
var projectName = (req) => req.split(/[[<>=!~;@\s]/)[0].toLowerCase().replace(/[-_.]+/g, "-");
var DL3013_VALUE_FLAGS = [
  "abi",
  "b",
  "build",
  "e",
  "editable",
  "extra-index-url",
  "f",
  "find-links",
  "i",
  "index-url",
  "implementation",
  "no-binary",
  "only-binary",
  "platform",
  "prefix",
  "progress-bar",
  "proxy",
  "python",
  "python-version",
  "root",
  "root-user-action",
  "src",
  "t",
  "target",
  "trusted-host",
  "upgrade-strategy"
];
var VALUE_FLAGS2 = [...DL3013_VALUE_FLAGS, "r", "requirement", "c", "constraint", "constraints", "index-strategy", "p"];
var afterInstall = (args) => args.slice(args.indexOf("install") + 1).filter((a) => a !== "install");
var isInstall = (cmd) => isPipInstall(cmd) || cmd.name === "uv" && getArgs(cmd)[0] === "pip" && getArgs(cmd)[1] === "install";
function dl3013Fires(cmd) {
  if (!isPipInstall(cmd) || hasAnyFlag(["constraint", "c"], cmd)) return false;
  const args = getArgs(cmd);
  if (args.includes("--requirement") || args.includes("-r") || args.includes(".")) return false;
  const vcs = (p) => /^(git|hg|svn|bzr)(\+|$)/.test(p);
  const fixed = (p) => ["==", ">=", "<=", ">", "<", "!=", "~="].some((s) => p.includes(s)) || vcs(p) && p.includes("@") || p.endsWith(".whl") || p.endsWith(".tar.gz") || !vcs(p) && p.includes("/");
  const pkgs = afterInstall(getArgsNoFlags(dropFlagArg(DL3013_VALUE_FLAGS, cmd)));
  return !pkgs.every(fixed);
}
function unlockedFrameworks(cmd) {
  if (!isInstall(cmd)) return [];
  if (hasAnyFlag(["require-hashes", "c", "constraint", "constraints", "no-deps"], cmd)) return [];
  const pkgs = afterInstall(getArgsNoFlags(dropFlagArg(VALUE_FLAGS2, cmd)));
  const frameworks = pkgs.filter((p) => ML_FRAMEWORKS.includes(projectName(p)));
  if (frameworks.length === 0 || dl3013Fires(cmd)) return [];
  return frameworks;
}
var LOCKING_ENV = ["PIP_REQUIRE_HASHES", "PIP_CONSTRAINT", "UV_CONSTRAINT", "UV_REQUIRE_HASHES"];
function setsLockingEnv(inst, argToo) {
  if (inst.keyword === "ENV") return parsePairs(inst.args).some((p) => LOCKING_ENV.includes(p.key) && p.value !== "");
  if (inst.keyword === "ARG" && argToo) return inst.args.split(/\s+/).some((w) => LOCKING_ENV.includes(w.split("=")[0]));
  return false;
}
function hitFor(ctx, inst, line) {
  const found = ctx.shell(inst).commands.flatMap(unlockedFrameworks);
  if (found.length === 0) return null;
  return {
    line,
    message: `\`${found.join(" ")}\` is installed without hashes or a lock: use \`--require-hashes\` with a hashed requirements file, or a constraints/lock file (\`-c constraints.txt\`, \`uv sync --frozen\`), so rebuilds get the same dependency tree.`
  };
}
var MCD1006 = {
  code: "MCD1006",
  severity: "warning",
  message: "Install ML frameworks with `--require-hashes` or a constraints/lock file (`-c constraints.txt`, `uv sync --frozen`), so rebuilds of the serving image get the same dependency tree.",
  docs: {
    rationale: "Pinning `torch==2.3.1` pins one package: its dependency tree (numpy, the CUDA wheels, tokenizers, protobuf, ...) still resolves anew on each build, so two builds of the same commit can serve the model with different numerics or fail to load it. A hashed requirements file (`--require-hashes`) or a constraints/lock file fixes the whole tree. hadolint DL3013 asks only for a version on each package named on the command line; this rule fires where DL3013 is satisfied (the frameworks are pinned, or installed together with `-r` files) but nothing locks the rest, and stays quiet where DL3013 already reports the command.",
    bad: "FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.3.1 transformers==4.44.2\n",
    good: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY constraints.txt .\nRUN pip install --no-cache-dir -c constraints.txt torch==2.3.1 transformers==4.44.2\n"
  },
  check: (ctx) => {
    const hits = [];
    const stages = stagesOf(ctx);
    const envLocked = [];
    stages.forEach((stage) => {
      let locked = stage.parent >= 0 && envLocked[stage.parent] === true;
      envLocked.push(locked || stage.body.some((i) => setsLockingEnv(i, false)));
      for (const inst of stage.body) {
        if (setsLockingEnv(inst, true)) locked = true;
        const target = inst.keyword === "ONBUILD" ? inst.inner : inst;
        if (locked || target?.keyword !== "RUN") continue;
        const hit = hitFor(ctx, target, inst.line);
        if (hit) hits.push(hit);
      }
    });
    return hits;
  }
};

// src/lint/rules/ml/index.ts
var mlRules = [MCD1001, MCD1002, MCD1003, MCD1004, MCD1005, MCD1006];

// src/lint/rules/index.ts
var allRules = [...dlRules, ...mlRules].sort((a, b) => a.code.localeCompare(b.code));
function ruleMetadata() {
  const meta = /* @__PURE__ */ new Map();
  for (const r of allRules) meta.set(r.code, { code: r.code, severity: r.severity, message: r.message, helpUri: helpUri(r.code), rationale: r.docs?.rationale });
  meta.set(UNKNOWN_PRAGMA_CODE.code, { ...UNKNOWN_PRAGMA_CODE, helpUri: helpUri(UNKNOWN_PRAGMA_CODE.code) });
  meta.set("DL1000", { code: "DL1000", severity: "error", message: "The Dockerfile cannot be parsed.", helpUri: helpUri("DL1000") });
  return meta;
}
function isKnownCode(code) {
  return /^SC\d{4}$/.test(code) || code === "DL1000" || code === UNKNOWN_PRAGMA_CODE.code || allRules.some((r) => r.code === code);
}

// src/lint/run.ts
init_define_ACTION_META();
import { readFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/lint/shellcheck/run.ts
init_define_ACTION_META();
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
var EXCLUDED = ["2187", "1090", "1091"];
var ShellcheckError = class extends Error {
  name = "ShellcheckError";
};
var timeoutMs = (scripts) => 1e4 + 200 * scripts;
async function shellcheck(binary, scripts) {
  const result = /* @__PURE__ */ new Map();
  const all = [...scripts.entries()].flatMap(([key, list2]) => list2.map((s) => ({ key, s })));
  if (all.length === 0) return result;
  const unique = [...new Set(all.map(({ s }) => s.script))];
  const dir = await mkdtemp(join(tmpdir(), "model-cd-shellcheck-"));
  try {
    const files = unique.map((_, i) => join(dir, `${i}.sh`));
    await Promise.all(unique.map((script, i) => writeFile(files[i], script)));
    const slices = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 50)));
    const size = Math.ceil(files.length / slices);
    const outputs = await Promise.all(
      Array.from({ length: slices }, (_, i) => {
        const slice = files.slice(i * size, (i + 1) * size);
        return run(binary, ["--format=json1", `--exclude=${EXCLUDED.join(",")}`, "--severity=style", ...slice], timeoutMs(slice.length));
      })
    );
    const byScript = /* @__PURE__ */ new Map();
    for (const out of outputs) {
      for (const c of parseJson1(binary, out)) {
        const script = unique[files.indexOf(c.file)];
        if (script === void 0) continue;
        const hits = byScript.get(script) ?? /* @__PURE__ */ new Map();
        hits.set(`${c.code}:${c.message}`, { line: 0, code: `SC${c.code}`, severity: level(c.level), message: c.message });
        byScript.set(script, hits);
      }
    }
    for (const { key, s } of all) {
      const hits = byScript.get(s.script);
      if (!hits) continue;
      const list2 = result.get(key) ?? [];
      for (const h of hits.values()) list2.push({ ...h, line: s.line });
      result.set(key, list2);
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function level(l) {
  return l === "warning" || l === "info" || l === "style" ? l : "error";
}
function parseJson1(binary, out) {
  let doc = null;
  try {
    doc = JSON.parse(out);
  } catch {
  }
  if (!Array.isArray(doc?.comments)) {
    throw new ShellcheckError(`${binary} printed something that is not ShellCheck's json1 output (${JSON.stringify(out.trim().slice(0, 80))})`);
  }
  return doc.comments;
}
function run(binary, args, timeout) {
  return new Promise((resolve5, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => stderr = (stderr + d.toString()).slice(-2e3));
    const timer = setTimeout(() => {
      try {
        process.kill(process.platform === "win32" ? child.pid : -child.pid, "SIGKILL");
      } catch {
      }
      child.stdout.destroy();
      child.stderr.destroy();
      reject(new ShellcheckError(`${binary} did not finish within ${Math.round(timeout / 1e3)} s and was stopped`));
    }, timeout);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new ShellcheckError(`${binary} could not be started (${e.message})`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 || code === 1 && stdout) resolve5(stdout);
      else reject(new ShellcheckError(`${binary} ${signal ? `was ended by ${signal}` : `exited with ${code}`}${stderr.trim() ? `: ${stderr.trim().split("\n")[0]}` : " and printed no result"}`));
    });
  });
}

// src/lint/shellcheck/scripts.ts
init_define_ACTION_META();
var PROXY_VARS = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"];
var defaultOpts = () => ({ shell: "/bin/sh -c", vars: new Set(PROXY_VARS) });
var NON_POSIX = ["pwsh", "powershell", "cmd"];
var SUPPORTED_SHEBANGS = ["#!/bin/sh", "#!/bin/bash", "#!/bin/ksh", "#!/usr/bin/env sh", "#!/usr/bin/env bash", "#!/usr/bin/env ksh"];
function runScripts(file) {
  const out = [];
  const stageOpts = [];
  const aliases = /* @__PURE__ */ new Map();
  let base = defaultOpts();
  let opts = defaultOpts();
  const comments = new Map(file.comments.map((c) => [c.line, c.text]));
  let lastLine = 0;
  const visit = (inst, line) => {
    switch (inst.keyword) {
      case "FROM": {
        const img = parseFrom(inst);
        const from = aliases.get(img.name);
        opts = from === void 0 ? copy(base) : copy(stageOpts[from] ?? base);
        stageOpts.push(opts);
        if (img.alias) aliases.set(img.alias, stageOpts.length - 1);
        break;
      }
      case "ARG":
        opts.vars.add(inst.args.split("=")[0].trim());
        break;
      case "ENV":
        for (const p of parsePairs(inst.args)) opts.vars.add(p.key);
        break;
      case "SHELL":
        opts.shell = inst.json ? inst.json.join(" ") : inst.args;
        break;
      case "RUN": {
        if (inst.json) break;
        const script = buildScript(opts, inst.args);
        if (script !== null) out.push({ line, script });
        break;
      }
      default:
        break;
    }
  };
  for (const inst of file.instructions) {
    for (let l = lastLine + 1; l < inst.line; l++) {
      const sh = comments.has(l) ? parseShellPragma(comments.get(l)) : null;
      if (sh) {
        opts.shell = sh;
        if (stageOpts.length === 0) base = copy(opts);
      }
    }
    lastLine = inst.endLine;
    visit(inst, inst.line);
    if (inst.inner) visit(inst.inner, inst.line);
  }
  return out;
}
function copy(o) {
  return { shell: o.shell, vars: new Set(o.vars) };
}
function buildScript(opts, text) {
  if (NON_POSIX.some((s) => opts.shell.includes(s))) return null;
  if (text.startsWith("#!") && !SUPPORTED_SHEBANGS.some((s) => text.startsWith(s))) return null;
  const shell = opts.shell.split(/\s+/).filter(Boolean)[0] ?? "";
  const exports = [...opts.vars].sort().map((v) => `export ${v}=1
`).join("");
  return `#!${shell}
${exports}${text}`;
}

// src/lint/run.ts
var MAX_BYTES = 64 * 1024 * 1024;
async function lintFiles(req) {
  const rules = req.rules ?? allRules;
  const parsed = req.files.map((file) => {
    const read = readText(file, req);
    return { file, read, doc: "text" in read ? parseDockerfile(read.text) : null };
  });
  let external = /* @__PURE__ */ new Map();
  if (req.shellcheck) {
    const scripts = /* @__PURE__ */ new Map();
    for (const p of parsed) if (p.doc && !p.doc.error) scripts.set(p.file, runScripts(p.doc));
    try {
      external = await shellcheck(req.shellcheck, scripts);
    } catch (e) {
      if (!(e instanceof ShellcheckError)) throw e;
      req.warn?.(`ShellCheck failed, so the SC checks on RUN scripts were skipped: ${e.message}. Fix or reinstall shellcheck, point \`shellcheck\` at a working binary, or set \`shellcheck: off\`.`);
    }
  }
  return parsed.map(({ file, read, doc }) => {
    if (!doc) return { file, findings: [read] };
    return { file, findings: lintParsed(doc, req.config, rules, external.get(file) ?? []) };
  });
}
function readText(file, req) {
  try {
    if (file === "-") return { text: req.stdin ? req.stdin() : "" };
    const buf = readFileSync(resolve2(req.cwd, file));
    if (buf.length > MAX_BYTES) return unreadable(`file is ${buf.length} bytes; Dockerfiles over ${MAX_BYTES} bytes are not linted`);
    if (buf.includes(0)) return unreadable("file is binary (it contains NUL bytes), not a Dockerfile");
    return { text: buf.toString("utf8") };
  } catch (e) {
    const code = e.code;
    return unreadable(code === "EACCES" ? "file is not readable (permission denied)" : `file cannot be read (${code ?? String(e)})`);
  }
}
function unreadable(message) {
  return { line: 1, column: 1, code: "DL1000", severity: "error", message };
}

// src/lint/settings.ts
init_define_ACTION_META();
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { join as join2, resolve as resolve3 } from "node:path";

// src/lint/config.ts
init_define_ACTION_META();
var SEVERITIES = ["error", "warning", "info", "style", "ignore"];
var LABEL_TYPES = ["email", "hash", "text", "rfc3339", "semver", "spdx", "url"];
function defaultLintConfig() {
  return {
    ignored: [],
    override: { error: [], warning: [], info: [], style: [] },
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false,
    disableIgnorePragma: false,
    failureThreshold: "info",
    noFail: false
  };
}
function mergeConfig(...parts) {
  const out = defaultLintConfig();
  for (const p of parts) {
    if (p.ignored) out.ignored = [...out.ignored, ...p.ignored];
    if (p.override) {
      for (const k of ["error", "warning", "info", "style"]) out.override[k] = [...out.override[k], ...p.override[k] ?? []];
    }
    if (p.trustedRegistries) out.trustedRegistries = [...out.trustedRegistries, ...p.trustedRegistries];
    if (p.labelSchema) out.labelSchema = { ...out.labelSchema, ...p.labelSchema };
    if (p.strictLabels !== void 0) out.strictLabels = p.strictLabels;
    if (p.disableIgnorePragma !== void 0) out.disableIgnorePragma = p.disableIgnorePragma;
    if (p.failureThreshold !== void 0) out.failureThreshold = p.failureThreshold;
    if (p.noFail !== void 0) out.noFail = p.noFail;
  }
  return out;
}
function parseSeverity(value, subject) {
  const v = value.trim().toLowerCase();
  if (SEVERITIES.includes(v) || v === "none") return v;
  throw new ConfigurationError(subject, value, `is not a severity. Use one of: error, warning, info, style, ignore, none.`);
}
async function parseConfigFile(text, path, warn = () => {
}) {
  const { parse: parseYaml } = await import("./dist-LJIP4GSE.js");
  let doc;
  try {
    doc = parseYaml(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new ConfigurationError(`config file ${path}`, text.slice(0, 60), `is not valid YAML (${msg}). Fix the syntax; see https://github.com/hadolint/hadolint#configure for the format.`);
  }
  if (doc === null || doc === void 0) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) {
    throw new ConfigurationError(`config file ${path}`, String(text.slice(0, 60)), "must be a YAML mapping with keys such as `ignored`, `override`, `trustedRegistries`, `failure-threshold`.");
  }
  const m = doc;
  const where = (key) => `key \`${key}\` in ${path}`;
  const out = {};
  for (const key of Object.keys(m)) {
    if (!KNOWN_KEYS.has(key)) warn(`${path}: unknown key \`${key}\` is ignored (known keys: ${[...KNOWN_KEYS].join(", ")})`);
  }
  if (m.ignored !== void 0) out.ignored = stringList(m.ignored, where("ignored"));
  if (m.trustedRegistries !== void 0) out.trustedRegistries = stringList(m.trustedRegistries, where("trustedRegistries"));
  if (m.override !== void 0) {
    if (typeof m.override !== "object" || m.override === null || Array.isArray(m.override)) {
      throw new ConfigurationError(where("override"), JSON.stringify(m.override), "must map error/warning/info/style to lists of rule codes.");
    }
    const o = m.override;
    out.override = { error: [], warning: [], info: [], style: [] };
    for (const [k, v] of Object.entries(o)) {
      if (k !== "error" && k !== "warning" && k !== "info" && k !== "style") {
        throw new ConfigurationError(where("override"), k, "is not a severity to override to. Use error, warning, info or style.");
      }
      out.override[k] = stringList(v, where(`override.${k}`));
    }
  }
  if (m["label-schema"] !== void 0) out.labelSchema = labelSchema(m["label-schema"], where("label-schema"));
  if (m["strict-labels"] !== void 0) out.strictLabels = bool2(m["strict-labels"], where("strict-labels"));
  if (m["disable-ignore-pragma"] !== void 0) out.disableIgnorePragma = bool2(m["disable-ignore-pragma"], where("disable-ignore-pragma"));
  if (m["no-fail"] !== void 0) out.noFail = bool2(m["no-fail"], where("no-fail"));
  if (m["failure-threshold"] !== void 0) out.failureThreshold = parseSeverity(String(m["failure-threshold"]), where("failure-threshold"));
  return out;
}
var KNOWN_KEYS = /* @__PURE__ */ new Set([
  "ignored",
  "override",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "disable-ignore-pragma",
  "failure-threshold",
  "no-fail",
  "no-color",
  "verbose",
  "format",
  "formats"
]);
function stringList(v, subject) {
  if (v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string" || typeof x === "number")) {
    throw new ConfigurationError(subject, JSON.stringify(v), "must be a list of strings, e.g. `- DL3008`.");
  }
  return v.map(String);
}
function bool2(v, subject) {
  if (typeof v === "boolean") return v;
  throw new ConfigurationError(subject, JSON.stringify(v), "must be true or false.");
}
function labelSchema(v, subject) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new ConfigurationError(subject, JSON.stringify(v), "must map label names to types, e.g. `maintainer: email`.");
  }
  const out = {};
  for (const [name, type] of Object.entries(v)) {
    const t = type === null || type === "" ? "text" : String(type);
    if (!LABEL_TYPES.includes(t)) {
      throw new ConfigurationError(`${subject} (label ${name})`, t, `is not a label type. Use one of: ${LABEL_TYPES.join(", ")}.`);
    }
    out[name] = t;
  }
  return out;
}
var TRUTHY2 = /* @__PURE__ */ new Set(["1", "y", "on", "true", "yes"]);
function configFromEnv(env) {
  const out = {};
  const list2 = (name) => (env[name] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const flag = (name) => env[name] === void 0 ? void 0 : TRUTHY2.has(env[name].toLowerCase());
  if (env.HADOLINT_NOFAIL !== void 0) out.noFail = flag("HADOLINT_NOFAIL");
  if (env.HADOLINT_STRICT_LABELS !== void 0) out.strictLabels = flag("HADOLINT_STRICT_LABELS");
  if (env.HADOLINT_DISABLE_IGNORE_PRAGMA !== void 0) out.disableIgnorePragma = flag("HADOLINT_DISABLE_IGNORE_PRAGMA");
  if (env.HADOLINT_IGNORE) out.ignored = list2("HADOLINT_IGNORE");
  if (env.HADOLINT_TRUSTED_REGISTRIES) out.trustedRegistries = list2("HADOLINT_TRUSTED_REGISTRIES");
  const override = {
    error: list2("HADOLINT_OVERRIDE_ERROR"),
    warning: list2("HADOLINT_OVERRIDE_WARNING"),
    info: list2("HADOLINT_OVERRIDE_INFO"),
    style: list2("HADOLINT_OVERRIDE_STYLE")
  };
  if (Object.values(override).some((l) => l.length)) out.override = override;
  if (env.HADOLINT_REQUIRE_LABELS) {
    const schema = {};
    for (const item of list2("HADOLINT_REQUIRE_LABELS")) {
      const [name, type = ""] = item.split(":");
      const t = type === "" ? "text" : type;
      if (name && LABEL_TYPES.includes(t)) schema[name] = t;
    }
    out.labelSchema = schema;
  }
  const ft = env.HADOLINT_FAILURE_THRESHOLD?.trim().toLowerCase();
  if (ft && (SEVERITIES.includes(ft) || ft === "none")) out.failureThreshold = ft;
  return out;
}

// src/lint/settings.ts
function findConfigFile(cwd, env) {
  const home = env.HOME || env.USERPROFILE || homedir();
  const xdg = env.XDG_CONFIG_HOME || join2(home, ".config");
  const candidates = [
    join2(cwd, ".hadolint.yaml"),
    join2(cwd, ".hadolint.yml"),
    join2(xdg, "hadolint.yaml"),
    join2(xdg, "hadolint.yml"),
    ...["hadolint.yaml", "hadolint.yml", "config.yaml", "config.yml"].map((f) => join2(home, ".hadolint", f)),
    join2(home, ".hadolint.yaml"),
    join2(home, ".hadolint.yml")
  ];
  return candidates.find((p) => existsSync2(p)) ?? null;
}
async function resolveSettings(input, cwd, env, warn) {
  let configFile = null;
  if (input.config) {
    configFile = resolve3(cwd, input.config);
    if (!existsSync2(configFile)) {
      throw new ConfigurationError("input `config`", input.config, "does not exist. Give the path of a hadolint YAML config, or leave it empty to use .hadolint.yaml.");
    }
  } else {
    configFile = findConfigFile(cwd, env);
  }
  let fromFile = {};
  if (configFile) {
    let text;
    try {
      text = readFileSync2(configFile, "utf8");
    } catch (e) {
      throw new ConfigurationError("config file", configFile, `cannot be read (${e.code ?? String(e)}).`);
    }
    fromFile = await parseConfigFile(text, input.config || configFile, warn);
  }
  const fromInputs = {
    ignored: input.ignore,
    trustedRegistries: input.trustedRegistries
  };
  if (input.failureThreshold) fromInputs.failureThreshold = parseSeverity(input.failureThreshold, "input `failure-threshold`");
  if (input.noFail) fromInputs.noFail = true;
  const config = mergeConfig(fromFile, configFromEnv(env), fromInputs);
  const named = [...config.ignored, ...Object.values(config.override).flat()];
  for (const code of new Set(named.filter((c) => !isKnownCode(c)))) {
    warn(`rule code ${JSON.stringify(code)} (in ignored, override, the ignore input or HADOLINT_*) matches no rule; check the spelling (DL3008, SC2086, MCD1001).`);
  }
  return { config, configFile };
}

// src/lint/summary.ts
init_define_ACTION_META();
function countFindings(results) {
  const c = { error: 0, warning: 0, info: 0, style: 0 };
  for (const r of results) for (const f of r.findings) if (f.severity !== "ignore") c[f.severity]++;
  return c;
}
function verdictLine(results) {
  const counts = countFindings(results);
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const files = `${results.length} Dockerfile${results.length === 1 ? "" : "s"}`;
  return parts.length ? `lint-dockerfile: ${parts.join(", ")} in ${files}` : `lint-dockerfile: ${files}, no findings`;
}
function lintSummary(results, failed, threshold, noFail) {
  const counts = countFindings(results);
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = `${results.length} Dockerfile${results.length === 1 ? "" : "s"}`;
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  let verdict;
  if (total === 0) verdict = `### \u2705 lint-dockerfile: ${files}, no findings`;
  else if (failed) verdict = `### \u274C lint-dockerfile: ${parts.join(", ")} in ${files} (fails at \`${threshold}\` and above)`;
  else verdict = `### \u26A0\uFE0F lint-dockerfile: ${parts.join(", ")} in ${files}${noFail ? " (no-fail is on)" : ` (below the \`${threshold}\` threshold)`}`;
  const lines = [verdict, ""];
  if (total > 0) {
    lines.push("| File | Errors | Warnings | Info | Style |", "| --- | ---: | ---: | ---: | ---: |");
    for (const r of results) {
      if (r.findings.length === 0) continue;
      const c = countFindings([r]);
      lines.push(`| \`${cell(r.file)}\` | ${c.error} | ${c.warning} | ${c.info} | ${c.style} |`);
    }
    lines.push("", `<details><summary>All ${total} findings</summary>`, "", "| Location | Rule | Severity | Message |", "| --- | --- | --- | --- |");
    for (const r of results) {
      for (const f of r.findings) {
        lines.push(`| \`${cell(r.file)}:${f.line}\` | [${f.code}](${helpUri(f.code)}) | ${f.severity} | ${cell(f.message)} |`);
      }
    }
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}

// src/lint/lint-step.ts
async function lintStep(inputs, io) {
  const { config, configFile } = await resolveSettings(inputs, io.cwd, io.env, (m) => io.warning(m));
  if (configFile) io.debug(`config file: ${configFile}`);
  const files = resolveFiles(inputs.files, io.cwd);
  const shellcheck2 = findShellcheck(inputs.shellcheck, io);
  const results = await io.group(
    `Lint ${files.length} Dockerfile${files.length === 1 ? "" : "s"}`,
    () => lintFiles({ files, cwd: io.cwd, config, shellcheck: shellcheck2, stdin: () => readFileSync3(0, "utf8"), warn: (m) => io.warning(m) })
  );
  const rules = ruleMetadata();
  const report = formatReport(inputs.format, results, rules, VERSION);
  const outputFile = inputs.outputFile ? resolve4(io.cwd, inputs.outputFile) : "";
  if (outputFile) writeFileAtomic(outputFile, report, "input `output-file`");
  const sarifPath = inputs.format === "sarif" && outputFile ? outputFile : join3(io.tempDir, `lint-dockerfile-${process.pid}.sarif`);
  if (sarifPath !== outputFile) writeFileAtomic(sarifPath, formatReport("sarif", results, rules, VERSION));
  const findings = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, line: f.line, column: f.column, code: f.code, level: f.severity, message: f.message })));
  const failing = findings.filter((f) => failsThreshold(f.level, config.failureThreshold)).length;
  const failed = failing > 0 && !config.noFail;
  const dockerfiles = `${files.length} Dockerfile${files.length === 1 ? "" : "s"}`;
  return {
    results,
    report,
    sarifPath,
    findings,
    counts: countFindings(results),
    failed,
    summary: lintSummary(results, failed, config.failureThreshold, config.noFail),
    failure: `${failing} finding${failing === 1 ? "" : "s"} at or above the failure threshold \`${config.failureThreshold}\` in ${dockerfiles}.`
  };
}
function findShellcheck(setting, io) {
  if (setting === "off") return null;
  if (setting === "auto" || setting === "") {
    const found = which("shellcheck", io.env);
    if (!found) io.info("ShellCheck is not installed: SC checks on RUN scripts are skipped (install shellcheck, or set `shellcheck: off` to silence this).");
    return found;
  }
  const path = resolve4(io.cwd, setting);
  if (!which(path.replace(/.*[\\/]/, ""), { PATH: path.replace(/[\\/][^\\/]*$/, "") })) {
    throw new ConfigurationError("input `shellcheck`", setting, "is not an executable file. Give the path of a shellcheck binary, `auto` or `off`.");
  }
  return path;
}

// src/actions/lint-dockerfile.ts
var spec = {
  files: list(),
  config: string(),
  "failure-threshold": string(),
  ignore: list(),
  "trusted-registries": list(),
  format: oneOf(FORMATS),
  "output-file": output("file or device"),
  annotations: bool(),
  "no-fail": bool(),
  shellcheck: string()
};
var ANNOTATION = { error: "error", warning: "warning", info: "notice", style: "notice" };
async function main(io) {
  const inputs = readInputs("lint-dockerfile", spec, io);
  const r = await lintStep(inputs, io);
  if (r.report) io.info(r.report.trimEnd());
  if (inputs.format === "tty") io.info(verdictLine(r.results));
  if (inputs.annotations) {
    for (const f of r.findings) {
      if (f.level !== "ignore") io.annotate(ANNOTATION[f.level], f.message, { file: f.file, line: f.line, title: `${f.code} (${f.level})` });
    }
  }
  io.setOutput("findings", String(r.findings.length));
  io.setOutput("errors", String(r.counts.error));
  io.setOutput("warnings", String(r.counts.warning));
  io.setOutput("infos", String(r.counts.info));
  io.setOutput("styles", String(r.counts.style));
  io.setOutput("results", JSON.stringify(r.findings));
  io.setOutput("sarif", r.sarifPath);
  io.summary(r.summary);
  if (r.failed) {
    io.annotate("error", r.failure);
    return 1;
  }
  return 0;
}
export {
  main,
  spec
};
