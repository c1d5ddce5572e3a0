// GitHub's runner protocol, written out rather than taken from @actions/core: loading that
// package costs ~45 ms per start (measured on Node 20), a third of lint-dockerfile's cold-start
// budget, and we use five of its functions. Formats follow the runner's documented commands.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { ActionIO, AnnotationLevel, AnnotationProps } from './io.js';

/** `%`, CR and LF must be escaped in command data; property values also escape `:` and `,`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ' ' + p : ''}::${escapeData(message)}`;
}

export class RunnerIO implements ActionIO {
  readonly cwd: string;
  readonly tempDir: string;

  constructor(
    readonly env: Readonly<Record<string, string | undefined>> = process.env,
    private readonly write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
  ) {
    this.cwd = env.GITHUB_WORKSPACE || process.cwd();
    this.tempDir = env.RUNNER_TEMP || tmpdir();
  }

  input(name: string): string | undefined {
    const v = this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    return v === undefined ? undefined : v.trim();
  }

  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT;
    if (file) {
      const delim = `ghadelimiter_${randomUUID()}`;
      appendFileSync(file, `${name}<<${delim}\n${value}\n${delim}\n`);
    } else {
      this.write(command('set-output', { name }, value));
    }
  }

  annotate(level: AnnotationLevel, message: string, props: AnnotationProps = {}): void {
    this.write(command(level, { file: props.file, line: props.line, endLine: props.endLine, col: props.col, title: props.title }, message));
  }

  info(message: string): void {
    this.write(message);
  }

  warning(message: string): void {
    this.annotate('warning', message);
  }

  debug(message: string): void {
    this.write(command('debug', {}, message));
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.write(command('group', {}, title));
    try {
      return await fn();
    } finally {
      this.write('::endgroup::');
    }
  }

  summary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + '\n');
  }

  setSecret(value: string): void {
    if (value) this.write(command('add-mask', {}, value));
  }
}
