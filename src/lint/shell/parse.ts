import type { AndOr, Command, Compound, Pipeline, Redirect, Script, SimpleCommand, Word, WordPart } from './ast.js';

/** Thrown for text that is not valid shell; callers treat such a script as having no commands. */
export class ShellSyntaxError extends Error {}

const RESERVED_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const MAX_DEPTH = 200;

/** Parses a bash script (what `RUN` hands to `/bin/sh -c`) into a syntax tree. */
export function parseShell(text: string): Script {
  return new Parser(text).parseTop();
}

class Parser {
  private pos = 0;
  private depth = 0;
  private pendingHeredocs: { delim: string; strip: boolean }[] = [];

  constructor(private readonly src: string) {}

  parseTop(): Script {
    const script = this.parseList(new Set());
    this.skipBlank();
    if (this.pos < this.src.length) this.fail(`unexpected '${this.src[this.pos]}'`);
    return script;
  }

  private fail(msg: string): never {
    throw new ShellSyntaxError(`${msg} at offset ${this.pos}`);
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  /** Spaces, tabs, line continuations and comments, but not newlines. */
  private skipSpaces(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && this.peek(1) === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < this.src.length && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }

  /** Spaces and newlines (reading any here-document bodies the newlines end). */
  private skipBlank(): void {
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '\n') this.newline();
      else return;
    }
  }

  private newline(): void {
    this.pos++;
    const docs = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const doc of docs) this.readHeredocBody(doc.delim, doc.strip);
  }

  private readHeredocBody(delim: string, strip: boolean): void {
    while (this.pos < this.src.length) {
      let end = this.src.indexOf('\n', this.pos);
      if (end < 0) end = this.src.length;
      let line = this.src.slice(this.pos, end);
      this.pos = Math.min(end + 1, this.src.length);
      if (strip) line = line.replace(/^\t+/, '');
      if (line.replace(/\r$/, '') === delim) return;
    }
  }

  /** The next bare word, if it is one of `words`, without consuming it. */
  private peekReserved(): string | null {
    const m = /^[a-z]+|^[{}!]|^\[\[|^\]\]/.exec(this.src.slice(this.pos, this.pos + 10));
    if (!m) return null;
    const after = this.src[this.pos + m[0].length] ?? '';
    if (after !== '' && !META.has(after)) return null;
    return m[0];
  }

  private expectReserved(word: string): void {
    this.skipBlank();
    if (this.peekReserved() !== word) this.fail(`expected '${word}'`);
    this.pos += word.length;
  }

  private parseList(terminators: Set<string>): Script {
    if (++this.depth > MAX_DEPTH) this.fail('nesting too deep');
    const items: AndOr[] = [];
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.src.length) break;
      const c = this.peek();
      if (c === ')' || (c === ';' && this.peek(1) === ';')) break;
      const word = this.peekReserved();
      if (word !== null && (RESERVED_END.has(word) || terminators.has(word))) break;
      const item = this.parseAndOr();
      items.push(item);
      this.skipSpaces();
      const sep = this.peek();
      if (sep === ';' && this.peek(1) !== ';') this.pos++;
      else if (sep === '&' && this.peek(1) !== '&') {
        item.background = true;
        this.pos++;
      } else if (sep === '\n') this.newline();
      else break;
    }
    this.depth--;
    return { items };
  }

  private parseAndOr(): AndOr {
    const pipelines = [this.parsePipeline()];
    const ops: ('&&' | '||')[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.startsWith('&&') || this.startsWith('||')) {
        ops.push(this.src.slice(this.pos, this.pos + 2) as '&&' | '||');
        this.pos += 2;
        this.skipBlank();
        pipelines.push(this.parsePipeline());
      } else break;
    }
    return { pipelines, ops, background: false };
  }

  private parsePipeline(): Pipeline {
    this.skipSpaces();
    let bang = false;
    if (this.peekReserved() === '!') {
      bang = true;
      this.pos++;
      this.skipSpaces();
    }
    // `time [-p] pipeline`: ShellCheck reads the timed pipeline as ordinary commands.
    if (this.peekReserved() === 'time') {
      this.pos += 4;
      this.skipSpaces();
      if (this.startsWith('-p') && META.has(this.peek(2) || ' ')) this.pos += 2;
      this.skipSpaces();
    }
    const commands = [this.parseCommand()];
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '|' && this.peek(1) !== '|') {
        this.pos += this.peek(1) === '&' ? 2 : 1;
        this.skipBlank();
        commands.push(this.parseCommand());
      } else break;
    }
    return { bang, commands };
  }

  private parseCommand(): Command {
    this.skipSpaces();
    const c = this.peek();
    if (c === '(') {
      if (this.peek(1) === '(') return this.withRedirects(this.parseArithCommand());
      this.pos++;
      const body = this.parseList(new Set());
      this.skipBlank();
      if (this.peek() !== ')') this.fail("expected ')'");
      this.pos++;
      return this.withRedirects(compound('subshell', [body]));
    }
    switch (this.peekReserved()) {
      case '{': {
        this.pos++;
        const body = this.parseList(new Set());
        this.expectReserved('}');
        return this.withRedirects(compound('group', [body]));
      }
      case 'if':
        return this.withRedirects(this.parseIf());
      case 'for':
        return this.withRedirects(this.parseFor());
      case 'while':
      case 'until':
        return this.withRedirects(this.parseWhile());
      case 'case':
        return this.withRedirects(this.parseCase());
      case '[[':
        return this.withRedirects(this.parseCond());
      case 'function':
        return this.parseFunction(true);
    }
    const fn = /^([A-Za-z_][\w.:-]*)[ \t]*\([ \t]*\)/.exec(this.src.slice(this.pos, this.pos + 200));
    if (fn) {
      return this.parseFunction(false);
    }
    return this.parseSimple();
  }

  private withRedirects(cmd: Compound): Compound {
    for (;;) {
      this.skipSpaces();
      const r = this.tryRedirect();
      if (!r) return cmd;
      cmd.redirects.push(r);
    }
  }

  private parseFunction(keyword: boolean): Compound {
    if (keyword) {
      this.pos += 'function'.length;
      this.skipSpaces();
    }
    while (this.pos < this.src.length && !META.has(this.peek())) this.pos++;
    this.skipSpaces();
    if (this.peek() === '(') {
      this.pos++;
      this.skipSpaces();
      if (this.peek() !== ')') this.fail("expected ')'");
      this.pos++;
    }
    this.skipBlank();
    const body = this.parseCommand();
    return compound('function', [{ items: [{ pipelines: [{ bang: false, commands: [body] }], ops: [], background: false }] }]);
  }

  private parseIf(): Compound {
    this.pos += 2;
    const bodies: Script[] = [this.parseList(new Set(['then']))];
    this.expectReserved('then');
    bodies.push(this.parseList(new Set()));
    for (;;) {
      this.skipBlank();
      const w = this.peekReserved();
      if (w === 'elif') {
        this.pos += 4;
        bodies.push(this.parseList(new Set(['then'])));
        this.expectReserved('then');
        bodies.push(this.parseList(new Set()));
      } else if (w === 'else') {
        this.pos += 4;
        bodies.push(this.parseList(new Set()));
      } else break;
    }
    this.expectReserved('fi');
    return compound('if', bodies);
  }

  private parseFor(): Compound {
    this.pos += 3;
    this.skipSpaces();
    const words: Word[] = [];
    if (this.startsWith('((')) {
      this.readArith();
    } else {
      this.readWord();
      this.skipBlank();
      if (this.peekReserved() === 'in') {
        this.pos += 2;
        for (;;) {
          this.skipSpaces();
          const c = this.peek();
          if (c === ';' || c === '\n' || c === '') break;
          words.push(this.readWord());
        }
      }
    }
    this.skipSpaces();
    if (this.peek() === ';') this.pos++;
    this.skipBlank();
    const body = this.parseDoBody();
    return { ...compound('for', [body]), words };
  }

  private parseWhile(): Compound {
    const kind = this.peekReserved() as string;
    this.pos += kind.length;
    const cond = this.parseList(new Set(['do']));
    this.skipBlank();
    const body = this.parseDoBody();
    return compound(kind, [cond, body]);
  }

  private parseDoBody(): Script {
    if (this.peekReserved() === '{') {
      // bash accepts `for x in y; { ...; }`
      this.pos++;
      const body = this.parseList(new Set());
      this.expectReserved('}');
      return body;
    }
    this.expectReserved('do');
    const body = this.parseList(new Set());
    this.expectReserved('done');
    return body;
  }

  private parseCase(): Compound {
    this.pos += 4;
    this.skipSpaces();
    const words = [this.readWord()];
    this.expectReserved('in');
    const bodies: Script[] = [];
    for (;;) {
      this.skipBlank();
      if (this.peekReserved() === 'esac') break;
      if (this.pos >= this.src.length) this.fail("expected 'esac'");
      if (this.peek() === '(') this.pos++;
      for (;;) {
        this.skipSpaces();
        words.push(this.readWord());
        this.skipSpaces();
        if (this.peek() === '|') this.pos++;
        else break;
      }
      if (this.peek() !== ')') this.fail("expected ')' in case pattern");
      this.pos++;
      bodies.push(this.parseList(new Set()));
      this.skipBlank();
      if (this.startsWith(';;&')) this.pos += 3;
      else if (this.startsWith(';;') || this.startsWith(';&')) this.pos += 2;
    }
    this.pos += 4;
    return { ...compound('case', bodies), words };
  }

  private parseCond(): Compound {
    this.pos += 2;
    const words: Word[] = [];
    for (;;) {
      this.skipBlank();
      if (this.peekReserved() === ']]') {
        this.pos += 2;
        break;
      }
      if (this.pos >= this.src.length) this.fail("expected ']]'");
      const c = this.peek();
      if (c === '(' || c === ')' || c === '<' || c === '>' || c === '!') {
        this.pos++;
      } else if (this.startsWith('&&') || this.startsWith('||')) {
        this.pos += 2;
      } else {
        words.push(this.readWord());
      }
    }
    return { ...compound('cond', []), words };
  }

  private parseArithCommand(): Compound {
    this.readArith();
    return compound('arith', []);
  }

  /** Skips `(( ... ))` with balanced parentheses and returns the inner text. */
  private readArith(): string {
    const start = this.pos + 2;
    this.pos = start;
    let depth = 2;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return this.src.slice(start, this.pos - 2);
    }
    return this.fail('unterminated arithmetic');
  }

  private parseSimple(): SimpleCommand {
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      this.skipSpaces();
      const r = this.tryRedirect();
      if (r) {
        cmd.redirects.push(r);
        continue;
      }
      const c = this.peek();
      if (c === '' || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') break;
      if (c === '(') this.fail("unexpected '('");
      if (cmd.words.length === 0 && this.isAssignment()) {
        cmd.assigns.push(this.readAssignment());
        continue;
      }
      cmd.words.push(this.readWord());
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) {
      this.fail(this.pos >= this.src.length ? 'unexpected end of script' : `unexpected '${this.peek()}'`);
    }
    return cmd;
  }

  private isAssignment(): boolean {
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.exec(this.src.slice(this.pos, this.pos + 256));
    return m !== null;
  }

  private readAssignment(): Word {
    const start = this.pos;
    const eq = this.src.indexOf('=', this.pos);
    this.pos = eq + 1;
    if (this.peek() === '(') {
      // array assignment: a=(x y z)
      this.pos++;
      for (;;) {
        this.skipBlank();
        if (this.peek() === ')') {
          this.pos++;
          break;
        }
        if (this.pos >= this.src.length) this.fail("expected ')'");
        this.readWord();
      }
      return { parts: [{ kind: 'lit', text: this.src.slice(start, this.pos) }], start };
    }
    const value = META.has(this.peek()) || this.peek() === '' ? { parts: [], start: this.pos } : this.readWord();
    return { parts: [{ kind: 'lit', text: this.src.slice(start, eq + 1) }, ...value.parts], start };
  }

  private tryRedirect(): Redirect | null {
    const m = /^(\d+|\{[A-Za-z_]\w*\})?(<<<|<<-|<<|>>|<&|>&|<>|>\||&>>|&>|<|>)/.exec(this.src.slice(this.pos, this.pos + 40));
    if (!m) return null;
    // `<(` and `>(` are process substitutions, which are words.
    const after = this.src[this.pos + m[0].length];
    if ((m[2] === '<' || m[2] === '>') && !m[1] && after === '(') return null;
    this.pos += m[0].length;
    const op = m[2] as string;
    this.skipSpaces();
    if (op === '<<' || op === '<<-') {
      const word = this.readWord();
      const delim = word.parts.map(partText).join('');
      this.pendingHeredocs.push({ delim, strip: op === '<<-' });
      return { op, target: word };
    }
    if ((op === '<&' || op === '>&') && (this.peek() === '-' || /\d/.test(this.peek()))) {
      while (/[\d-]/.test(this.peek())) this.pos++;
      return { op, target: null };
    }
    const c = this.peek();
    if (c === '' || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') this.fail(`expected a file after '${op}'`);
    return { op, target: this.readWord() };
  }

  /** Reads one word: everything up to an unquoted metacharacter. */
  readWord(): Word {
    const start = this.pos;
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ kind: 'lit', text: lit });
      lit = '';
    };
    for (;;) {
      const c = this.peek();
      if (c === '') break;
      if (META.has(c)) {
        // Process substitution belongs to the word; so do parentheses of extglobs like `@(a|b)`.
        if ((c === '<' || c === '>') && this.peek(1) === '(') {
          flush();
          this.pos += 2;
          const body = this.parseList(new Set());
          this.skipBlank();
          if (this.peek() !== ')') this.fail("expected ')'");
          this.pos++;
          parts.push({ kind: 'procsub', body });
          continue;
        }
        if (c === '(' && /[@!?*+]$/.test(lit)) {
          lit += this.readBalanced('(', ')');
          continue;
        }
        break;
      }
      if (c === '\\') {
        if (this.peek(1) === '\n') this.pos += 2;
        else {
          lit += this.peek(1);
          this.pos += 2;
        }
        continue;
      }
      if (c === "'") {
        flush();
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) this.fail('unterminated single quote');
        parts.push({ kind: 'single', text: this.src.slice(this.pos + 1, end) });
        this.pos = end + 1;
        continue;
      }
      if (c === '"') {
        flush();
        this.pos++;
        parts.push({ kind: 'double', parts: this.readDoubleQuoted() });
        continue;
      }
      if (c === '`') {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === '$') {
        const part = this.readDollar();
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
        lit += '$';
        this.pos++;
        continue;
      }
      if (c === '{') {
        const brace = /^\{[^\s{}]*,[^\s{}]*\}/.exec(this.src.slice(this.pos, this.pos + 500));
        if (brace) {
          flush();
          parts.push({ kind: 'brace', text: brace[0] });
          this.pos += brace[0].length;
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    if (this.pos === start) this.fail(`unexpected '${this.peek() || 'end of script'}'`);
    return { parts, start };
  }

  private readBalanced(open: string, close: string): string {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return this.src.slice(start, this.pos);
    }
    return this.fail(`unterminated '${open}'`);
  }

  private readDoubleQuoted(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ kind: 'lit', text: lit });
      lit = '';
    };
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('unterminated double quote');
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const n = this.peek(1);
        if (n === '\n') this.pos += 2;
        else if (n === '$' || n === '`' || n === '"' || n === '\\') {
          lit += n;
          this.pos += 2;
        } else {
          lit += c;
          this.pos++;
        }
        continue;
      }
      if (c === '`') {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === '$') {
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

  private readBacktick(): WordPart {
    let inner = '';
    this.pos++;
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('unterminated backtick');
      if (c === '`') {
        this.pos++;
        break;
      }
      if (c === '\\' && (this.peek(1) === '`' || this.peek(1) === '\\' || this.peek(1) === '$')) {
        inner += this.peek(1);
        this.pos += 2;
        continue;
      }
      inner += c;
      this.pos++;
    }
    return { kind: 'cmdsub', body: parseNested(inner, this.depth), backtick: true };
  }

  /** `$...` at the cursor, or null when the dollar is a plain character. */
  private readDollar(): WordPart | null {
    const n = this.peek(1);
    if (n === '(' && this.peek(2) === '(') {
      this.pos++;
      return { kind: 'arith', text: this.readArith() };
    }
    if (n === '(') {
      this.pos += 2;
      const body = this.parseList(new Set());
      this.skipBlank();
      if (this.peek() !== ')') this.fail("expected ')' to close '$('");
      this.pos++;
      return { kind: 'cmdsub', body, backtick: false };
    }
    if (n === '{') {
      this.pos++;
      const text = this.readBalanced('{', '}');
      return { kind: 'param', text: text.slice(1, -1) };
    }
    if (n === "'") {
      // $'...' ANSI-C quoting
      this.pos += 2;
      let text = '';
      for (;;) {
        const c = this.peek();
        if (c === '') this.fail('unterminated quote');
        if (c === "'") {
          this.pos++;
          break;
        }
        if (c === '\\') {
          text += c + this.peek(1);
          this.pos += 2;
          continue;
        }
        text += c;
        this.pos++;
      }
      return { kind: 'single', text };
    }
    if (n === '"') {
      this.pos += 2;
      return { kind: 'double', parts: this.readDoubleQuoted() };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(this.src.slice(this.pos + 1, this.pos + 200));
    if (!m) return null;
    this.pos += 1 + m[0].length;
    return { kind: 'param', text: m[0] };
  }
}

function parseNested(text: string, depth: number): Script {
  if (depth > MAX_DEPTH) throw new ShellSyntaxError('nesting too deep');
  return parseShell(text);
}

function compound(kind: string, bodies: Script[]): Compound {
  return { type: 'compound', kind, bodies, words: [], redirects: [] };
}

function partText(p: WordPart): string {
  switch (p.kind) {
    case 'lit':
    case 'single':
      return p.text;
    case 'double':
      return p.parts.map(partText).join('');
    default:
      return '';
  }
}
