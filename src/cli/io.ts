// The ActionIO of a terminal: inputs from flags, the report on stdout, outputs and messages on
// stderr (so `--format json` output can be piped), the job summary to $GITHUB_STEP_SUMMARY when
// that is set (as under act) and nowhere otherwise.
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ActionIO, AnnotationLevel, AnnotationProps } from '../common/io.js';

export class CliIO implements ActionIO {
  readonly cwd = process.cwd();
  readonly tempDir = tmpdir();
  readonly outputs: [string, string][] = [];
  private secrets: string[] = [];

  constructor(
    private readonly inputs: Map<string, string>,
    readonly env: Readonly<Record<string, string | undefined>> = process.env,
    private readonly verbose = false,
  ) {}

  input(name: string): string | undefined {
    return this.inputs.get(name);
  }

  setOutput(name: string, value: string): void {
    this.outputs.push([name, value]);
  }

  annotate(level: AnnotationLevel, message: string, props: AnnotationProps = {}): void {
    // Findings on files are already in the report; only messages about the run itself show here.
    if (props.file) return;
    process.stderr.write(`${level}: ${this.mask(message)}\n`);
  }

  info(message: string): void {
    process.stdout.write(this.mask(message) + '\n');
  }

  warning(message: string): void {
    process.stderr.write(`warning: ${this.mask(message)}\n`);
  }

  debug(message: string): void {
    if (this.verbose) process.stderr.write(`debug: ${this.mask(message)}\n`);
  }

  group<T>(_title: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  summary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown);
  }

  setSecret(value: string): void {
    if (value) this.secrets.push(value);
  }

  private mask(s: string): string {
    return this.secrets.reduce((acc, sec) => acc.split(sec).join('***'), s);
  }
}
