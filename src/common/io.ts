// What an action entry may do to the outside world. The runner implementation speaks GitHub's
// workflow-command protocol; the CLI's prints for a terminal. Entries take this interface so the
// same code runs in both, and tests can run entries in-process.

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

export interface ActionIO {
  /** Raw input value, undefined when not given. */
  input(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProps): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary. */
  summary(markdown: string): void;
  setSecret(value: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** A folder for files the step leaves behind (reports). */
  readonly tempDir: string;
}

/** What a core may do to the outside world: log, mask secrets, and read where it runs. */
export type StepContext = Pick<ActionIO, 'info' | 'debug' | 'group' | 'setSecret' | 'env' | 'cwd' | 'tempDir'>;
