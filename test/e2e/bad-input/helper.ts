// The bad-input corpus: each case runs an action's bundle as the runner does (test/harness.ts)
// and asserts what the policy promises a user who got an input wrong: exit code 1, exactly one
// `::error::` that names the input or object, no stack trace, and nothing left behind in the
// folders the step could have written.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../../harness.js';

export interface BadCase {
  name: string;
  inputs: Record<string, string>;
  /** What the one error must name: the input (e.g. "`output-file`") or the object. */
  names: string | RegExp;
  env?: Record<string, string>;
}

/** Every file and folder under `dir` (hidden and temporary ones too), relative to it. */
export function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

export const errorsOf = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

/** Runs `c` and checks the policy; `watch` are the folders that must be as they were. */
export async function expectCleanFailure(action: string, c: BadCase, o: { workspace: string; watch?: string[]; env?: Record<string, string> }): Promise<StepResult> {
  const folders = [o.workspace, ...(o.watch ?? [])];
  const before = folders.map(tree);
  const r = await runStep(action, { workspace: o.workspace, inputs: c.inputs, env: { ...o.env, ...c.env } });
  const log = r.stdout + r.stderr;
  expect(r.exitCode, log).toBe(1);
  const errors = errorsOf(r);
  expect(errors, log).toHaveLength(1);
  const [error] = errors as [string];
  if (typeof c.names === 'string') expect(error).toContain(c.names);
  else expect(error).toMatch(c.names);
  expect(error).not.toMatch(/unexpected failure|please report/i);
  expect(log).not.toMatch(/^\s+at /m);
  expect(folders.map(tree), 'files left behind').toEqual(before);
  return r;
}

/** A folder with an executable `name` script holding `body`, to put first on PATH. */
export function fakeTool(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fake-${name}-`));
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, name), 0o755);
  return dir;
}

/**
 * Paths that cannot be written whoever runs the test (root included): a file where a folder
 * must be, /proc and /sys, which refuse new files, and a device that is always full. `blocker`
 * is a file in the workspace.
 */
export const UNWRITABLE = (blocker: string) => ({
  'under a file': `${blocker}/out`,
  'in /proc': '/proc/model-cd-nope/out',
  'in /sys': '/sys/kernel/model-cd-nope',
});

/** Cases for a folder input (e.g. report-dir) that cannot be written; `blocker` is a file in the workspace. */
export function unwritableFolderCases(input: string, blocker: string): BadCase[] {
  return [
    { name: `${input} is a file`, inputs: { [input]: blocker }, names: `input \`${input}\`: ${JSON.stringify(blocker)} is a file` },
    { name: `${input} on a device`, inputs: { [input]: '/dev/full' }, names: `input \`${input}\`: "/dev/full" is a device` },
    ...Object.entries(UNWRITABLE(blocker)).map(([where, p]) => ({ name: `${input} ${where}`, inputs: { [input]: p }, names: `input \`${input}\`: ${JSON.stringify(p)}` })),
  ];
}

/**
 * One test a case, each run over `base()` (read when the test runs, after beforeAll), then a
 * check that /dev/full, which some cases aim at, is still the device it was.
 */
export function corpus(action: string, cases: BadCase[], o: () => { workspace: string; base: Record<string, string>; env?: Record<string, string> }): void {
  describe(`${action}: bad inputs fail cleanly`, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const { workspace, base, env } = o();
        await expectCleanFailure(action, { ...c, inputs: { ...base, ...c.inputs } }, { workspace, ...(env ? { env } : {}) });
      });
    }
    it('leaves /dev/full the device it was (nothing is renamed over it)', () => {
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    });
  });
}

/** A fresh workspace holding `a-file` (a file where a folder may be asked for), `a-folder` and `files`. */
export function badWorkspace(prefix: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `bad-${prefix}-`));
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  mkdirSync(join(dir, 'a-folder'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The `merge` glob with a reversed character class, which check-drift and test-model both take. */
export const reversedMergeGlob: BadCase = { name: 'a merge glob with a reversed character class', inputs: { merge: 'partials/[z-a]*.json' }, names: 'input `merge`: "partials/[z-a]*.json" has the invalid character class [z-a]' };
