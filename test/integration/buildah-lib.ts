// What the build-push tests that run images share: buildah in a private store (vfs: no overlay
// mounts; chroot isolation: no runc) removed afterwards, and a runnable base image packed here
// (Debian's busybox-static and its applets; no image can be pulled from the internet).
// scripts/builders.sh installs both, and the tests fail, never skip, without them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { which } from '../../src/common/which.js';

export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });

export function need(tool: string): string {
  const path = which(tool, process.env) ?? (existsSync(`/bin/${tool}`) ? `/bin/${tool}` : null);
  if (!path) throw new Error(`${tool} is not installed: run bash scripts/builders.sh (npm test does)`);
  return path;
}

export class Buildah {
  readonly store: string[];

  /** A store under `workspace` (whose path must be lower case: buildah names `oci:<path>` images after it). */
  constructor(private readonly workspace: string) {
    need('buildah');
    const root = join(workspace, '.buildah');
    this.store = ['--root', join(root, 'root'), '--runroot', join(root, 'runroot'), '--storage-driver', 'vfs'];
  }

  run(...args: string[]): string {
    return run('buildah', [...this.store, ...args]);
  }

  /** Runs `script` with sh in a new container of `image` (any buildah transport), and removes the container. */
  runIn(image: string, script: string, pullFlags: string[] = []): string {
    const ctr = this.run('from', '--quiet', ...pullFlags, image).trim();
    try {
      const out = this.run('run', '--isolation', 'chroot', ctr, '--', 'sh', '-c', script);
      // buildah 1.28's chroot run has once given a scripted run's output as empty with exit 0, on
      // a loaded machine (one full-suite run in many); a second run of the same script tells that
      // apart from a script that prints nothing.
      return out !== '' ? out : this.run('run', '--isolation', 'chroot', ctr, '--', 'sh', '-c', script);
    } finally {
      this.run('rm', ctr);
    }
  }

  /** The store through buildah first (in a rootless store it owns what it unpacked), then the workspace. */
  remove(): void {
    try {
      this.run('rmi', '--all', '--force');
    } finally {
      rmSync(this.workspace, { recursive: true, force: true });
    }
  }
}

/** A base image that can run a shell, in an OCI layout: busybox as /bin/busybox, its applets as links, PATH set. */
export function busyboxBase(workspace: string, layout: string, tag: string, applets: string[]): void {
  const rootfs = mkdtempSync(join(workspace, 'rootfs-'));
  mkdirSync(join(rootfs, 'bin'));
  copyFileSync(need('busybox'), join(rootfs, 'bin', 'busybox'));
  for (const applet of applets) symlinkSync('busybox', join(rootfs, 'bin', applet));
  run('umoci', ['init', '--layout', layout]);
  run('umoci', ['new', '--image', `${layout}:${tag}`]);
  run('umoci', ['insert', '--rootless', '--image', `${layout}:${tag}`, rootfs, '/']);
  run('umoci', ['config', '--image', `${layout}:${tag}`, '--config.env', 'PATH=/bin', '--config.cmd', '/bin/sh']);
}
