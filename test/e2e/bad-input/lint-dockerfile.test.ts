// lint-dockerfile given bad inputs, and given a shellcheck that misbehaves (helper.ts says what
// each case must show).
import { beforeAll, describe, expect, it } from 'vitest';
import { machineEnv, runStep } from '../../harness.js';
import { badWorkspace, corpus, errorsOf, fakeTool, UNWRITABLE, type BadCase } from './helper.js';

let workspace: string;
const base = { files: 'Dockerfile', format: 'tty', 'failure-threshold': 'none', annotations: 'true', shellcheck: 'off' };

beforeAll(() => {
  workspace = badWorkspace('lint', { Dockerfile: 'FROM debian:12\nRUN cd /tmp && echo $HOME\n' });
});

const cases: BadCase[] = [
  { name: 'a glob with a reversed character class', inputs: { files: '[z-a]*' }, names: /^input `files`: "\[z-a\]\*" has the invalid character class \[z-a\]/ },
  { name: 'a file that does not exist', inputs: { files: 'nope/Dockerfile' }, names: 'input `files`' },
  { name: 'no files at all', inputs: { files: '' }, names: 'input `files`' },
  { name: 'a folder with no Dockerfile', inputs: { files: 'a-folder' }, names: 'input `files`' },
  { name: 'a name in unicode that does not exist', inputs: { files: 'Dockérfile☃' }, names: 'input `files`' },
  { name: 'a typo in format', inputs: { format: 'sarf' }, names: 'input `format`' },
  { name: 'a typo in failure-threshold', inputs: { 'failure-threshold': 'eror' }, names: 'input `failure-threshold`' },
  { name: 'a config that does not exist', inputs: { config: 'nope.yaml' }, names: 'input `config`' },
  { name: 'a config that is not YAML config', inputs: { config: 'Dockerfile' }, names: 'config file Dockerfile' },
  { name: 'annotations that are not a boolean', inputs: { annotations: 'yes' }, names: 'input `annotations`' },
  { name: 'a shellcheck path that does not exist', inputs: { shellcheck: '/nope/shellcheck' }, names: 'input `shellcheck`' },
  { name: 'output-file is a folder', inputs: { 'output-file': 'a-folder' }, names: /^input `output-file`: "a-folder" is a folder/ },
  { name: 'output-file ends with a slash', inputs: { 'output-file': 'reports/' }, names: /^input `output-file`: "reports\/" ends with a slash/ },
  ...Object.entries(UNWRITABLE('a-file')).map(([where, path]) => ({ name: `output-file ${where}`, inputs: { 'output-file': path }, names: `input \`output-file\`: ${JSON.stringify(path)}` })),
  { name: 'output-file in /proc, on a file that exists', inputs: { 'output-file': '/proc/version' }, names: 'input `output-file`: "/proc/version" cannot be written' },
  // A device that refuses every write: the step must fail, not report success with nothing written.
  { name: 'output-file on a full device', inputs: { 'output-file': '/dev/full' }, names: /^no space left to write \/dev\/full \(ENOSPC\).*`output-file`/ },
];

corpus('lint-dockerfile', cases, () => ({ workspace, base }));

// A shellcheck that fails, prints something else or hangs costs the SC checks, with one warning
// that says so; the DL rules still run and the step is not failed for it.
const tools: { name: string; body: string; says: RegExp }[] = [
  { name: 'exits 3 and prints nothing', body: 'exit 3', says: /exited with 3 and printed no result/ },
  { name: 'exits 2 with a message', body: 'echo "broken install" >&2; exit 2', says: /exited with 2: broken install/ },
  { name: 'prints text, not JSON', body: 'echo hello; exit 1', says: /printed something that is not ShellCheck's json1 output \("hello"\)/ },
  { name: 'prints JSON of another shape', body: `echo '{"x": 1}'`, says: /not ShellCheck's json1 output/ },
  { name: 'never returns', body: 'sleep 600', says: /did not finish within 10 s and was stopped/ },
];

describe('lint-dockerfile: a shellcheck that misbehaves', () => {
  for (const t of tools) {
    it(`${t.name}: one warning, SC checks skipped, DL checks kept`, async () => {
      const fake = fakeTool('shellcheck', t.body);
      const r = await runStep('lint-dockerfile', { workspace, inputs: { ...base, shellcheck: 'auto' }, env: { PATH: `${fake}:${machineEnv().PATH}` } });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(errorsOf(r)).toEqual([]);
      const warnings = r.annotations.filter((a) => a.command === 'warning' && !a.props.file).map((a) => a.message);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^ShellCheck failed, so the SC checks on RUN scripts were skipped: .*\/shellcheck /);
      expect(warnings[0]).toMatch(t.says);
      // DL3003 (cd in RUN) still found; no SC finding made up.
      const codes = JSON.parse(r.outputs.results ?? '[]').map((f: { code: string }) => f.code);
      expect(codes).toContain('DL3003');
      expect(codes.filter((c: string) => c.startsWith('SC'))).toEqual([]);
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    }, 40_000);
  }

  it('the real shellcheck still gives SC findings (so the cases above test the fallback, not a broken seam)', async () => {
    const r = await runStep('lint-dockerfile', { workspace, inputs: { ...base, shellcheck: 'auto' } });
    expect(errorsOf(r)).toEqual([]);
    const codes = JSON.parse(r.outputs.results ?? '[]').map((f: { code: string }) => f.code);
    expect(codes).toContain('SC2086');
  });
});
