// Sharded drift checks for datasets too big for one runner: each job of a matrix reads every n-th
// block of rows of both datasets (`shard: i/n`) and writes its per-column state; a last job merges
// the states (`merge`) and tests the whole. The states merge exactly (counts, kept values, the
// aligned histograms of sketch.ts), so the merged result equals one job's, to float rounding in the
// means and sums.
import type { Shard } from '../common/shards.js';
import { readPartials } from '../common/shards.js';
import type { Kind } from './cells.js';
import type { PredictionColumns } from './predictions.js';
import { mergeSides, sideFromJSON, sideToJSON, type Side, type SideJSON } from './side.js';

export const DRIFT_PARTIAL_FORMAT = 'model-cd.check-drift.partial/1';

/** What decides the state a shard keeps: every shard of a run must share it. */
export interface Plan {
  reference: string;
  current: string;
  columns: string[];
  target: string;
  /** Column types given by the user. */
  types: [string, Kind][];
  exactLimit: number;
  /** Columns only one dataset has, left untested under `missing-columns: ignore`. */
  unmatched: { reference: string[]; current: string[] };
}

/** The models of prediction drift, by sha256. */
export interface Models {
  champion: string;
  candidate: string;
}

export interface DriftPartial {
  format: typeof DRIFT_PARTIAL_FORMAT;
  shard: Shard;
  plan: Plan;
  models: Models | null;
  reference: SideJSON;
  current: SideJSON;
  predictions: { kinds: [string, Kind][]; champion: SideJSON; candidate: SideJSON } | null;
}

export function toDriftPartial(shard: Shard, plan: Plan, models: Models | null, reference: Side, current: Side, predictions: PredictionColumns | null): DriftPartial {
  return {
    format: DRIFT_PARTIAL_FORMAT,
    shard,
    plan,
    models,
    reference: sideToJSON(reference),
    current: sideToJSON(current),
    predictions: predictions ? { kinds: [...predictions.kinds], champion: sideToJSON(predictions.champion), candidate: sideToJSON(predictions.candidate) } : null,
  };
}

export interface MergedDrift {
  shards: number;
  plan: Plan;
  reference: Side;
  current: Side;
  predictions: PredictionColumns | null;
}

/** The partial files of one sharded run, merged in shard order. */
export async function mergeDriftPartials(files: string[]): Promise<MergedDrift> {
  const partials = await readPartials<DriftPartial>(files, {
    format: DRIFT_PARTIAL_FORMAT,
    action: 'check-drift',
    same: [
      ['plan (datasets, columns, types, exact-limit)', (p) => p.plan],
      ['models', (p) => p.models],
    ],
  });
  const first = partials[0] as DriftPartial;
  const reference = sideFromJSON(first.reference);
  const current = sideFromJSON(first.current);
  const predictions = first.predictions ? { kinds: new Map(first.predictions.kinds), champion: sideFromJSON(first.predictions.champion), candidate: sideFromJSON(first.predictions.candidate) } : null;
  for (const p of partials.slice(1)) {
    mergeSides(reference, sideFromJSON(p.reference));
    mergeSides(current, sideFromJSON(p.current));
    if (predictions && p.predictions) {
      for (const [k, v] of p.predictions.kinds) predictions.kinds.set(k, v);
      mergeSides(predictions.champion, sideFromJSON(p.predictions.champion));
      mergeSides(predictions.candidate, sideFromJSON(p.predictions.candidate));
    }
  }
  return { shards: first.shard.count, plan: first.plan, reference, current, predictions };
}
