// test-model's report from the tallies: each model's metrics and warnings, the gates applied (the
// given ones and the default non-regression gate) with their paired tests, and the verdict.
import type { Contract } from './contract.js';
import { ROUNDING, type Tally } from './evaluate.js';
import { checkGate, comparesWithChampion, defaultGate, DEFAULT_SIGNIFICANCE_LEVEL, type Gate, type PairedOutcome } from './gates.js';
import type { PairedRows } from './paired.js';
import { deltas, flatten, type Report } from './report.js';

export interface GateOptions {
  championMissing: 'pass' | 'fail';
  defaultGate: 'auto' | 'none';
}

function warningsOf(r: Tally): string[] {
  const w = [...(r.classification?.result().warnings ?? []), ...(r.regression?.result().warnings ?? [])];
  if (r.clamped) w.push(`${r.clamped} probabilit${r.clamped === 1 ? 'y was' : 'ies were'} outside [0, 1] by float32 rounding (at most ${ROUNDING}) and clamped to it.`);
  for (const [label, n] of r.unknownLabels) w.push(`the true label ${JSON.stringify(label)} (${n} row${n === 1 ? '' : 's'}) is not a class the model outputs (${(r.model.classes ?? []).join(', ')}); those rows count as errors.`);
  return w;
}

function modelReport(r: Tally) {
  const c = r.classification?.result() ?? null;
  const reg = r.regression?.result() ?? null;
  return { path: r.model.path, metrics: flatten(r.model.task, c, reg, r.latency.result()), details: (c ?? reg) as NonNullable<typeof c | typeof reg>, warnings: warningsOf(r) };
}

/**
 * The gates applied: the given ones, plus the default non-regression gate when there is a
 * champion, nothing compares with it and `default-gate` is `auto`. A gate already set on the
 * default's metric gets the significance check added rather than a second row.
 */
function gatesToApply(gates: Gate[], primary: Gate | null, options: GateOptions): Gate[] {
  if (!primary || options.defaultGate === 'none' || comparesWithChampion(gates)) return gates;
  const same = gates.find((g) => g.metric === primary.metric);
  return same ? gates.map((g) => (g === same ? { ...g, significanceLevel: primary.significanceLevel as number, isDefault: true as const } : g)) : [...gates, primary];
}

export function buildReport(data: string, rows: number, cand: Tally, champ: Tally | null, paired: PairedRows | null, given: Gate[], options: GateOptions, contract: Contract | null): Report {
  const candidate = modelReport(cand);
  const champion = champ ? modelReport(champ) : null;
  // The primary metric's gate: the default gate, and the paired test every champion report shows.
  const primary = champion ? defaultGate(cand.model.task, candidate.metrics.roc_auc != null && champion.metrics.roc_auc != null) : null;
  const gates = gatesToApply(given, primary, options);
  const tests = new Map<string, PairedOutcome>();
  const pairedTest = (g: Gate): PairedOutcome | null => {
    if (!paired || !champion) return null;
    const level = g.significanceLevel ?? DEFAULT_SIGNIFICANCE_LEVEL;
    const key = `${g.metric}@${level}`;
    if (!tests.has(key)) tests.set(key, paired.test(g.metric, level, g.greaterIsBetter, [candidate.metrics[g.metric] ?? null, champion.metrics[g.metric] ?? null]));
    return tests.get(key) as PairedOutcome;
  };
  const results = gates.map((g) => checkGate(g, candidate.metrics[g.metric] ?? null, champion?.metrics[g.metric] ?? null, options.championMissing, g.significanceLevel !== undefined ? pairedTest(g) : null));
  return {
    passed: results.every((g) => g.passed),
    task: cand.model.task,
    rows,
    data,
    candidate,
    champion,
    deltas: deltas(candidate.metrics, champion?.metrics ?? null),
    gates: results,
    comparison: primary ? pairedTest(primary) : null,
    contract: contract ? { file: contract.file, differences: [] } : null,
  };
}

/** The report of a candidate that breaks the contract: not run, failed, the differences listed. */
export function contractFailure(candidatePath: string, data: string, task: Report['task'], contract: Contract, differences: string[]): Report {
  const empty = { path: candidatePath, metrics: {}, details: {} as Report['candidate']['details'], warnings: [] };
  return { passed: false, task, rows: 0, data, candidate: empty, champion: null, deltas: {}, gates: [], comparison: null, contract: { file: contract.file, differences } };
}
