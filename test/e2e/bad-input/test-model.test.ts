// test-model given bad inputs (helper.ts says what each case must show).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { fixtures } from '../../setup/fixtures.js';
import { expectCleanFailure, UNWRITABLE, type BadCase } from './helper.js';

let workspace: string;
let base: Record<string, string>;
let notOnnx: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bad-test-model-'));
  writeFileSync(join(workspace, 'a-file'), 'not a folder');
  const f = fixtures();
  notOnnx = f.model('not_onnx.onnx');
  base = { candidate: f.model('binary.onnx'), data: f.data('binary.csv'), 'label-column': 'label', 'data-format': 'auto', task: 'auto', 'champion-missing': 'pass', 'default-gate': 'auto', 'fail-on-gates': 'true', 'batch-size': '256', 'report-dir': 'report' };
});

const cases: BadCase[] = [
  { name: 'a candidate that does not exist', inputs: { candidate: 'nope.onnx' }, names: 'input `candidate`' },
  { name: 'a candidate that is not ONNX', inputs: { candidate: '<not-onnx>' }, names: 'input `candidate`' },
  { name: 'an empty data', inputs: { data: '' }, names: 'input `data`' },
  { name: 'a batch-size that is not a number', inputs: { 'batch-size': 'NaN' }, names: 'input `batch-size`' },
  { name: 'a negative batch-size', inputs: { 'batch-size': '-5' }, names: 'input `batch-size`' },
  { name: 'a typo in task', inputs: { task: 'binray' }, names: 'input `task`' },
  { name: 'gates that are neither a file nor YAML', inputs: { gates: 'accuracy >>> 3' }, names: 'input `gates`' },
  { name: 'a merge glob with a reversed character class', inputs: { merge: '[z-a]*.json' }, names: /^input `merge`: "\[z-a\]\*\.json" has the invalid character class \[z-a\]/ },
  { name: 'report-dir is a file', inputs: { 'report-dir': 'a-file' }, names: /^input `report-dir`: "a-file" is a file/ },
  { name: 'report-dir on a device', inputs: { 'report-dir': '/dev/full' }, names: /^input `report-dir`: "\/dev\/full" is a device/ },
  ...Object.entries(UNWRITABLE('a-file')).map(([where, p]) => ({ name: `report-dir ${where}`, inputs: { 'report-dir': p }, names: `input \`report-dir\`: ${JSON.stringify(p)}` })),
];

describe('test-model: bad inputs fail cleanly', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const inputs = { ...base, ...c.inputs };
      if (inputs.candidate === '<not-onnx>') inputs.candidate = notOnnx;
      await expectCleanFailure('test-model', { ...c, inputs }, { workspace });
    });
  }
});
