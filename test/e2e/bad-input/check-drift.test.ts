// check-drift given bad inputs (helper.ts says what each case must show).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { fixtures } from '../../setup/fixtures.js';
import { expectCleanFailure, UNWRITABLE, type BadCase } from './helper.js';

let workspace: string;
let base: Record<string, string>;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bad-drift-'));
  writeFileSync(join(workspace, 'a-file'), 'not a folder');
  mkdirSync(join(workspace, 'a-folder'));
  const data = fixtures().data('binary.csv');
  base = { reference: data, current: data, 'data-format': 'auto', 'drift-share': '0.5', 'exact-limit': '100', 'fail-on-drift': 'true', 'missing-columns': 'fail', 'report-dir': 'report' };
});

const cases: BadCase[] = [
  { name: 'a reference that does not exist', inputs: { reference: 'nope.csv' }, names: 'input `reference`' },
  { name: 'a reference that is a folder', inputs: { reference: 'a-folder' }, names: 'input `reference`' },
  { name: 'an empty current', inputs: { current: '' }, names: 'input `current`' },
  { name: 'a typo in data-format', inputs: { 'data-format': 'cvs' }, names: 'input `data-format`' },
  { name: 'a threshold that is not a number', inputs: { threshold: 'NaN' }, names: 'input `threshold`' },
  { name: 'a drift-share above 1', inputs: { 'drift-share': '2' }, names: 'input `drift-share`' },
  { name: 'a typo in method', inputs: { method: 'kss' }, names: 'input `method`' },
  { name: 'a shard out of range', inputs: { shard: '3/2' }, names: 'input `shard`' },
  { name: 'a merge glob with a reversed character class', inputs: { merge: 'partials/[z-a]*.json' }, names: /^input `merge`: "partials\/\[z-a\]\*\.json" has the invalid character class \[z-a\]/ },
  { name: 'report-dir is a file', inputs: { 'report-dir': 'a-file' }, names: /^input `report-dir`: "a-file" is a file/ },
  { name: 'report-dir on a device', inputs: { 'report-dir': '/dev/full' }, names: /^input `report-dir`: "\/dev\/full" is a device/ },
  ...Object.entries(UNWRITABLE('a-file')).map(([where, p]) => ({ name: `report-dir ${where}`, inputs: { 'report-dir': p }, names: `input \`report-dir\`: ${JSON.stringify(p)}` })),
];

describe('check-drift: bad inputs fail cleanly', () => {
  for (const c of cases) {
    it(c.name, async () => {
      await expectCleanFailure('check-drift', { ...c, inputs: { ...base, ...c.inputs } }, { workspace });
    });
  }
});
