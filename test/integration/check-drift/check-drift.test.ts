// check-drift run as the runner runs it (the bundle) on the seeded reference/current pairs of
// test/drift/py/make_drift_data.py, against Evidently 0.7's own data drift report on the same
// files: the same test per column, the same score (to 1e-9 relative), the same verdicts.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../../harness.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const EVIDENTLY = join(import.meta.dirname, '..', '..', 'drift', 'py', 'evidently_drift.py');

interface Manifest {
  pairs: Record<string, { files: { reference: string; current: string; reference_parquet?: string; current_parquet?: string } }>;
}
interface Evidently {
  dataset_drift: boolean;
  share_of_drifted_columns: number;
  columns: Record<string, { column_type: 'num' | 'cat'; stattest: string; stattest_threshold: number; drift_score: number | null; drift_detected: boolean }>;
}
interface Ours {
  datasetDrift: boolean;
  share: number;
  columns: { column: string; kind: 'num' | 'cat'; method: string | null; threshold: number | null; score: number | null; drifted: boolean; skipped?: string }[];
}

let data: string;
let python: string;
let manifest: Manifest;
let workspace: string;

beforeAll(() => {
  data = process.env.MODEL_CD_DRIFT_DATA ?? '';
  python = process.env.MODEL_CD_DRIFT_PYTHON ?? '';
  if (!data || !python) throw new Error('MODEL_CD_DRIFT_DATA is not set: run through vitest (test/setup/python-envs.ts makes the data).');
  manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Manifest;
  workspace = mkdtempSync(join(tmpdir(), 'check-drift-'));
});

function step(inputs: Record<string, string>): Promise<StepResult> {
  return runStep('check-drift', { workspace, inputs: { 'report-dir': mkdtempSync(join(workspace, 'report-')), 'fail-on-drift': 'false', ...inputs }, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const ours = (r: StepResult) => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as Ours;

async function evidently(ref: string, cur: string, options: Record<string, unknown> = {}): Promise<Evidently> {
  const { stdout } = await promisify(execFile)(python, [EVIDENTLY, ref, cur, '--options', JSON.stringify(options)], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Evidently;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) <= 1e-15;
}

function expectSame(o: Ours, e: Evidently, methodOf = (m: string) => m): void {
  const byName = new Map(o.columns.map((c) => [c.column, c]));
  for (const [name, ev] of Object.entries(e.columns)) {
    const c = byName.get(name);
    expect(c, name).toBeDefined();
    expect({ column: name, kind: c?.kind, method: c?.method, threshold: c?.threshold, drifted: c?.drifted }).toEqual({ column: name, kind: ev.column_type, method: methodOf(ev.stattest), threshold: ev.stattest_threshold, drifted: ev.drift_detected });
    expect(close(c?.score ?? null, ev.drift_score), `${name}: ours ${c?.score}, Evidently ${ev.drift_score}`).toBe(true);
  }
  expect(o.datasetDrift).toBe(e.dataset_drift);
  expect(close(o.share, e.share_of_drifted_columns)).toBe(true);
}

describe('check-drift equals Evidently with its defaults', () => {
  for (const pair of ['small_no_drift', 'small_drift', 'large_no_drift', 'large_drift', 'boundary']) {
    it(`${pair}: every column's test, score and verdict, and the dataset verdict`, async () => {
      const f = manifest.pairs[pair]?.files;
      if (!f) throw new Error(`no pair ${pair}`);
      const [ref, cur] = [join(data, f.reference), join(data, f.current)];
      const r = await step({ reference: ref, current: cur });
      expect(errors(r), r.stdout).toEqual([]);
      const e = await evidently(ref, cur);
      expectSame(ours(r), e);
      expect(r.outputs.drifted).toBe(String(e.dataset_drift));
      expect(JSON.parse(r.outputs['drifted-columns'] as string)).toEqual(Object.entries(e.columns).filter(([, c]) => c.drift_detected).map(([n]) => n).sort((a, b) => ours(r).columns.findIndex((c) => c.column === a) - ours(r).columns.findIndex((c) => c.column === b)));
    }, 60_000);
  }

  it('reads Parquet to the same results as CSV', async () => {
    const f = manifest.pairs.large_drift?.files;
    const csv = ours(await step({ reference: join(data, f?.reference as string), current: join(data, f?.current as string) }));
    const parquet = ours(await step({ reference: join(data, f?.reference_parquet as string), current: join(data, f?.current_parquet as string) }));
    expect(parquet.columns.map((c) => [c.column, c.method, c.drifted])).toEqual(csv.columns.map((c) => [c.column, c.method, c.drifted]));
    parquet.columns.forEach((c, i) => expect(close(c.score, csv.columns[i]?.score ?? null), c.column).toBe(true));
  }, 60_000);
});

describe('check-drift equals Evidently with each test chosen', () => {
  const methods: [string, string][] = [
    ['psi', 'psi'],
    ['kl_div', 'kl_div'],
    ['jensenshannon', 'jensenshannon'],
    ['hellinger', 'hellinger'],
  ];
  for (const pair of ['small_drift', 'large_drift']) {
    for (const [ourName, theirs] of methods) {
      it(`${pair} with ${ourName} for every column`, async () => {
        const f = manifest.pairs[pair]?.files;
        const [ref, cur] = [join(data, f?.reference as string), join(data, f?.current as string)];
        const r = await step({ reference: ref, current: cur, method: ourName });
        expect(errors(r), r.stdout).toEqual([]);
        expectSame(ours(r), await evidently(ref, cur, { stattest: theirs }));
      }, 60_000);
    }
  }

  it('per-column tests and thresholds, wasserstein and ks on numbers, chi-square on categories', async () => {
    const f = manifest.pairs.large_drift?.files;
    const [ref, cur] = [join(data, f?.reference as string), join(data, f?.current as string)];
    const first = ours(await step({ reference: ref, current: cur }));
    const num = first.columns.filter((c) => c.kind === 'num' && !c.skipped).map((c) => c.column);
    const cat = first.columns.filter((c) => c.kind === 'cat' && !c.skipped).map((c) => c.column);
    const perColumn: Record<string, string> = {};
    const thresholds: Record<string, number> = {};
    num.forEach((c, i) => (perColumn[c] = i % 2 ? 'ks' : 'wasserstein'));
    cat.forEach((c) => (perColumn[c] = 'chisquare'));
    if (num[0]) thresholds[num[0]] = 0.3;
    const r = await step({ reference: ref, current: cur, 'column-methods': Object.entries(perColumn).map(([c, m]) => `${c}=${m}${thresholds[c] ? `:${thresholds[c]}` : ''}`).join('\n') });
    expect(errors(r), r.stdout).toEqual([]);
    expectSame(ours(r), await evidently(ref, cur, { per_column_stattest: perColumn, per_column_stattest_threshold: thresholds }));
  }, 60_000);
});

describe('check-drift on awkward data', () => {
  it('an all-null column is skipped with the reason (Evidently stops the whole report), the rest still tested', async () => {
    const f = manifest.pairs.all_null?.files;
    const r = await step({ reference: join(data, f?.reference as string), current: join(data, f?.current as string) });
    expect(errors(r), r.stdout).toEqual([]);
    const skipped = ours(r).columns.filter((c) => c.skipped);
    expect(skipped.length).toBeGreaterThan(0);
    for (const c of skipped) expect(c.skipped).toMatch(/^no values in the (reference|current) data \(every cell is null\)$/);
    expect(r.summary).toContain('**Not tested**');
  });

  it('fails the step on dataset drift unless told not to, and names the drifted columns', async () => {
    const f = manifest.pairs.large_drift?.files;
    const r = await step({ reference: join(data, f?.reference as string), current: join(data, f?.current as string), 'fail-on-drift': 'true' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(/^the data has drifted: \d+ of \d+ columns \([\d.]+%, at least 50% counts\): \w+/);
    expect(r.summary).toMatch(/^### ❌ check-drift: the data has drifted/);
    expect(r.summary).toMatch(/\| `[^`]+` \| numerical \| wasserstein \| [\d.]+ \| 0\.1000 \| ❌ drifted \| `[▁-█ ]+` → `[▁-█ ]+` \|/);
  });

  it('draws each drifted column: a Mermaid chart in the summary, an SVG in the report folder', async () => {
    const f = manifest.pairs.large_drift?.files;
    const dir = mkdtempSync(join(workspace, 'report-'));
    const r = await step({ reference: join(data, f?.reference as string), current: join(data, f?.current as string), 'report-dir': dir });
    const o = ours(r) as Ours & { plots: Record<string, string> };
    const drifted = o.columns.filter((c) => c.drifted).map((c) => c.column);
    expect(Object.keys(o.plots)).toEqual(drifted);
    const charts = [...r.summary.matchAll(/```mermaid\nxychart-beta\n {2}title "([^"]+)"\n {2}x-axis \[("[^"]*"(?:, "[^"]*")*)\]\n {2}y-axis "% of rows" 0 --> \d+\n {2}bar \[([\d., ]+)\]\n {2}line \[([\d., ]+)\]\n```/g)];
    expect(charts.map((m) => m[1])).toEqual(drifted);
    for (const m of charts) {
      const [labels, bar, line] = [(m[2] as string).split(', '), (m[3] as string).split(', ').map(Number), (m[4] as string).split(', ').map(Number)];
      expect(bar).toHaveLength(labels.length);
      expect(line).toHaveLength(labels.length);
      // Shares in percent of each side's values.
      expect(bar.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
      expect(line.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    }
    // The new category shows in the current side only.
    expect(r.summary).toMatch(/title "new_category"\n {2}x-axis \["a", "b", "c", "d"\]\n.*\n {2}bar \[[\d.]+, [\d.]+, [\d.]+, 0\]\n {2}line \[[\d.]+, [\d.]+, [\d.]+, [1-9][\d.]*\]/);
    for (const file of Object.values(o.plots)) {
      const svg = readFileSync(join(dir, file), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*<\/svg>\n$/);
      expect(svg).toContain('>reference</text>');
    }
  });

  it('names bad inputs: an unknown test, a bad threshold, a missing column, a missing file', async () => {
    const f = manifest.pairs.small_drift?.files;
    const base = { reference: join(data, f?.reference as string), current: join(data, f?.current as string) };
    const cases: [Record<string, string>, RegExp][] = [
      [{ method: 'anova' }, /^input `method`: "anova" is not a drift test\. Use one of: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger\.$/],
      [{ threshold: 'low' }, /^input `threshold`: "low" is not a threshold/],
      [{ columns: 'nope' }, /^input `columns`: "nope" is not a column of the reference data/],
      [{ 'column-methods': 'num_normal psi' }, /^input `column-methods`: "num_normal psi" is not `column=method`/],
      [{ current: join(workspace, 'missing.csv') }, /^input `current`: ".*missing\.csv" does not exist/],
    ];
    for (const [inputs, message] of cases) {
      const r = await step({ ...base, ...inputs });
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(message)]);
    }
  });

  it('never checks nothing in silence: no column in common is an error, a column one side lacks fails unless ignored', async () => {
    const write = (name: string, text: string) => {
      const file = join(workspace, name);
      writeFileSync(file, text);
      return file;
    };
    const rows = (header: string, n: number, row: (i: number) => string) => [header, ...Array.from({ length: n }, (_, i) => row(i))].join('\n') + '\n';
    const reference = write('cols-ref.csv', rows('a,b,gone', 50, (i) => `${i},${i % 3},${i * 2}`));
    const renamed = write('cols-renamed.csv', rows('x,y', 50, (i) => `${i},${i % 3}`));
    const lost = write('cols-lost.csv', rows('a,b,new', 50, (i) => `${i},${i % 3},${i}`));
    const none = await step({ reference, current: renamed });
    expect(none.exitCode).toBe(1);
    expect(errors(none)).toEqual([expect.stringMatching(/^the datasets: ".*cols-ref\.csv and .*cols-renamed\.csv" have no column in common to compare \(reference: a, b, gone; current: x, y\)\./)]);
    const failed = await step({ reference, current: lost });
    expect(failed.exitCode).toBe(1);
    expect(errors(failed)).toEqual(['the datasets: "only in the reference: gone; only in the current data: new" differ in their columns, so those columns would go untested. Fix the data, list the columns to compare in `columns`, or set `missing-columns: ignore` to compare the 2 columns both have.']);
    const ignored = await step({ reference, current: lost, 'missing-columns': 'ignore' });
    expect(errors(ignored), ignored.stdout).toEqual([]);
    expect(ignored.exitCode).toBe(0);
    expect(ignored.summary).toContain('⚠️ Not tested (`missing-columns: ignore`): only in the reference: gone; only in the current data: new.');
    expect(JSON.parse(readFileSync(ignored.outputs.report as string, 'utf8')).untested).toEqual({ reference: ['gone'], current: ['new'] });
    // Naming the columns says which are wanted: the others are not missing.
    const named = await step({ reference, current: lost, columns: 'a,b' });
    expect(errors(named), named.stdout).toEqual([]);
  });
});

describe('check-drift: target and prediction drift', () => {
  it('reports the target apart and leaves it out of the feature share', async () => {
    const f = manifest.pairs.large_drift?.files;
    const base = { reference: join(data, f?.reference as string), current: join(data, f?.current as string) };
    const all = ours(await step(base));
    const r = await step({ ...base, 'target-column': 'binary_shift' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.outputs['target-drifted']).toBe('true');
    const o = ours(r) as Ours & { target: { column: string; drifted: boolean } };
    expect(o.target.column).toBe('binary_shift');
    expect(o.columns.map((c) => c.column)).not.toContain('binary_shift');
    expect(o.columns).toHaveLength(all.columns.length - 1);
    expect(r.summary).toContain('**Target drift**: `binary_shift`');
  }, 60_000);

  it('compares the champion and the candidate on the current rows: the same model never drifts, a much worse one does', async () => {
    const ml = process.env.MODEL_CD_ML_FIXTURES as string;
    const model = (n: string) => join(ml, 'models', n);
    const holdout = join(ml, 'data', 'binary.csv');
    const base = { reference: holdout, current: holdout, 'target-column': 'label', champion: model('champion.onnx') };
    const same = await step({ ...base, candidate: model('champion.onnx') });
    expect(errors(same), same.stdout).toEqual([]);
    expect(same.outputs['prediction-drifted']).toBe('false');
    const pSame = (ours(same) as Ours & { prediction: Ours }).prediction;
    expect(pSame.columns.map((c) => [c.column, c.method])).toEqual([
      ['predicted label', 'jensenshannon'],
      ['P(0)', 'wasserstein'],
      ['P(1)', 'wasserstein'],
    ]);
    for (const c of pSame.columns) expect(c.score, c.column).toBe(0);

    const worse = await step({ ...base, candidate: model('candidate_worse.onnx'), 'fail-on-drift': 'true' });
    expect(worse.outputs['prediction-drifted']).toBe('true');
    expect(worse.exitCode).toBe(1);
    expect(errors(worse)).toContain("the candidate's predictions drifted from the champion's on the current data");
    expect(worse.summary).toMatch(/\*\*Prediction drift\*\* \(champion → candidate on the current rows\): ❌/);
    expect(worse.summary).toMatch(/\| `predicted label` \| categorical \| jensenshannon \| [\d.]+ \| 0\.1000 \| ❌ drifted \|/);

    const one = await step({ ...base, champion: '', candidate: model('champion.onnx') });
    expect(errors(one)[0]).toMatch(/^input `champion`: "" is empty: prediction drift compares the champion and the candidate/);
  }, 60_000);
});

describe('check-drift on summarised (large) columns', () => {
  for (const pair of ['large_drift', 'large_no_drift', 'boundary']) {
    it(`${pair} summarised: Wasserstein within the reported bound of Evidently's, every other score exact, same verdicts`, async () => {
      const f = manifest.pairs[pair]?.files;
      const [ref, cur] = [join(data, f?.reference as string), join(data, f?.current as string)];
      const r = await step({ reference: ref, current: cur, 'exact-limit': '100' });
      expect(errors(r), r.stdout).toEqual([]);
      expect(r.stdout).toMatch(/numerical columns? over 100 values summarised in 65536-bin histograms/);
      const o = ours(r) as Ours & { columns: { bound?: number; uncertain?: boolean }[] };
      const e = await evidently(ref, cur);
      for (const c of o.columns as (Ours['columns'][number] & { bound?: number; uncertain?: boolean })[]) {
        const ev = e.columns[c.column];
        if (!ev) continue;
        expect(c.method, c.column).toBe(ev.stattest);
        if (c.bound) {
          expect(c.method).toBe('wasserstein');
          expect(Math.abs((c.score as number) - (ev.drift_score as number)), `${c.column}: ${c.score} vs ${ev.drift_score} ± ${c.bound}`).toBeLessThanOrEqual(c.bound);
        } else {
          expect(close(c.score, ev.drift_score), `${c.column}: ${c.score} vs ${ev.drift_score}`).toBe(true);
        }
        if (!c.uncertain) expect(c.drifted, c.column).toBe(ev.drift_detected);
      }
      expect(o.columns.some((c) => (c as { bound?: number }).bound)).toBe(true);
    }, 60_000);
  }
});

describe('check-drift on an identifier column', () => {
  it('skips a categorical column with more distinct values than half its rows (over 10000), with the reason', async () => {
    const write = (name: string, offset: number) => {
      const file = join(workspace, name);
      const lines = ['id,score'];
      for (let i = 0; i < 12_000; i++) lines.push(`u${offset + i},${(i % 97) / 7}`);
      writeFileSync(file, lines.join('\n') + '\n');
      return file;
    };
    const r = await step({ reference: write('ids-ref.csv', 0), current: write('ids-cur.csv', 50_000) });
    expect(errors(r), r.stdout).toEqual([]);
    const id = ours(r).columns.find((c) => c.column === 'id');
    expect(id?.skipped).toBe('24000 distinct values in 24000: an identifier, not a feature whose distribution can drift; list it in ignore-columns');
    expect(ours(r).columns.find((c) => c.column === 'score')?.drifted).toBe(false);
  });
});

describe('check-drift on a column of many numbers and a little text', () => {
  it('skips it with the reason when the text comes after over 10000 distinct numbers, and tests it when typed', async () => {
    const write = (name: string, shift: number) => {
      const file = join(workspace, name);
      const lines = ['code,score'];
      for (let i = 0; i < 30_000; i++) lines.push(`${(i + shift) % 10_050},${(i % 97) / 7}`);
      for (let i = 0; i < 10; i++) lines.push(`unknown,${i}`);
      writeFileSync(file, lines.join('\n') + '\n');
      return file;
    };
    const [ref, cur] = [write('codes-ref.csv', 0), write('codes-cur.csv', 5000)];
    const r = await step({ reference: ref, current: cur });
    expect(errors(r), r.stdout).toEqual([]);
    const code = ours(r).columns.find((c) => c.column === 'code');
    expect(code?.kind).toBe('cat');
    expect(code?.skipped).toBe('over 10000 distinct numbers before the first text: too many to count as categories; give the column a type (numerical-columns or categorical-columns), or list it in ignore-columns');
    const typed = ours(await step({ reference: ref, current: cur, 'categorical-columns': 'code' })).columns.find((c) => c.column === 'code');
    expect([typed?.kind, typed?.method, typed?.skipped]).toEqual(['cat', 'jensenshannon', undefined]);
  });
});

describe('check-drift sharded over 4 jobs and merged', () => {
  type Column = Ours['columns'][number] & { bound?: number };
  /** The 4 shard jobs, then the merging job with `merge` (a glob over the partials). */
  async function sharded(inputs: Record<string, string>): Promise<{ merged: StepResult; partials: string[] }> {
    const dir = mkdtempSync(join(workspace, 'partials-'));
    const partials: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = await step({ ...inputs, shard: `${i}/4`, 'report-dir': dir });
      expect(errors(r), r.stdout).toEqual([]);
      expect(r.summary).toContain(`check-drift: shard ${i}/4 read`);
      partials.push(r.outputs.partial as string);
    }
    const merged = await step({ merge: join(dir, 'partial-*-of-4.json'), ...(inputs.method ? { method: inputs.method } : {}) });
    expect(errors(merged), merged.stdout).toEqual([]);
    return { merged, partials };
  }
  const same = (a: Column[], b: Column[]) => {
    expect(a.map((c) => [c.column, c.kind, c.method, c.drifted, c.skipped ?? null])).toEqual(b.map((c) => [c.column, c.kind, c.method, c.drifted, c.skipped ?? null]));
    a.forEach((c, i) => {
      const d = b[i] as Column;
      // Means and sums add up in another order: equal to float rounding, not bit for bit.
      expect(Math.abs((c.score ?? 0) - (d.score ?? 0)), `${c.column}: ${c.score} vs ${d.score}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(d.score ?? 0)));
      expect(c.bound ?? 0, c.column).toBeCloseTo(d.bound ?? 0, 12);
    });
  };

  for (const limit of ['200000', '100']) {
    it(`large_drift with the target, exact-limit ${limit}: the merged result equals one job's`, async () => {
      const f = manifest.pairs.large_drift?.files;
      const inputs = { reference: join(data, f?.reference as string), current: join(data, f?.current as string), 'exact-limit': limit, 'target-column': 'binary_shift' };
      const whole = ours(await step(inputs)) as Ours & { target: Column; reference: { rows: number } };
      const { merged } = await sharded(inputs);
      const m = ours(merged) as typeof whole;
      same(m.columns, whole.columns);
      same([m.target], [whole.target]);
      expect([m.datasetDrift, m.share, m.reference.rows]).toEqual([whole.datasetDrift, whole.share, whole.reference.rows]);
      expect(merged.outputs['drifted-columns']).toBe(JSON.stringify(whole.columns.filter((c) => c.drifted).map((c) => c.column)));
      if (limit === '100') expect(whole.columns.some((c: Column) => c.bound)).toBe(true);
    }, 120_000);
  }

  it('prediction drift: each shard runs the models on its rows, and the merge equals one job (two shards get no rows)', async () => {
    const ml = process.env.MODEL_CD_ML_FIXTURES as string;
    const holdout = join(ml, 'data', 'binary.csv');
    const inputs = { reference: holdout, current: holdout, 'target-column': 'label', champion: join(ml, 'models', 'champion.onnx'), candidate: join(ml, 'models', 'candidate_worse.onnx') };
    const whole = await step(inputs);
    const { merged } = await sharded(inputs);
    const p = (r: StepResult) => (ours(r) as Ours & { prediction: Ours }).prediction;
    same(p(merged).columns, p(whole).columns);
    expect(merged.outputs['prediction-drifted']).toBe('true');
  }, 120_000);

  it('PSI on summarised columns takes a second pass and equals Evidently; a merge cannot, and says so per column', async () => {
    const f = manifest.pairs.large_drift?.files;
    const [ref, cur] = [join(data, f?.reference as string), join(data, f?.current as string)];
    const r = await step({ reference: ref, current: cur, 'exact-limit': '100', method: 'psi' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.stdout).toMatch(/Count \d+ summarised columns? exactly for the tests chosen/);
    expectSame(ours(r), await evidently(ref, cur, { stattest: 'psi' }));
    const { merged } = await sharded({ reference: ref, current: cur, 'exact-limit': '100', method: 'psi' });
    const skipped = ours(merged).columns.filter((c) => c.skipped);
    expect(skipped.length).toBeGreaterThan(0);
    for (const c of skipped) expect(c.skipped).toMatch(/^psi (needs Evidently's Sturges bins over both whole datasets, which shards cannot count before the merge|counts each value, and shards keep only the first 21 distinct values of a summarised column); run this column unsharded/);
  }, 180_000);

  it('names bad merges: a missing shard, a shard twice, partials of another run, shard with merge', async () => {
    const f = manifest.pairs.small_drift?.files;
    const inputs = { reference: join(data, f?.reference as string), current: join(data, f?.current as string) };
    const dir = mkdtempSync(join(workspace, 'partials-'));
    const part = async (i: number, extra: Record<string, string> = {}) => (await step({ ...inputs, ...extra, shard: `${i}/2`, 'report-dir': mkdtempSync(join(dir, 'p-')) })).outputs.partial as string;
    const [one, two, otherRun] = [await part(1), await part(2), await part(2, { 'exact-limit': '50' })];
    const message = async (extra: Record<string, string>) => errors(await step(extra))[0] ?? '';
    expect(await message({ merge: one })).toMatch(/^input `merge`: ".*" lacks shard 2\/2\. Wait for every shard job/);
    expect(await message({ merge: `${one}\n${one}` })).toMatch(/is shard 1\/2 again/);
    expect(await message({ merge: `${one}\n${otherRun}` })).toMatch(/comes from another run: its plan \(datasets, columns, types, exact-limit\)/);
    expect(await message({ merge: `${one}\n${two}`, shard: '1/2' })).toMatch(/^input `merge`: .* cannot be given with `shard`/);
    expect(await message({ merge: join(dir, 'none-*.json') })).toMatch(/^input `merge`: "" matches no files/);
    expect(await message({ merge: `${one}\n${two}` })).toBe('');
  }, 120_000);
});
