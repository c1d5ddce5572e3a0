// Where the nginx router's files and commands live: this machine, or a host reached with the
// runner's `ssh`. Both run argument arrays; over ssh each argument is single-quoted, because ssh
// joins what follows the host into one command line that the remote shell splits again.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError, ServiceError } from '../../common/errors.js';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ProcessInfo {
  pid: number;
  /** Its command line, e.g. "nginx: worker process is shutting down"; empty once it has exited. */
  title: string;
}

export interface Host {
  /** For messages: "" here, " on <host>" over ssh. */
  readonly where: string;
  /** The file's text, or null when there is no such file. */
  readFile(path: string): Promise<string | null>;
  /** Writes a temp file beside `path` and renames it over `path`: readers see the old or the new bytes. */
  writeFileAtomic(path: string, text: string): Promise<void>;
  removeFile(path: string): Promise<void>;
  run(argv: string[]): Promise<CommandResult>;
  /** The live child processes of `pid` (from /proc: nginx runs on Linux here). */
  children(pid: number): Promise<ProcessInfo[]>;
}

const COMMAND_TIMEOUT_MS = 60_000;

/** POSIX single quotes: the shell takes everything inside literally; a ' is closed, escaped, reopened. */
export function shQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

function tempBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}

function exec(file: string, args: string[], stdin = ''): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), COMMAND_TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new ConfigurationError('the program', file, 'was not found on PATH: install it, or give its full path.') : e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr: signal === 'SIGKILL' ? `${stderr}\n(killed after ${COMMAND_TIMEOUT_MS / 1000} s)` : stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';
// A process that exits while its /proc files are read answers ESRCH: it is gone.
const isGone = (e: unknown) => isMissing(e) || (e as NodeJS.ErrnoException).code === 'ESRCH';

async function procFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if (isGone(e)) return '';
    throw e;
  }
}

export class LocalHost implements Host {
  readonly where = '';

  async readFile(path: string): Promise<string | null> {
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async writeFileAtomic(path: string, text: string): Promise<void> {
    const tmp = tempBeside(path);
    try {
      await writeFile(tmp, text, { mode: 0o644 });
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async removeFile(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  run(argv: string[]): Promise<CommandResult> {
    const [file, ...args] = argv;
    return exec(file as string, args);
  }

  async children(pid: number): Promise<ProcessInfo[]> {
    let tasks: string[];
    try {
      tasks = await readdir(`/proc/${pid}/task`);
    } catch (e) {
      if (isGone(e)) return [];
      throw e;
    }
    const pids = new Set<number>();
    for (const task of tasks) {
      const text = await procFile(`/proc/${pid}/task/${task}/children`);
      for (const p of text.split(/\s+/).filter(Boolean)) pids.add(Number(p));
    }
    const out: ProcessInfo[] = [];
    for (const p of pids) {
      const cmdline = await procFile(`/proc/${p}/cmdline`);
      out.push({ pid: p, title: cmdline.replaceAll('\0', ' ').trim() });
    }
    return out;
  }
}

// Each script gets its values as positional parameters ("$1", "$2"), never spliced into its text.
const READ = '[ -e "$1" ] || exit 3; exec cat -- "$1"';
const WRITE = 'cat > "$1" && mv -f -- "$1" "$2" || { rm -f -- "$1"; exit 1; }';
const CHILDREN = 'for t in /proc/"$1"/task/*; do cat "$t/children" 2>/dev/null; echo; done | tr " " "\\n" | while read -r p; do [ -n "$p" ] || continue; printf "%s " "$p"; tr "\\0" " " < /proc/"$p"/cmdline 2>/dev/null; echo; done';
const MISSING = 3;

export class SshHost implements Host {
  readonly where: string;

  /**
   * @param host what `ssh` connects to: a host, user@host, or a Host of the runner's ssh config
   * @param sshArgs options before the host (e.g. -p, -i, -F); BatchMode is always on: a rollout never waits for a password
   */
  constructor(
    private readonly host: string,
    private readonly sshArgs: readonly string[] = [],
    private readonly ssh = 'ssh',
  ) {
    if (!/^[^\s-][^\s]*$/.test(host)) throw new ConfigurationError('input `ssh-host`', host, 'must be a host name, user@host or a Host of your ssh config (no spaces, not starting with "-").');
    this.where = ` on ${host}`;
  }

  private remote(argv: string[], stdin = ''): Promise<CommandResult> {
    return exec(this.ssh, ['-o', 'BatchMode=yes', ...this.sshArgs, this.host, '--', ...argv.map(shQuote)], stdin);
  }

  /** ssh answers 255 for its own failures (no connection, key refused): never the remote command's answer. */
  private async checked(argv: string[], what: string, stdin = ''): Promise<CommandResult> {
    const r = await this.remote(argv, stdin);
    if (r.code === 255) throw new ServiceError(`ssh to ${this.host} failed while it ${what}: ${r.stderr.trim() || 'exit 255'}`);
    return r;
  }

  async readFile(path: string): Promise<string | null> {
    const r = await this.checked(['sh', '-c', READ, 'sh', path], `read ${path}`);
    if (r.code === MISSING) return null;
    if (r.code !== 0) throw new ServiceError(`reading ${path}${this.where} failed: ${r.stderr.trim()}`);
    return r.stdout;
  }

  async writeFileAtomic(path: string, text: string): Promise<void> {
    const r = await this.checked(['sh', '-c', WRITE, 'sh', tempBeside(path), path], `wrote ${path}`, text);
    if (r.code !== 0) throw new ServiceError(`writing ${path}${this.where} failed: ${r.stderr.trim()}`);
  }

  async removeFile(path: string): Promise<void> {
    const r = await this.checked(['rm', '-f', '--', path], `removed ${path}`);
    if (r.code !== 0) throw new ServiceError(`removing ${path}${this.where} failed: ${r.stderr.trim()}`);
  }

  async run(argv: string[]): Promise<CommandResult> {
    return this.checked(argv, `ran ${argv.join(' ')}`);
  }

  async children(pid: number): Promise<ProcessInfo[]> {
    const r = await this.checked(['sh', '-c', CHILDREN, 'sh', String(pid)], `listed the processes of ${pid}`);
    return r.stdout
      .split('\n')
      .map((line) => /^(\d+) ?(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ pid: Number(m[1]), title: (m[2] ?? '').trim() }));
  }
}
