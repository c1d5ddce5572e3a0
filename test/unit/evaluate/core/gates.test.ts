// Gates: MLflow MetricThreshold semantics. The hand table states what a user sees; every case with
// a champion (and every no-champion case under `champion-missing: fail`) is also run through
// MLflow's own _validate to check that we agree with it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/common/errors.js';
import { checkGate, parseGate, type Gate } from '../../../../src/evaluate/gates.js';
import { ALL_METRICS } from '../../../../src/evaluate/report.js';

const SCRIPT = join(import.meta.dirname, 'py', 'mlflow_validate.py');

interface RawGate {
  threshold?: number;
  min_absolute_change?: number;
  min_relative_change?: number;
  greater_is_better: boolean;
}

interface Case {
  id: string;
  metric: string;
  gate: RawGate;
  candidate: number | null;
  champion: number | null;
}

const gateOf = (c: Case): Gate => parseGate(c.metric, c.gate, 'test', ALL_METRICS);

async function mlflow(cases: Case[]): Promise<Record<string, string>> {
  const python = process.env.MODEL_CD_MLFLOW_PYTHON;
  if (!python) {
    throw new Error('MODEL_CD_MLFLOW_PYTHON is unset: the vitest global setup (test/setup/services.ts) sets it to the MLflow venv python; run the tests through vitest, or set it to a Python with mlflow installed.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-gates-'));
  try {
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(cases));
    const { stdout } = await promisify(execFile)(python, [SCRIPT, file], { maxBuffer: 16 << 20 });
    return JSON.parse(stdout) as Record<string, string>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// [id, gate, candidate, champion, expected under 'pass', expected under 'fail']
type Row = [string, RawGate & { metric?: string }, number | null, number | null, boolean, boolean];
const HAND: Row[] = [
  // threshold
  ['thr ge above', { threshold: 0.8, greater_is_better: true }, 0.81, null, true, true],
  ['thr ge equal', { threshold: 0.8, greater_is_better: true }, 0.8, null, true, true],
  ['thr ge below', { threshold: 0.8, greater_is_better: true }, 0.79, 0.5, false, false],
  ['thr le below', { threshold: 0.3, greater_is_better: false }, 0.29, 0.5, true, true],
  ['thr le equal', { threshold: 0.3, greater_is_better: false }, 0.3, 0.5, true, true],
  ['thr le above', { threshold: 0.3, greater_is_better: false }, 0.31, null, false, false],
  // min_absolute_change
  ['abs ge enough', { min_absolute_change: 0.05, greater_is_better: true }, 0.75, 0.5, true, true],
  ['abs ge equal', { min_absolute_change: 0.25, greater_is_better: true }, 0.75, 0.5, true, true],
  ['abs ge short', { min_absolute_change: 0.05, greater_is_better: true }, 0.54, 0.5, false, false],
  // 0.8 + 0.05 is 0.8500000000000001 in binary floating point: MLflow fails 0.85 too.
  ['abs ge float', { min_absolute_change: 0.05, greater_is_better: true }, 0.85, 0.8, false, false],
  ['abs le enough', { min_absolute_change: 0.1, greater_is_better: false }, 0.3, 0.5, true, true],
  ['abs le equal', { min_absolute_change: 0.25, greater_is_better: false }, 0.25, 0.5, true, true],
  ['abs le short', { min_absolute_change: 0.1, greater_is_better: false }, 0.45, 0.5, false, false],
  ['abs le worse', { min_absolute_change: 0.1, greater_is_better: false }, 0.6, 0.5, false, false],
  // min_relative_change
  ['rel ge enough', { min_relative_change: 0.1, greater_is_better: true }, 0.6, 0.5, true, true],
  ['rel ge equal', { min_relative_change: 0.5, greater_is_better: true }, 0.75, 0.5, true, true],
  ['rel ge short', { min_relative_change: 0.1, greater_is_better: true }, 0.54, 0.5, false, false],
  ['rel ge zero equal', { min_relative_change: 0, greater_is_better: true }, 0.5, 0.5, true, true],
  ['rel ge zero worse', { min_relative_change: 0, greater_is_better: true }, 0.49, 0.5, false, false],
  ['rel le enough', { min_relative_change: 0.1, greater_is_better: false }, 0.4, 0.5, true, true],
  ['rel le equal', { min_relative_change: 0.5, greater_is_better: false }, 0.25, 0.5, true, true],
  ['rel le short', { min_relative_change: 0.1, greater_is_better: false }, 0.46, 0.5, false, false],
  // a champion of 0: no relative change exists, so "better by 1e-10"
  ['rel ge champion 0 better', { min_relative_change: 0.5, greater_is_better: true }, 1e-9, 0, true, true],
  ['rel ge champion 0 equal', { min_relative_change: 0.5, greater_is_better: true }, 0, 0, false, false],
  ['rel ge champion 0 tiny', { min_relative_change: 0, greater_is_better: true }, 1e-11, 0, false, false],
  ['rel le champion 0 better', { min_relative_change: 0.5, greater_is_better: false }, -1e-9, 0, true, true],
  ['rel le champion 0 equal', { min_relative_change: 0.5, greater_is_better: false }, 0, 0, false, false],
  // a negative champion: the change is a fraction of its magnitude (r2 can be negative)
  ['rel ge negative better', { metric: 'r2', min_relative_change: 0.5, greater_is_better: true }, -0.9, -2, true, true],
  ['rel ge negative equal', { metric: 'r2', min_relative_change: 0.5, greater_is_better: true }, -1, -2, true, true],
  ['rel ge negative short', { metric: 'r2', min_relative_change: 0.5, greater_is_better: true }, -1.1, -2, false, false],
  ['rel ge negative worse', { metric: 'r2', min_relative_change: 0, greater_is_better: true }, -3, -2, false, false],
  ['rel le negative better', { metric: 'r2', min_relative_change: 0.5, greater_is_better: false }, -3.1, -2, true, true],
  ['rel le negative short', { metric: 'r2', min_relative_change: 0.5, greater_is_better: false }, -2.9, -2, false, false],
  // no champion: comparisons skipped under 'pass', failed under 'fail'; thresholds always apply
  ['no champion abs', { min_absolute_change: 0.01, greater_is_better: true }, 0.9, null, true, false],
  ['no champion rel', { min_relative_change: 0.1, greater_is_better: true }, 0.9, null, true, false],
  ['no champion rel 0', { min_relative_change: 0, greater_is_better: true }, 0.9, null, true, false],
  ['no champion thr+rel below', { threshold: 0.95, min_relative_change: 0.1, greater_is_better: true }, 0.9, null, false, false],
  ['no champion thr+abs above', { threshold: 0.85, min_absolute_change: 0.1, greater_is_better: true }, 0.9, null, true, false],
  // no candidate value: every check fails
  ['no candidate thr', { threshold: 0.5, greater_is_better: true }, null, 0.5, false, false],
  ['no candidate rel', { min_relative_change: 0, greater_is_better: true }, null, 0.5, false, false],
  ['no candidate abs', { min_absolute_change: 0.1, greater_is_better: false }, null, 0.5, false, false],
  ['no candidate, no champion', { min_relative_change: 0, greater_is_better: true }, null, null, false, false],
  // all three checks at once: all must pass
  ['all three pass', { threshold: 0.8, min_absolute_change: 0.01, min_relative_change: 0.01, greater_is_better: true }, 0.9, 0.85, true, true],
  ['all three, abs short', { threshold: 0.8, min_absolute_change: 0.1, min_relative_change: 0.01, greater_is_better: true }, 0.9, 0.85, false, false],
];

const handCases: Case[] = HAND.map(([id, g, candidate, champion]) => {
  const { metric = 'accuracy', ...gate } = g;
  return { id, metric, gate, candidate, champion };
});

describe('checkGate, by hand', () => {
  it.each(HAND)('%s', (id, _g, candidate, champion, underPass, underFail) => {
    const c = handCases.find((x) => x.id === id) as Case;
    expect(checkGate(gateOf(c), candidate, champion, 'pass').passed).toBe(underPass);
    expect(checkGate(gateOf(c), candidate, champion, 'fail').passed).toBe(underFail);
  });

  it('reports each check with its requirement and the bound it computed', () => {
    const g = parseGate('accuracy', { threshold: 0.8, min_absolute_change: 0.01, min_relative_change: 0.02 }, 'test', ALL_METRICS);
    const r = checkGate(g, 0.9, 0.85, 'pass');
    expect(r).toEqual({
      metric: 'accuracy',
      candidate: 0.9,
      champion: 0.85,
      passed: true,
      checks: [
        { kind: 'threshold', requirement: '>= 0.8', passed: true },
        { kind: 'min_absolute_change', requirement: '>= champion + 0.01 (0.86)', passed: true },
        { kind: 'min_relative_change', requirement: '>= champion + 2% of its magnitude (0.867)', passed: true },
      ],
    });
  });

  it('words lower-is-better checks with <= and a minus', () => {
    const g = parseGate('log_loss', { threshold: 0.5, min_absolute_change: 0.1, min_relative_change: 0 }, 'test', ALL_METRICS);
    const r = checkGate(g, 0.2, 0.4, 'pass');
    expect(r.checks.map((c) => c.requirement)).toEqual(['<= 0.5', '<= champion - 0.1 (0.3)', '<= champion (0.4)']);
    expect(r.passed).toBe(true);
  });

  it('says why a comparison was skipped, and passes it only under champion-missing: pass', () => {
    const g = parseGate('accuracy', { min_relative_change: 0 }, 'test', ALL_METRICS);
    const skippedPass = checkGate(g, 0.9, null, 'pass').checks[0];
    expect(skippedPass).toEqual({ kind: 'min_relative_change', requirement: '>= champion', passed: true, skipped: 'no champion value (first deployment, or the champion lacks this metric)' });
    expect(checkGate(g, 0.9, null, 'fail').checks[0]?.passed).toBe(false);
    // a champion whose value is NaN is no value
    expect(checkGate(g, 0.9, NaN, 'fail').checks[0]?.skipped).toMatch(/no champion value/);
  });

  it('fails a candidate whose value is null or NaN, saying so', () => {
    const g = parseGate('accuracy', { threshold: 0.5, min_absolute_change: 0.1 }, 'test', ALL_METRICS);
    for (const candidate of [null, NaN]) {
      const r = checkGate(g, candidate, 0.5, 'pass');
      expect(r.passed).toBe(false);
      expect(r.checks.map((c) => [c.passed, c.skipped])).toEqual([
        [false, 'the candidate has no value for this metric'],
        [false, 'the candidate has no value for this metric'],
      ]);
    }
  });
});

describe('checkGate agrees with MLflow _validate', () => {
  // A grid around each boundary, both directions, positive, negative and zero champions.
  const grid: Case[] = [];
  const gates: RawGate[] = [];
  for (const greater_is_better of [true, false]) {
    for (const threshold of [0.5, -1, 0]) gates.push({ threshold, greater_is_better });
    for (const min_absolute_change of [0.05, 0.1, 1]) gates.push({ min_absolute_change, greater_is_better });
    for (const min_relative_change of [0, 0.02, 0.1, 0.5, 1]) gates.push({ min_relative_change, greater_is_better });
    gates.push({ threshold: 0.7, min_absolute_change: 0.01, min_relative_change: 0.01, greater_is_better });
  }
  const champions = [0.5, 0.8, -2, 0, 3.3, 1e-12];
  const offsets = [-0.1, -1e-10, 0, 1e-10, 0.05, 0.1, 0.2, 1, -1, 0.01 * 3];
  let n = 0;
  for (const gate of gates) {
    for (const champion of champions) {
      const bounds = [champion, champion + 0.1, champion - 0.1, champion * 1.1, champion * 0.9, champion * 1.02, champion * 0.98, champion * 2, 0];
      for (const base of bounds) for (const off of offsets) grid.push({ id: `g${n++}`, metric: 'accuracy', gate, candidate: base + off, champion });
    }
  }
  const all = [...handCases, ...grid];

  it('on every case with a champion, and without one under champion-missing: fail', async () => {
    const theirs = await mlflow(all);
    let compared = 0;
    const disagreements: string[] = [];
    for (const c of all) {
      const verdict = theirs[c.id];
      const ours = checkGate(gateOf(c), c.candidate, c.champion, 'fail').passed ? 'pass' : 'fail';
      if (c.champion === null && c.candidate !== null && c.gate.min_relative_change === 0 && c.gate.min_absolute_change === undefined) {
        // MLflow bug: `min_relative_change or min_absolute_change` is falsy for 0.0, so a missing
        // baseline is not caught and it crashes (TypeError/KeyError). We fail the gate instead.
        expect(verdict, c.id).toMatch(/^error: /);
        expect(ours, c.id).toBe('fail');
        continue;
      }
      expect(verdict, `${c.id}: MLflow raised`).toMatch(/^(pass|fail)$/);
      compared++;
      if (verdict !== ours) disagreements.push(`${c.id} ${JSON.stringify(c)}: MLflow ${verdict}, ours ${ours}`);
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    // the grid really straddles the boundaries: both verdicts occur often
    const verdicts = Object.values(theirs);
    expect(verdicts.filter((v) => v === 'pass').length).toBeGreaterThan(300);
    expect(verdicts.filter((v) => v === 'fail').length).toBeGreaterThan(300);
  });
});

describe('parseGate', () => {
  const parse = (metric: string, raw: unknown) => parseGate(metric, raw, 'input `gates`', ALL_METRICS);
  const err = (metric: string, raw: unknown): ConfigurationError => {
    try {
      parse(metric, raw);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      return e as ConfigurationError;
    }
    throw new Error('parseGate accepted it');
  };

  it('takes MLflow names and resolves them to ours', () => {
    expect(parse('accuracy_score', { threshold: 0.8 })).toEqual({ metric: 'accuracy', threshold: 0.8, greaterIsBetter: true });
    expect(parse('mean_absolute_error', { threshold: 2 })).toEqual({ metric: 'mae', threshold: 2, greaterIsBetter: false });
    expect(parse('f1_score', { min_relative_change: 0 }).metric).toBe('f1');
    expect(parse('root_mean_squared_error', { min_absolute_change: 0.1 }).metric).toBe('rmse');
  });

  it('infers greater_is_better: false for loss-like metrics, true otherwise, and honours an explicit one', () => {
    expect(parse('log_loss', { threshold: 0.4 }).greaterIsBetter).toBe(false);
    expect(parse('mae', { threshold: 0.4 }).greaterIsBetter).toBe(false);
    expect(parse('latency_p95_ms', { threshold: 5 }).greaterIsBetter).toBe(false);
    expect(parse('roc_auc', { threshold: 0.9 }).greaterIsBetter).toBe(true);
    expect(parse('log_loss', { threshold: 0.4, greater_is_better: true }).greaterIsBetter).toBe(true);
    expect(parse('accuracy', { threshold: 0.4, greater_is_better: false }).greaterIsBetter).toBe(false);
    expect(parse('accuracy', { threshold: 0.4, greater_is_better: null }).greaterIsBetter).toBe(true);
  });

  it('keeps only the checks given', () => {
    expect(parse('accuracy', { threshold: 0, min_absolute_change: 0.5, min_relative_change: 1 })).toEqual({
      metric: 'accuracy',
      greaterIsBetter: true,
      threshold: 0,
      minAbsoluteChange: 0.5,
      minRelativeChange: 1,
    });
    expect(parse('accuracy', { min_relative_change: 0, threshold: null })).toEqual({ metric: 'accuracy', greaterIsBetter: true, minRelativeChange: 0 });
  });

  it('refuses an unknown metric, naming the choices', () => {
    const e = err('acc', { threshold: 0.8 });
    expect(e.message).toBe(`input \`gates\`: gate \`acc\`: "acc" is not a metric test-model computes. Use one of: ${ALL_METRICS.join(', ')}.`);
  });

  it('refuses min_absolute_change of 0 or less', () => {
    expect(err('accuracy', { min_absolute_change: 0 }).message).toBe(
      'input `gates`: gate `accuracy`.min_absolute_change: "0" must be a positive number (MLflow rejects 0 too); for "no worse than the champion" use min_relative_change: 0.',
    );
    expect(err('accuracy', { min_absolute_change: -0.1 }).subject).toBe('input `gates`: gate `accuracy`.min_absolute_change');
  });

  it('refuses min_relative_change outside [0, 1]', () => {
    expect(err('accuracy', { min_relative_change: 1.5 }).message).toBe(
      'input `gates`: gate `accuracy`.min_relative_change: "1.5" must be between 0 and 1 (a fraction of the champion value: 0.02 is 2%).',
    );
    expect(err('accuracy', { min_relative_change: -0.01 }).value).toBe('-0.01');
  });

  it('refuses a gate with no check', () => {
    expect(err('accuracy', { greater_is_better: true }).message).toBe(
      'input `gates`: gate `accuracy`: "{\\"greater_is_better\\":true}" sets no check. Give threshold, min_absolute_change, min_relative_change or significance_level.',
    );
    expect(err('accuracy', {}).fix).toMatch(/sets no check/);
  });

  it('refuses unknown keys (a typo must not silently drop a check)', () => {
    expect(err('accuracy', { threshhold: 0.8 }).message).toBe(
      'input `gates`: gate `accuracy`: "threshhold" is not a gate setting. Use threshold, min_absolute_change, min_relative_change, significance_level and greater_is_better.',
    );
  });

  it('refuses a non-boolean greater_is_better', () => {
    expect(err('accuracy', { threshold: 0.8, greater_is_better: 'yes' }).message).toBe('input `gates`: gate `accuracy`.greater_is_better: "yes" must be true or false.');
  });

  it('refuses non-numbers and non-mappings', () => {
    expect(err('accuracy', { threshold: '0.8' }).message).toBe('input `gates`: gate `accuracy`.threshold: "0.8" must be a finite number.');
    expect(err('accuracy', { threshold: Infinity }).fix).toBe('must be a finite number.');
    expect(err('accuracy', 0.8).fix).toMatch(/^must be a mapping/);
    expect(err('accuracy', [0.8]).fix).toMatch(/^must be a mapping/);
    expect(err('accuracy', null).fix).toMatch(/^must be a mapping/);
  });
});
