// check-drift given bad inputs (helper.ts says what each case must show).
import { beforeAll } from 'vitest';
import { fixtures } from '../../setup/fixtures.js';
import { badWorkspace, corpus, reversedMergeGlob, unwritableFolderCases, type BadCase } from './helper.js';

let workspace: string;
let base: Record<string, string>;

beforeAll(() => {
  workspace = badWorkspace('drift');
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
  reversedMergeGlob,
  ...unwritableFolderCases('report-dir', 'a-file'),
];

corpus('check-drift', cases, () => ({ workspace, base }));
