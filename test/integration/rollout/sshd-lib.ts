// A real sshd of the test's own (Debian's openssh-server, which scripts/builders.sh installs; the
// system's service is never started) on a free port of 127.0.0.1, with a host key and a client key
// made for the run, and the ssh options that reach it with neither prompts nor ~/.ssh.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './nginx-lib.js';

export interface Sshd {
  /** user@127.0.0.1 */
  host: string;
  /** What the router passes to ssh before the host. */
  sshArgs: string[];
  stop(): Promise<void>;
}

const SSHD = '/usr/sbin/sshd';

export async function startSshd(): Promise<Sshd> {
  if (!existsSync(SSHD)) throw new Error('sshd is not installed: run bash scripts/builders.sh (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-sshd-'));
  const keygen = (file: string) => execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { stdio: 'ignore' });
  keygen(join(dir, 'host_key'));
  keygen(join(dir, 'client_key'));
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')));
  // sshd refuses to start without its privilege separation folder, which the package's service makes.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [`Port ${port}`, 'ListenAddress 127.0.0.1', `HostKey ${join(dir, 'host_key')}`, `PidFile ${join(dir, 'sshd.pid')}`, `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`, 'StrictModes no', 'UsePAM no', 'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'PermitRootLogin prohibit-password', ''].join('\n'),
  );
  writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${readFileSync(join(dir, 'host_key.pub'), 'utf8')}`);
  const proc = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr += c));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (up) break;
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`sshd did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: `${userInfo().username}@127.0.0.1`,
    sshArgs: ['-F', '/dev/null', '-p', String(port), '-i', join(dir, 'client_key'), '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${join(dir, 'known_hosts')}`, '-o', 'StrictHostKeyChecking=yes'],
    stop: async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.on('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
