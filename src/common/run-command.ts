// Runs an external tool (an image builder, a scanner) with an argument array, never a shell
// string, streaming its lines to the log and keeping the last ones for the error message.
import { spawn } from 'node:child_process';

export interface Command {
  file: string;
  args: string[];
}

export interface RunOptions {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Each line the command prints (stdout and stderr), as it comes. */
  onLine(line: string): void;
  /** Kill the command after this long; 0 or absent: no limit. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  /** The last 20 lines it printed. */
  tail: string[];
  timedOut: boolean;
}

/** Runs one command; resolves with its exit code and its last lines of output (for the error). */
export function runCommand(cmd: Command, o: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd.file, cmd.args, { cwd: o.cwd, env: o.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let timedOut = false;
    const timer = o.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, o.timeoutMs)
      : null;
    const feed = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const l of parts) emit(l);
      });
      stream.on('end', () => rest && emit(rest));
    };
    const emit = (line: string) => {
      const l = line.replace(/\r$/, '');
      o.onLine(l);
      tail.push(l);
      if (tail.length > 20) tail.shift();
    };
    feed(child.stdout);
    feed(child.stderr);
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? -1, tail, timedOut });
    });
  });
}
