// test-model given bad inputs (helper.ts says what each case must show).
import { beforeAll } from 'vitest';
import { fixtures } from '../../setup/fixtures.js';
import { badWorkspace, corpus, reversedMergeGlob, unwritableFolderCases, type BadCase } from './helper.js';

let workspace: string;
let base: Record<string, string>;

beforeAll(() => {
  workspace = badWorkspace('test-model');
  const f = fixtures();
  base = { candidate: f.model('binary.onnx'), data: f.data('binary.csv'), 'label-column': 'label', 'data-format': 'auto', task: 'auto', 'champion-missing': 'pass', 'default-gate': 'auto', 'fail-on-gates': 'true', 'batch-size': '256', 'report-dir': 'report' };
});

const cases: BadCase[] = [
  { name: 'a candidate that does not exist', inputs: { candidate: 'nope.onnx' }, names: 'input `candidate`' },
  { name: 'a candidate that is not ONNX', inputs: { candidate: fixtures().model('not_onnx.onnx') }, names: 'input `candidate`' },
  { name: 'an empty data', inputs: { data: '' }, names: 'input `data`' },
  { name: 'a batch-size that is not a number', inputs: { 'batch-size': 'NaN' }, names: 'input `batch-size`' },
  { name: 'a negative batch-size', inputs: { 'batch-size': '-5' }, names: 'input `batch-size`' },
  { name: 'a typo in task', inputs: { task: 'binray' }, names: 'input `task`' },
  { name: 'gates that are neither a file nor YAML', inputs: { gates: 'accuracy >>> 3' }, names: 'input `gates`' },
  reversedMergeGlob,
  ...unwritableFolderCases('report-dir', 'a-file'),
];

corpus('test-model', cases, () => ({ workspace, base }));
