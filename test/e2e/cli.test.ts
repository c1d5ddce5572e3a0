// The CLI runs the same entry as the action: flags are input names, the exit code is the action's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineEnv, ROOT } from '../harness.js';
import { ACTIONS } from '../../src/actions/registry.js';

const cli = join(ROOT, 'dist', 'cli', 'index.js');
const run = (args: string[], cwd: string, input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input, env: machineEnv() });

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'cli-'));
  for (const [k, v] of Object.entries(files)) writeFileSync(join(d, k), v);
  return d;
}

describe('model-cd CLI', () => {
  it('lists the actions and generates per-action help from action.yml', () => {
    const top = run(['--help'], ROOT);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/lint-dockerfile\s+Lint Dockerfiles/);
    const help = run(['lint-dockerfile', '--help'], ROOT);
    expect(help.stdout).toMatch(/--failure-threshold/);
    expect(help.stdout).toMatch(/--format \(default: tty\)/);
    expect(help.stdout).toMatch(/Outputs/);
  });

  it('lints files given as positional arguments and prints outputs on stderr', () => {
    const d = dir({ Dockerfile: 'FROM debian\nWORKDIR app\n' });
    const r = run(['lint-dockerfile', 'Dockerfile', '--shellcheck', 'off'], d);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Dockerfile:1 DL3006 warning: Always tag the version of an image explicitly');
    expect(r.stdout).toContain('Dockerfile:2 DL3000 error: Use absolute WORKDIR');
    expect(r.stderr).toContain('output errors=1');
  });

  it('prints pure JSON on stdout with --format json, and --no-fail gives exit 0', () => {
    const d = dir({ Dockerfile: 'FROM debian\n' });
    const r = run(['lint-dockerfile', '--files', 'Dockerfile', '--format', 'json', '--no-fail', '--shellcheck', 'off'], d);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ code: 'DL3006', column: 1, file: 'Dockerfile', level: 'warning', line: 1, message: 'Always tag the version of an image explicitly' }]);
  });

  it('reads a Dockerfile from standard input as `-`', () => {
    const r = run(['lint-dockerfile', '-', '--format', 'json', '--shellcheck', 'off', '--no-fail'], ROOT, 'FROM debian:12\nRUN cd /x\n');
    expect(JSON.parse(r.stdout).map((f: { code: string }) => f.code)).toEqual(['DL3003']);
  });

  it('names an unknown flag or action with what is allowed, exit 2', () => {
    const flag = run(['lint-dockerfile', '--formt', 'json'], ROOT);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/flag: "--formt" is not an input of lint-dockerfile. Inputs: --files,/);
    const action = run(['lint-dokerfile'], ROOT);
    expect(action.status).toBe(2);
    expect(action.stderr).toContain(`unknown action "lint-dokerfile". Actions: ${Object.keys(ACTIONS).sort().join(', ')}.`);
  });
});
