// test-model run as the runner runs it (the bundle, through test/harness.ts) on the seeded models
// and holdout sets of scripts/fixtures/make-models.py, with onnxruntime-node resolved the way a
// runner resolves it (downloaded once into the tool cache). Metrics are compared with
// scikit-learn's on Python onnxruntime's predictions of the same rows.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../../harness.js';
import { fixtures, type Fixtures } from '../../setup/fixtures.js';
import { expectClose, sklearn } from '../../unit/evaluate/oracle.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const ORT_PREDICT = join(import.meta.dirname, '..', '..', 'evaluate', 'py', 'ort_predict.py');

let fx: Fixtures;
let workspace: string;

beforeAll(() => {
  fx = fixtures();
  workspace = mkdtempSync(join(tmpdir(), 'test-model-'));
});

function step(inputs: Record<string, string>): Promise<StepResult> {
  return runStep('test-model', { workspace, inputs: { 'report-dir': mkdtempSync(join(workspace, 'report-')), ...inputs }, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const report = (r: StepResult) => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { passed: boolean; rows: number; task: string; candidate: { metrics: Record<string, number | null>; details: Record<string, unknown>; warnings: string[] }; champion: { metrics: Record<string, number | null> } | null; gates: { metric: string; passed: boolean; isDefault?: true; checks: { kind: string; requirement: string; passed: boolean; skipped?: string }[] }[]; comparison: unknown };

interface OrtPrediction {
  labels: string[] | null;
  probabilities: number[][] | null;
  classes: string[] | null;
  values: number[] | null;
}

async function pythonPredict(model: string, data: string, features: unknown, labelOutput: string, probaOutput = ''): Promise<OrtPrediction> {
  const { stdout } = await promisify(execFile)(fx.python, [ORT_PREDICT, fx.model(model), fx.data(data), JSON.stringify(features), labelOutput, probaOutput], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as OrtPrediction;
}

function csvColumn(data: string, column: string): string[] {
  const [header, ...rows] = readFileSync(fx.data(data), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const i = (header as string).split(',').indexOf(column);
  return rows.map((r) => r.split(',')[i] as string);
}

/** Probabilities closer than 1e-6 outside [0, 1] are float32 rounding, which test-model clamps. */
const clamp = (rows: number[][]) => rows.map((r) => r.map((v) => (v < 0 && v >= -1e-6 ? 0 : v > 1 && v <= 1 + 1e-6 ? 1 : v)));

const SKLEARN_KEYS = ['count', 'classes', 'accuracy', 'balancedAccuracy', 'precision', 'recall', 'f1', 'confusionMatrix', 'rocAuc', 'logLoss'];
const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

describe('test-model: classification against scikit-learn', () => {
  for (const [model, data] of [
    ['candidate_better.onnx', 'binary.csv'],
    ['binary_nozipmap.onnx', 'binary.csv'],
    ['multiclass.onnx', 'multiclass.csv'],
  ] as const) {
    it(`${model} on ${data}: every metric equals sklearn's on Python onnxruntime's predictions`, async () => {
      const meta = fx.manifest.models[model];
      if (!meta) throw new Error(`no ${model} in the fixture manifest`);
      const r = await step({ candidate: fx.model(model), data: fx.data(data), 'label-column': meta.label_column ?? 'label' });
      expect(errors(r), r.stdout).toEqual([]);
      expect(r.exitCode).toBe(0);
      const ours = report(r);
      const py = await pythonPredict(model, data, meta.feature_columns, meta.label_output ?? '', meta.probability_output ?? '');
      const expected = await sklearn({ task: 'classification', y_true: csvColumn(data, meta.label_column ?? 'label'), y_pred: py.labels, proba: clamp(py.probabilities ?? []), classes: py.classes });
      expectClose(pick(ours.candidate.details, SKLEARN_KEYS), pick(expected, SKLEARN_KEYS));
      // The accuracy the fixture generator measured with the Python model itself.
      expect(ours.candidate.metrics.accuracy).toBeCloseTo(meta.accuracy as number, 12);
    });
  }

  it('reads the same rows from CSV, JSON Lines and Parquet to the same metrics', async () => {
    const metrics = [];
    for (const data of ['multiclass.csv', 'multiclass.jsonl', 'multiclass.parquet']) {
      const r = await step({ candidate: fx.model('multiclass.onnx'), data: fx.data(data) });
      expect(errors(r), r.stdout).toEqual([]);
      const m = report(r).candidate.metrics;
      metrics.push(Object.fromEntries(Object.entries(m).filter(([k]) => !k.startsWith('latency') && k !== 'rows_per_second')));
    }
    expect(metrics[1]).toEqual(metrics[0]);
    expect(metrics[2]).toEqual(metrics[0]);
  });
});

describe('test-model: regression and input mappings', () => {
  it('a regressor: MAE, MSE, RMSE, R2 and MAPE equal sklearn on Python onnxruntime values', async () => {
    const meta = fx.manifest.models['regressor.onnx'];
    if (!meta) throw new Error('no regressor.onnx in the fixture manifest');
    const r = await step({ candidate: fx.model('regressor.onnx'), data: fx.data('regression.csv'), 'label-column': meta.label_column ?? 'target' });
    expect(errors(r), r.stdout).toEqual([]);
    const ours = report(r);
    expect(ours.task).toBe('regression');
    const py = await pythonPredict('regressor.onnx', 'regression.csv', meta.feature_columns, meta.outputs[0]?.name ?? '');
    const expected = await sklearn({ task: 'regression', y_true: csvColumn('regression.csv', meta.label_column ?? 'target').map(Number), y_pred: py.values });
    expectClose(pick(ours.candidate.details, ['count', 'mae', 'mse', 'rmse', 'r2', 'mape']), pick(expected, ['count', 'mae', 'mse', 'rmse', 'r2', 'mape']));
  });

  it('a model with a fixed batch of 1 runs row by row and agrees with the dynamic one', async () => {
    const fixed = await step({ candidate: fx.model('fixed_batch.onnx'), data: fx.data('regression.csv'), 'label-column': 'target' });
    const dynamic = await step({ candidate: fx.model('regressor.onnx'), data: fx.data('regression.csv'), 'label-column': 'target' });
    expect(errors(fixed), fixed.stdout).toEqual([]);
    expectClose(report(fixed).candidate.metrics.r2, report(dynamic).candidate.metrics.r2);
  });

  it('a model with two named inputs gets its columns from the contract', async () => {
    const contract = join(workspace, 'multi.yaml');
    writeFileSync(contract, ['data:', '  label: label', '  inputs:', '    numeric: [n0, n1, n2]', '    extra: [e0, e1]', ''].join('\n'));
    const r = await step({ candidate: fx.model('multi_input.onnx'), data: fx.data('multi_input.csv'), contract });
    expect(errors(r), r.stdout).toEqual([]);
    expect(report(r).candidate.metrics.accuracy).toBeCloseTo(fx.manifest.models['multi_input.onnx']?.accuracy as number, 12);
    const without = await step({ candidate: fx.model('multi_input.onnx'), data: fx.data('multi_input.csv') });
    expect(errors(without)[0]).toMatch(/has 2 inputs and the data has no columns of those names: map them in the contract/);
  });
});

describe('test-model: gates, with and without a champion', () => {
  const gates = '{accuracy: {threshold: 0.8, min_relative_change: 0.0}, log_loss: {min_absolute_change: 0.001}}';

  it('a better candidate passes every gate, with the champion compared', async () => {
    const r = await step({ candidate: fx.model('candidate_better.onnx'), champion: fx.model('champion.onnx'), data: fx.data('binary.csv'), gates });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const metrics = JSON.parse(r.outputs.metrics as string) as { candidate: Record<string, number>; champion: Record<string, number>; deltas: Record<string, number> };
    expect(metrics.champion.accuracy).toBeCloseTo(fx.manifest.models['champion.onnx']?.accuracy as number, 12);
    expect(metrics.deltas.accuracy).toBeCloseTo((metrics.candidate.accuracy as number) - (metrics.champion.accuracy as number), 15);
    expect(r.summary).toMatch(/^### ✅ test-model: the candidate may ship — all 2 gates passed/);
    expect(r.summary).toContain('| accuracy | 0.9055 | 0.8665 | +0.0390 | ✅ >= 0.8<br>✅ >= champion (0.8665) |');
  });

  it('a worse candidate fails, naming each failed gate, and the step fails', async () => {
    const r = await step({ candidate: fx.model('candidate_worse.onnx'), champion: fx.model('champion.onnx'), data: fx.data('binary.csv'), gates });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const failed = errors(r);
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatch(/^gate accuracy: candidate 0\.6925, champion 0\.8665; >= 0\.8; >= champion \(0\.8665\)$/);
    expect(failed[1]).toMatch(/^gate log_loss: candidate [\d.]+, champion [\d.]+; <= champion - 0\.001 \([\d.]+\)$/);
    expect(r.summary).toMatch(/^### ❌ test-model: the candidate may not ship — 2 gates failed \(accuracy, log_loss\)/);
    const noFail = await step({ candidate: fx.model('candidate_worse.onnx'), champion: fx.model('champion.onnx'), data: fx.data('binary.csv'), gates, 'fail-on-gates': 'false' });
    expect(noFail.exitCode).toBe(0);
    expect(noFail.outputs.passed).toBe('false');
  });

  it('without a champion (first deployment) comparisons are skipped, or fail with champion-missing: fail', async () => {
    const first = await step({ candidate: fx.model('candidate_worse.onnx'), data: fx.data('binary.csv'), gates: '{accuracy: {threshold: 0.6, min_relative_change: 0.0}}' });
    expect(errors(first), first.stdout).toEqual([]);
    expect(first.outputs.passed).toBe('true');
    const checks = report(first).gates[0]?.checks;
    expect(checks).toEqual([
      { kind: 'threshold', requirement: '>= 0.6', passed: true },
      { kind: 'min_relative_change', requirement: '>= champion', passed: true, skipped: 'no champion value (first deployment, or the champion lacks this metric)' },
    ]);
    expect(first.summary).toMatch(/all 1 gate passed \(no champion: first deployment\)/);
    const strict = await step({ candidate: fx.model('candidate_worse.onnx'), data: fx.data('binary.csv'), gates: '{accuracy: {threshold: 0.6, min_relative_change: 0.0}}', 'champion-missing': 'fail' });
    expect(strict.exitCode).toBe(1);
  });
});

describe('test-model: a champion comparison means something by default', () => {
  const pair = (candidate: string, more: Record<string, string> = {}) => step({ candidate: fx.model(candidate), champion: fx.model('champion.onnx'), data: fx.data('binary.csv'), ...more });

  it('with a champion and no gates, a much worse candidate fails the default non-regression gate on roc_auc', async () => {
    const r = await pair('candidate_worse.onnx');
    expect(r.exitCode).toBe(1);
    const ours = report(r);
    expect(ours.gates).toHaveLength(1);
    expect(ours.gates[0]).toMatchObject({ metric: 'roc_auc', isDefault: true, passed: false });
    expect(ours.gates[0]?.checks[0]?.requirement).toMatch(/^not significantly worse than champion \(level 0\.05\): Δ -[\d.]+, 95% paired bootstrap interval \[-[\d.]+, -[\d.]+\] \(1000 resamples\)$/);
    expect(r.summary).toMatch(/^### ❌ test-model: the candidate may not ship — 1 gate failed \(roc_auc\)/);
    expect(r.summary).toContain('No gate compared with the champion, so test-model applied its default: `roc_auc` must not be significantly worse');
    expect(r.summary).toMatch(/\*\*Paired test on `roc_auc`\*\* \(the same rows, resampled\): significantly worse at level 0\.05/);
    // default-gate: none is the old behaviour, said plainly.
    const none = await pair('candidate_worse.onnx', { 'default-gate': 'none' });
    expect(none.exitCode).toBe(0);
    expect(none.summary).toMatch(/^### ✅ test-model: the candidate may ship — no gates set/);
  });

  it('a better candidate passes it, and a gate that compares with the champion replaces it', async () => {
    const better = await pair('candidate_better.onnx');
    expect(errors(better), better.stdout).toEqual([]);
    expect(report(better).gates.map((g) => [g.metric, g.isDefault, g.passed])).toEqual([['roc_auc', true, true]]);
    const own = await pair('candidate_better.onnx', { gates: '{accuracy: {min_relative_change: 0.5}}' });
    expect(report(own).gates.map((g) => [g.metric, g.isDefault, g.passed])).toEqual([['accuracy', undefined, false]]);
  });

  it('significance_level on accuracy is McNemar exact on the rows the two models disagree on', async () => {
    const r = await pair('candidate_worse.onnx', { gates: '{accuracy: {significance_level: 0.01}}' });
    expect(r.exitCode).toBe(1);
    const check = report(r).gates[0]?.checks[0];
    expect(check?.requirement).toMatch(/^not significantly worse than champion \(level 0\.01\): McNemar exact p = [\d.e-]+ \(\d+ rows only the candidate got right, \d+ only the champion\)$/);
    const [, b, c] = /\((\d+) rows only the candidate got right, (\d+) only the champion/.exec(check?.requirement ?? '') ?? [];
    const rows = report(r).rows;
    // b - c over the rows is the accuracy difference the table shows.
    expect((Number(b) - Number(c)) / rows).toBeCloseTo((report(r).candidate.metrics.accuracy as number) - (report(r).champion?.metrics.accuracy as number), 12);
    const bad = await pair('candidate_worse.onnx', { gates: '{f1: {significance_level: 0.05}}' });
    expect(errors(bad)[0]).toMatch(/^input `gates`: gate `f1`.significance_level: "f1" has no paired test\. significance_level works on accuracy, roc_auc, rmse, mse, mae, r2; use min_relative_change for f1\.$/);
  });
});

describe('test-model: the model contract', () => {
  it('reports every difference between the contract and the real model as declared vs found', async () => {
    const contract = join(workspace, 'binary-contract.yaml');
    writeFileSync(
      contract,
      [
        'version: 1',
        'task: binary',
        'model:',
        '  inputs:',
        '    - {name: features, type: float32, shape: [batch, 6]}',
        '  outputs:',
        '    - {name: output_label, type: int64, shape: [batch]}',
        '    - {name: output_probability, type: "seq(map(int64, float32))"}',
        '  labels: [0, 1]',
        'data:',
        '  label: label',
        '  columns:',
        '    f0: float',
        '    label: {type: int, nulls: forbid}',
        'gates:',
        '  accuracy: {threshold: 0.8}',
        '',
      ].join('\n'),
    );
    const ok = await step({ candidate: fx.model('binary.onnx'), data: fx.data('binary.csv'), contract });
    expect(errors(ok), ok.stdout).toEqual([]);
    expect(ok.outputs.passed).toBe('true');
    const broken = await step({ candidate: fx.model('wrong_input_names.onnx'), data: fx.data('binary.csv'), contract });
    expect(broken.exitCode).toBe(1);
    expect(errors(broken)).toEqual([
      'input `features`: declared, but the candidate has no such input (it has `x`).',
      'input `x`: not declared, but the candidate has it (float32[?,6]).',
    ]);
    expect(broken.summary).toMatch(/^### ❌ test-model: the candidate breaks the model contract \(2 differences\)/);
    // model-contract.yaml in the working directory is found without the input.
    const own = mkdtempSync(join(workspace, 'own-'));
    writeFileSync(join(own, 'model-contract.yaml'), readFileSync(contract));
    const found = await runStep('test-model', { workspace: own, inputs: { candidate: fx.model('wrong_input_names.onnx'), data: fx.data('binary.csv') }, ...(node ? { node } : {}) });
    expect(errors(found)).toHaveLength(2);
    const fixed = await step({ candidate: fx.model('fixed_batch.onnx'), data: fx.data('regression.csv'), contract: contract, 'label-column': 'target' });
    expect(errors(fixed), JSON.stringify(errors(fixed))).toContain('input `features`: shape declared [batch, 6], found [1, 5] (dimension 0 is fixed to 1 in the model but declared dynamic).');
  });

  it('names the file and key of a mistake in the contract', async () => {
    const contract = join(workspace, 'bad-contract.yaml');
    writeFileSync(contract, 'model:\n  inputs:\n    - {name: features, type: float33}\n');
    const r = await step({ candidate: fx.model('binary.onnx'), data: fx.data('binary.csv'), contract });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^contract .*bad-contract\.yaml: `model\.inputs`\[0\] \(features\)\.type: "float33" is not an ONNX type/)]);
    writeFileSync(contract, 'gates:\n  accuracy: {min_absolute_change: 0}\n');
    const zero = await step({ candidate: fx.model('binary.onnx'), data: fx.data('binary.csv'), contract });
    expect(errors(zero)[0]).toMatch(/gate `accuracy`\.min_absolute_change: "0" must be a positive number/);
  });
});

describe('test-model: bad models and bad data', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a truncated model', { candidate: 'truncated.onnx' }, /^input `candidate`: ".*truncated\.onnx" is not an ONNX model \(.*\)\. Check that the file is the exported \.onnx, complete/],
    ['a file that is not ONNX', { candidate: 'not_onnx.onnx' }, /^input `candidate`: ".*not_onnx\.onnx" is not an ONNX model/],
    ['an unsupported operator', { candidate: 'unsupported_op.onnx' }, /^input `candidate`: ".*unsupported_op\.onnx" cannot be loaded by onnxruntime: .*NoSuchOp/],
    ['a non-numeric value', { data: 'bad_value.csv' }, /row 17, column `f3`: "abc" is not a number, but the model's input `features` takes float32/],
    ['an empty dataset', { data: 'empty.csv' }, /has no data rows/],
    ['a missing column', { data: 'missing_column.csv' }, /f5.*the data has no such column|takes 6 values per row, but 5 columns/],
    ['NaN and infinity', { data: 'nan_inf.csv' }, /is NaN or infinite\. Clean the data, or allow it with nulls: allow/],
    ['a missing label column', { 'label-column': 'truth' }, /^input `label-column`: "truth" is not a column of/],
  ];
  for (const [name, inputs, message] of cases) {
    it(`${name}: one clear error, no stack`, async () => {
      const model = inputs.candidate ? fx.model(inputs.candidate) : fx.model('binary.onnx');
      const r = await step({ ...inputs, data: fx.data(inputs.data ?? 'binary.csv'), candidate: model });
      expect(r.exitCode, r.stdout).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(message)]);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(/);
    });
  }

  it('a label the model never outputs counts as an error and is named in the warnings', async () => {
    const r = await step({ candidate: fx.model('binary.onnx'), data: fx.data('unknown_label.csv') });
    expect(errors(r), r.stdout).toEqual([]);
    const ours = report(r);
    expect(ours.candidate.warnings.some((w) => /the true label "2" \(\d+ rows?\) is not a class the model outputs \(0, 1\)/.test(w))).toBe(true);
    expect(ours.candidate.metrics.log_loss).toBeNull();
  });

  it('an extra column is ignored when the features are named', async () => {
    const r = await step({ candidate: fx.model('binary.onnx'), data: fx.data('extra_column.csv'), features: 'f0,f1,f2,f3,f4,f5' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(report(r).candidate.metrics.accuracy).toBeCloseTo(fx.manifest.models['binary.onnx']?.accuracy as number, 12);
  });

  it('a CSV with a BOM, CRLF and quoted newlines gives the same predictions as the plain rows', async () => {
    const r = await step({ candidate: fx.model('binary.onnx'), data: fx.data('tricky.csv'), features: 'f0,f1,f2,f3,f4,f5' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(report(r).rows).toBe(100);
  });
});

describe('test-model from the CLI', () => {
  it('tests the example model of `npm run demo` against its champion and contract: it may ship', () => {
    const report = mkdtempSync(join(workspace, 'cli-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'test-model', '--candidate', 'examples/model/candidate.onnx', '--champion', 'examples/model/champion.onnx', '--data', 'examples/model/holdout.csv', '--contract', 'examples/model/model-contract.yaml', '--report-dir', report], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('✅ test-model: the candidate may ship — all 4 gates passed');
    expect(r.stdout).toContain('| accuracy | 0.8710 | 0.8665 | +0.0045 | ✅ >= 0.8<br>✅ >= champion (0.8665) |');
    expect(r.stderr).toContain('output passed=true');
    expect(JSON.parse(readFileSync(join(report, 'report.json'), 'utf8')).passed).toBe(true);
  });
});

describe('test-model sharded over a matrix', () => {
  const inputs = () => ({ candidate: fx.model('candidate_better.onnx'), champion: fx.model('champion.onnx'), data: fx.data('binary.csv'), 'batch-size': '128', gates: '{accuracy: {threshold: 0.8, min_relative_change: 0.0}}' });
  const quality = (m: Record<string, number | null>) => Object.fromEntries(Object.entries(m).filter(([k]) => !k.startsWith('latency') && k !== 'rows_per_second'));

  it('4 shards merged give exactly the metrics and the verdict of one unsharded run', async () => {
    const whole = await step(inputs());
    expect(errors(whole), whole.stdout).toEqual([]);
    const partials: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = await step({ ...inputs(), shard: `${i}/4` });
      expect(errors(r), r.stdout).toEqual([]);
      expect(r.outputs.passed).toBeUndefined();
      expect(r.summary).toMatch(new RegExp(`^### ⏳ test-model: shard ${i}/4 evaluated \\d+ rows`));
      partials.push(r.outputs.partial as string);
    }
    const merged = await step({ merge: partials.join('\n'), gates: inputs().gates });
    expect(errors(merged), merged.stdout).toEqual([]);
    expect(merged.outputs.passed).toBe('true');
    const a = report(whole);
    const b = report(merged);
    expect(b.rows).toBe(a.rows);
    expect(quality(b.candidate.metrics)).toEqual(quality(a.candidate.metrics));
    expect(quality(b.champion?.metrics ?? {})).toEqual(quality(a.champion?.metrics ?? {}));
    expect(b.candidate.details).toEqual(a.candidate.details);
    // The paired rows merge back into the data's order: the same bootstrap interval as one job.
    expect(b.comparison).toEqual(a.comparison);
    // One glob over the folders the jobs wrote finds the same four.
    const byGlob = await step({ merge: join(workspace, 'report-*', 'partial-*-of-4.json') });
    expect(errors(byGlob), byGlob.stdout).toEqual([]);
    expect(report(byGlob).rows).toBe(a.rows);
  });

  it('refuses a missing shard, a repeated one, a partial of another run and shard with merge', async () => {
    const one = await step({ ...inputs(), shard: '1/2' });
    const two = await step({ ...inputs(), shard: '2/2' });
    const other = await step({ ...inputs(), candidate: fx.model('candidate_worse.onnx'), shard: '2/2' });
    const p = (r: StepResult) => r.outputs.partial as string;
    expect(errors(await step({ merge: p(one) }))[0]).toMatch(/^input `merge`: .* lacks shard 2\/2\. Wait for every shard job/);
    expect(errors(await step({ merge: [p(one), p(one)].join('\n') }))[0]).toMatch(/is shard 1\/2 again/);
    expect(errors(await step({ merge: [p(one), p(other)].join('\n') }))[0]).toMatch(/comes from another run: its candidate sha256/);
    expect(errors(await step({ ...inputs(), shard: '3/2' }))[0]).toMatch(/^input `shard`: "3\/2" is not a shard\. Give i\/n with 1 <= i <= n/);
    expect(errors(await step({ shard: '1/2', merge: p(two) }))[0]).toMatch(/^input `merge`: .* cannot be given with `shard`/);
  });
});

describe('test-model pull-request comments', () => {
  it('comments only on pull requests, and a comment that cannot be written is a warning, not a failure', async () => {
    const base = { candidate: fx.model('binary.onnx'), data: fx.data('binary.csv'), 'github-token': 'ghs_not_a_real_token', 'report-dir': mkdtempSync(join(workspace, 'report-')) };
    const push = join(workspace, 'push.json');
    writeFileSync(push, JSON.stringify({ ref: 'refs/heads/main' }));
    const onPush = await runStep('test-model', { workspace, inputs: base, env: { GITHUB_EVENT_PATH: push, GITHUB_REPOSITORY: 'acme/models' }, ...(node ? { node } : {}) });
    expect(onPush.exitCode).toBe(0);
    expect(onPush.stdout).toContain('github-token is set but this run is not about a pull request: no comment.');
    expect(onPush.masks).toContain('ghs_not_a_real_token');

    const pr = join(workspace, 'pr.json');
    writeFileSync(pr, JSON.stringify({ pull_request: { number: 42 } }));
    // Nothing listens on port 9 of loopback: the API is unreachable.
    const offline = await runStep('test-model', { workspace, inputs: base, env: { GITHUB_EVENT_PATH: pr, GITHUB_REPOSITORY: 'acme/models', GITHUB_API_URL: 'http://127.0.0.1:9' }, ...(node ? { node } : {}) });
    expect(offline.exitCode).toBe(0);
    expect(offline.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/^Could not comment on pull request #42: /)]);
    expect(offline.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('ghs_not_a_real_token');
  });
});
