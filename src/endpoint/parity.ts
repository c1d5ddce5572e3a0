// Online/offline parity: the endpoint's predictions of the sample rows against the same model
// file's predictions of the same rows, run here the way test-model runs it (onnxruntime-node, the
// contract's input plan, the ZipMap removed). Labels must be equal, probabilities and values equal
// within the tolerance (|online - offline| <= tolerance + tolerance * |offline|, numpy's isclose
// with rtol = atol = tolerance). It catches a serving stack that reads inputs differently from the
// one that was evaluated: a column order, a dtype, a preprocessing step.
import type { Contract } from '../evaluate/contract.js';
import { predict, type Outputs } from '../evaluate/evaluate.js';
import { planFromSources, toFeeds } from '../evaluate/features.js';
import { loadModel, type ModelFile } from '../evaluate/model.js';
import type { Ort } from '../evaluate/runtime/onnxruntime.js';
import { show } from './answer-check.js';
import type { Expectations } from './expectations.js';
import type { Decoded } from './protocol.js';
import { sampleBatch, type Sample } from './sample.js';

export interface Offline extends Outputs {
  classes: string[] | null;
}

export interface Mismatch {
  row: number;
  column: string;
  online: unknown;
  offline: string | number;
}

export async function offlinePredictions(ort: Ort, file: ModelFile, contract: Contract | null, ex: Expectations, s: Sample): Promise<Offline> {
  const model = await loadModel(ort, file, ex.task ?? undefined, ex.classes ?? undefined);
  try {
    const plans = planFromSources(model.info, 'model', { contract, label: ex.labelColumn, columns: s.features.map((f) => f.name), path: s.source });
    const nullable = new Set(s.features.filter((f) => f.nulls === 'allow').map((f) => f.name));
    const feeds = toFeeds(plans, sampleBatch(s), { nullable, what: 'the sample rows' });
    const out = await predict(ort, model, plans, feeds, s.rows.length);
    return { ...out, classes: model.classes };
  } finally {
    await model.session.release().catch(() => undefined);
  }
}

/** A tolerance as people write it: 1e-5, not 0.00001. */
export const showTolerance = (t: number) => (t !== 0 && t < 1e-3 ? t.toExponential() : String(t));

export const close = (online: number, offline: number, tolerance: number) => Math.abs(online - offline) <= tolerance + tolerance * Math.abs(offline);

/** A label from the answer equals the offline one (text) when both read as the same number, or the same text. */
export function sameLabel(online: unknown, offline: string): boolean {
  if (typeof online === 'number') return Number(offline) === online;
  if (typeof online === 'boolean') return offline === String(online) || offline === (online ? '1' : '0');
  return typeof online === 'string' && online === offline;
}

export function compareParity(on: Decoded, off: Offline, tolerance: number): Mismatch[] {
  const out: Mismatch[] = [];
  if (off.labels && on.label) {
    const name = on.label.name;
    off.labels.forEach((l, i) => {
      const v = on.label?.values[i];
      if (!sameLabel(v, l)) out.push({ row: i + 1, column: name, online: v, offline: l });
    });
  }
  if (off.proba && off.classes && on.proba) {
    const c = off.classes.length;
    const p = on.proba;
    off.classes.forEach((cls, j) => {
      // By class name when the answer names its classes, else by position.
      const k = p.classes ? p.classes.indexOf(cls) : j;
      for (let i = 0; i < p.rows.length && i * c + j < (off.proba as Float64Array).length; i++) {
        const want = (off.proba as Float64Array)[i * c + j] as number;
        const got = k >= 0 ? p.rows[i]?.[k] : undefined;
        if (typeof got !== 'number' || !close(got, want, tolerance)) out.push({ row: i + 1, column: `${p.name}[${cls}]`, online: got, offline: want });
      }
    });
  }
  if (off.values && on.value) {
    const name = on.value.name;
    off.values.forEach((want, i) => {
      const got = on.value?.values[i];
      if (typeof got !== 'number' || !close(got, want, tolerance)) out.push({ row: i + 1, column: name, online: got, offline: want });
    });
  }
  // Row by row, each row's outputs in the order above (the sort is stable).
  return out.sort((a, b) => a.row - b.row);
}

/** What the endpoint answers that the offline model does not give, or the reverse: nothing to compare. */
export function parityGaps(on: Decoded, off: Offline): string[] {
  const gaps: string[] = [];
  if (off.labels && !on.label) gaps.push('the model gives labels, the answer has none');
  if (off.proba && !on.proba) gaps.push('the model gives probabilities, the answer has none');
  if (off.values && !on.value) gaps.push('the model gives values, the answer has none');
  if (!off.labels && !off.proba && !off.values) gaps.push('the model file gives no predictions to compare');
  return gaps;
}

export function mismatchLine(m: Mismatch, tolerance: number): string {
  const diff = typeof m.online === 'number' && typeof m.offline === 'number' ? ` (difference ${Math.abs(m.online - m.offline).toPrecision(3)}, tolerance ${showTolerance(tolerance)})` : '';
  return `row ${m.row}, \`${m.column}\`: endpoint ${show(m.online)}, model file ${typeof m.offline === 'string' ? m.offline : m.offline}${diff}`;
}
