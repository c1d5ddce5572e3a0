// Splits a Dockerfile into instructions the way BuildKit and hadolint's parser (language-docker)
// do: parser directives at the top, line continuations with the escape character, comment and
// blank lines inside continuations dropped, heredocs, ONBUILD. We keep our own splitter rather
// than dockerfile-ast because that library folds comment lines inside a continuation into the
// argument text (they would reach the shell parser) and its start-up cost is an eighth of our
// cold-start budget; rules need exactly hadolint's line semantics, which this file spells out.
import { KEYWORDS, type Comment, type Dockerfile, type Flag, type Heredoc, type Instruction, type Keyword, type ParseError } from './model.js';

const KEYWORD_SET = new Set<string>(KEYWORDS);
const FLAGGED = new Set<Keyword>(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
// RUN knows only these options; language-docker leaves any other `--word` in the shell text.
const RUN_FLAGS = new Set(['mount', 'network', 'security']);
const HEREDOC_KEYWORDS = new Set<Keyword>(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD']);
const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const directives: Record<string, string> = {};
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  let error: ParseError | null = null;

  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i] as string);
    const key = m?.[1]?.toLowerCase();
    if (!m || !key || !KNOWN_DIRECTIVES.has(key) || key in directives) break;
    directives[key] = m[2] as string;
    comments.push({ line: i + 1, text: (lines[i] as string).slice(1) });
  }
  const escape = directives.escape === '`' ? '`' : '\\';

  while (i < lines.length) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    if (trimmed.startsWith('#')) {
      comments.push({ line: i + 1, text: trimmed.slice(1) });
      i++;
      continue;
    }
    const result = readInstruction(lines, i, escape);
    if ('error' in result) {
      error = result.error;
      break;
    }
    instructions.push(result.instruction);
    i = result.next;
  }
  return { instructions, comments, directives, escape, error };
}

type ReadResult = { instruction: Instruction; next: number } | { error: ParseError };

function readInstruction(lines: string[], start: number, escape: string): ReadResult {
  const first = lines[start] as string;
  const m = /^\s*([A-Za-z]+)/.exec(first);
  const word = m?.[1]?.toUpperCase() ?? '';
  if (!m || !KEYWORD_SET.has(word)) {
    const column = first.length - first.trimStart().length + 1;
    return { error: { line: start + 1, column, message: `unexpected '${first.trim()[0]}': not a Dockerfile instruction (expected one of ${KEYWORDS.join(', ')})` } };
  }
  const keyword = word as Keyword;
  const offset = m[0].length;
  if (keyword === 'ONBUILD') {
    // The wrapped instruction is read with the same rules, starting after `ONBUILD `.
    const inner = /^\s+([A-Za-z]+)/.exec(first.slice(offset));
    const innerWord = inner?.[1]?.toUpperCase() ?? '';
    if (inner && KEYWORD_SET.has(innerWord) && innerWord !== 'ONBUILD') {
      const result = readBody(lines, start, offset + inner[0].length, innerWord as Keyword, escape);
      if ('error' in result) return result;
      const inst = result.instruction;
      const text = `${innerWord} ${inst.raw.trim()}`;
      const outer: Instruction = { ...inst, keyword, raw: text, args: text, flags: [], json: null, heredocs: [], inner: inst };
      return { instruction: outer, next: result.next };
    }
  }
  return readBody(lines, start, offset, keyword, escape);
}

function readBody(lines: string[], start: number, offset: number, keyword: Keyword, escape: string): ReadResult {
  const first = lines[start] as string;
  const rest = first.slice(offset);
  if (rest !== '' && !/^[ \t]/.test(rest) && !rest.startsWith(escape)) {
    return { error: { line: start + 1, column: offset + 1, message: `missing whitespace after ${keyword}` } };
  }
  const joined = joinContinuations(lines, start, rest, escape);
  if (joined.text.trim() === '') {
    return { error: { line: start + 1, column: first.length + 1, message: `missing whitespace: ${keyword} needs arguments` } };
  }
  const instruction = makeInstruction(keyword, joined.text, start + 1, joined.next);
  let next = joined.next;
  if (HEREDOC_KEYWORDS.has(keyword)) {
    const doc = readHeredoc(lines, start, joined.next, instruction.args);
    if (doc) {
      instruction.heredocs.push(doc.heredoc);
      // COPY and ADD keep their arguments (the markers are the sources, then the target).
      if (keyword !== 'COPY' && keyword !== 'ADD') {
        instruction.args = doc.args;
        instruction.json = null;
      }
      instruction.endLine = doc.next;
      next = doc.next;
      // language-docker wants a line break right after the terminator line: an instruction that
      // starts at column 1 on the very next line is a parse error in hadolint, and so here.
      const after = lines[next];
      if (after !== undefined && after !== '' && !/^[ \t]/.test(after)) {
        return { error: { line: next + 1, column: 1, message: `unexpected '${after[0]}' expecting a new line followed by the next instruction` } };
      }
    }
  }
  return { instruction, next };
}

/**
 * language-docker's escaped line break: the escape character, optional spaces, one or more
 * newlines, then any comment lines; the break becomes one space when the next line is indented,
 * nothing otherwise. A line of only spaces ends the instruction.
 */
function joinContinuations(lines: string[], start: number, firstRest: string, escape: string): { text: string; next: number } {
  let text = '';
  let rest = firstRest;
  let i = start;
  for (;;) {
    const cont = continued(rest, escape);
    if (cont === null) {
      text += rest;
      break;
    }
    text += cont;
    i++;
    while (i < lines.length && (lines[i] === '' || /^[ \t]*#/.test(lines[i] as string))) i++;
    if (i >= lines.length) break;
    const line = lines[i] as string;
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (indent === line.length) break;
    if (indent > 0) text += ' ';
    rest = line.slice(indent);
  }
  return { text, next: i + 1 };
}

/**
 * A heredoc as language-docker reads it in RUN, CMD, ENTRYPOINT, SHELL, COPY and ADD: only the
 * first `<<MARKER` counts; the body runs to a line that is exactly the marker (no tab stripping
 * for `<<-`). When the arguments start with the heredoc, they become the rest of the first line
 * plus the body; otherwise they are the text before `<<`.
 */
function readHeredoc(lines: string[], start: number, end: number, args: string): { heredoc: Heredoc; args: string; next: number } | null {
  if (!args.includes('<<')) return null;
  // The marker may stand on a continuation line (after flags, say): the body starts below it.
  let row = start;
  while (row < end - 1 && !(lines[row] as string).includes('<<')) row++;
  const firstLine = lines[row] as string;
  const at = firstLine.indexOf('<<');
  if (at < 0) return null;
  const m = /^<<-*("[^"\n]*"|'[^'\n]*'|[^ \t]+)([ \t]|$)/.exec(firstLine.slice(at));
  if (!m) return null;
  const marker = (m[1] as string).replace(/^(["'])(.*)\1$/, '$2');
  if (marker === '') return null;
  // `<<EOF > /path` and `<<EOF | cmd`: the redirect takes the rest of the line.
  const rest = firstLine.slice(at + m[0].length);
  const afterMarker = /^(\||>)/.test(rest) ? '' : rest;
  const startsWithHeredoc = args.startsWith('<<');
  const body: string[] = [];
  for (let i = row + 1; i < lines.length; i++) {
    if (lines[i] === marker) {
      const content = [afterMarker, ...body].join('\n').trim();
      const heredoc = { name: marker, body: body.length ? body.join('\n') + '\n' : '', line: row + 2 };
      // Otherwise the arguments are what stands before `<<` (language-docker's untilHeredoc).
      const prefix = args.slice(0, args.indexOf('<<')).trim();
      return { heredoc, args: startsWithHeredoc ? content : prefix, next: i + 1 };
    }
    body.push(lines[i] as string);
  }
  return null;
}

/** The line without its trailing escape character (and spaces after it) when it continues. */
function continued(line: string, escape: string): string | null {
  const trimmed = line.replace(/[ \t]+$/, '');
  return trimmed.endsWith(escape) ? trimmed.slice(0, -1) : null;
}

function makeInstruction(keyword: Keyword, raw: string, line: number, endLine: number): Instruction {
  const { flags, rest } = FLAGGED.has(keyword) ? splitFlags(raw, keyword === 'RUN' ? RUN_FLAGS : null) : { flags: [], rest: raw.trim() };
  return { keyword, line, endLine, raw, flags, args: rest, json: parseJsonArray(rest), heredocs: [], inner: null };
}

function splitFlags(raw: string, known: Set<string> | null = null): { flags: Flag[]; rest: string } {
  const flags: Flag[] = [];
  let rest = raw.trimStart();
  for (;;) {
    const m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|'[^']*'|\S*))?(?:\s+|$)/.exec(rest);
    if (!m || (known && !known.has((m[1] as string).toLowerCase()))) break;
    const value = m[2] === undefined ? null : m[2].replace(/^(["'])(.*)\1$/, '$2');
    flags.push({ name: (m[1] as string).toLowerCase(), value });
    rest = rest.slice(m[0].length);
  }
  return { flags, rest: rest.trim() };
}

/**
 * The exec form as language-docker reads it: `[ "a", "b" ]` of double-quoted strings where only
 * `\\"` is an escape (other backslashes stay), so it is not JSON.parse.
 */
function parseJsonArray(args: string): string[] | null {
  const m = /^\[\s*(.*?)\s*\]$/s.exec(args);
  if (!m) return null;
  const body = m[1] as string;
  if (body === '') return [];
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (body[i] !== '"') return null;
    let s = '';
    let j = i + 1;
    for (; j < body.length && body[j] !== '"'; j++) {
      if (body[j] === '\\' && body[j + 1] === '"') {
        s += '"';
        j++;
      } else s += body[j];
    }
    if (j >= body.length) return null;
    out.push(s);
    i = j + 1;
    while (body[i] === ' ' || body[i] === '\t') i++;
    if (i >= body.length) return out;
    if (body[i] !== ',') return null;
    i++;
    while (body[i] === ' ' || body[i] === '\t') i++;
  }
}
