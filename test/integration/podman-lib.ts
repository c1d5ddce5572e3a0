// podman as the container tests run it: rootful, in a private store under the test's folder (vfs:
// no overlay mounts; its own runroot and tmpdir: nothing in the machine's /var/lib/containers or
// /run/libpod); runc as the runtime (crun 1.8 refuses a machine whose cgroups mix v1 and v2 with a
// controller on the v2 side, as this one: "cgroups in hybrid mode not supported"); cgroupfs (no
// systemd here); a file for events (no journald); and the host's network (no CNI or netavark
// plugin, no iptables), so a container listens on this machine's 127.0.0.1. scripts/builders.sh
// installs podman and runc, and the tests fail, never skip, without them.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { need } from './buildah-lib.js';

const execFileP = promisify(execFile);

export class Podman {
  readonly global: string[];

  /** `dir` must be short: podman refuses a runroot over 50 characters (its sockets live there). */
  constructor(private readonly dir: string) {
    // runc is found by podman itself (in /usr/sbin, which a test's PATH may lack).
    need('podman');
    this.global = [
      '--root', join(dir, 'root'),
      '--runroot', join(dir, 'run'),
      '--tmpdir', join(dir, 'tmp'),
      '--storage-driver', 'vfs',
      '--runtime', 'runc',
      '--cgroup-manager', 'cgroupfs',
      '--events-backend', 'file',
    ];
  }

  /** Runs podman with these arguments; rejects with its stderr when it fails. */
  async run(...args: string[]): Promise<string> {
    try {
      return (await execFileP('podman', [...this.global, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })).stdout;
    } catch (e) {
      const err = e as Error & { stderr?: string; code?: number };
      throw new Error(`podman ${args.join(' ')} failed (${err.code}): ${err.stderr ?? err.message}`);
    }
  }

  /** The exit code of `podman <args>`, without throwing (for commands whose failure is the answer). */
  async status(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const r = await execFileP('podman', [...this.global, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  }

  /**
   * `--ulimit` within this process's limits: rootful podman asks for 1048576 open files and 32768
   * processes by default, and without CAP_SYS_RESOURCE (a VM or a container runner may drop it) the
   * runtime cannot raise a limit past the hard one (setrlimit: operation not permitted).
   */
  static ulimits(): string[] {
    const limits = readFileSync('/proc/self/limits', 'utf8').split('\n');
    const hard = (title: string) => {
      const value = (limits.find((l) => l.startsWith(title)) ?? '').slice(title.length).trim().split(/\s+/)[1];
      return !value || value === 'unlimited' ? Infinity : Number(value);
    };
    const files = Math.min(1_048_576, hard('Max open files'));
    const procs = Math.min(32_768, hard('Max processes'));
    return ['--ulimit', `nofile=${files}:${files}`, '--ulimit', `nproc=${procs}:${procs}`];
  }

  /** Every container and image gone through podman (it owns what it unpacked), then the folder. */
  async remove(): Promise<void> {
    try {
      await this.status('rm', '--all', '--force', '--time', '0');
      await this.status('rmi', '--all', '--force');
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
