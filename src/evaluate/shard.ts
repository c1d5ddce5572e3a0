// Sharded evaluation for holdout sets too big for one runner: each job of a matrix evaluates every
// n-th batch (`shard: i/n`) and writes its partial tallies; a last job merges the partials
// (`merge`), then applies the gates to the whole. The tallies merge exactly (confusion counts,
// compensated sums, the kept scores), so the merged metrics equal an unsharded run's.
import { ConfigurationError } from '../common/errors.js';
import { sha256File } from '../common/hash-stream.js';
import { readPartials, type Shard } from '../common/shards.js';
import type { Task } from './contract.js';
import { FLOAT32_SUM_TOLERANCE, type Evaluation, type Tally } from './evaluate.js';
import { PairedRows, type PairedRowsJSON } from './paired.js';
import { ClassificationAccumulator, LatencyAccumulator, RegressionAccumulator, type ClassificationAccumulatorJSON, type LatencyAccumulatorJSON, type RegressionAccumulatorJSON } from './metrics/index.js';

export const PARTIAL_FORMAT = 'model-cd.test-model.partial/2';

export { parseShard, type Shard } from '../common/shards.js';

interface TallyJSON {
  path: string;
  sha256: string;
  task: Task;
  classes: string[] | null;
  classification: ClassificationAccumulatorJSON | null;
  regression: RegressionAccumulatorJSON | null;
  latency: LatencyAccumulatorJSON;
  unknownLabels: [string, number][];
  clamped: number;
}

export interface Partial {
  format: typeof PARTIAL_FORMAT;
  shard: Shard;
  /** The data file as the input named it: every shard must read the same one. */
  data: string;
  rows: number;
  candidate: TallyJSON;
  champion: TallyJSON | null;
  /** With a champion: this shard's rows as both models scored them, for the paired tests. */
  paired: PairedRowsJSON | null;
}

function tallyJSON(t: Tally, sha256: string): TallyJSON {
  return {
    path: t.model.path,
    sha256,
    task: t.model.task,
    classes: t.model.classes,
    classification: t.classification?.toJSON() ?? null,
    regression: t.regression?.toJSON() ?? null,
    latency: t.latency.toJSON(),
    unknownLabels: [...t.unknownLabels],
    clamped: t.clamped,
  };
}

export async function toPartial(shard: Shard, data: string, { rows, candidate, champion, paired }: Evaluation): Promise<Partial> {
  return {
    format: PARTIAL_FORMAT,
    shard,
    data,
    rows,
    candidate: tallyJSON(candidate, await sha256File(candidate.model.path)),
    champion: champion ? tallyJSON(champion, await sha256File(champion.model.path)) : null,
    paired: paired?.toJSON() ?? null,
  };
}

function fromJSON(j: TallyJSON): Tally & { sha256: string } {
  return {
    model: { path: j.path, task: j.task, classes: j.classes },
    sha256: j.sha256,
    classification: j.classification ? ClassificationAccumulator.fromJSON(j.classification, FLOAT32_SUM_TOLERANCE) : null,
    regression: j.regression ? RegressionAccumulator.fromJSON(j.regression) : null,
    latency: LatencyAccumulator.fromJSON(j.latency),
    unknownLabels: new Map(j.unknownLabels),
    clamped: j.clamped,
  };
}

function mergeInto(into: Tally, from: Tally): void {
  if (into.classification && from.classification) into.classification.merge(from.classification);
  if (into.regression && from.regression) into.regression.merge(from.regression);
  into.latency.merge(from.latency);
  for (const [label, n] of from.unknownLabels) into.unknownLabels.set(label, (into.unknownLabels.get(label) ?? 0) + n);
  into.clamped += from.clamped;
}

export interface Merged {
  data: string;
  rows: number;
  shards: number;
  candidate: Tally;
  champion: Tally | null;
  paired: PairedRows | null;
}

/**
 * Reads the partial files of one sharded run and merges them. They must be the same run: the same
 * models (by sha256), data and shard count, and together every shard exactly once.
 */
export async function mergePartials(files: string[]): Promise<Merged> {
  const partials = await readPartials<Partial>(files, {
    format: PARTIAL_FORMAT,
    action: 'test-model',
    same: [
      ['data', (p) => p.data],
      ['candidate sha256', (p) => p.candidate.sha256],
      ['champion sha256', (p) => p.champion?.sha256 ?? null],
      ['task', (p) => p.candidate.task],
    ],
  });
  const first = partials[0] as Partial;
  const candidate = fromJSON(first.candidate);
  const champion = first.champion ? fromJSON(first.champion) : null;
  const paired = first.paired ? PairedRows.fromJSON(first.paired) : null;
  let rows = first.rows;
  for (const p of partials.slice(1)) {
    mergeInto(candidate, fromJSON(p.candidate));
    if (champion && p.champion) mergeInto(champion, fromJSON(p.champion));
    if (paired && p.paired) paired.merge(PairedRows.fromJSON(p.paired));
    rows += p.rows;
  }
  if (rows === 0) throw new ConfigurationError('input `merge`', files.join(', '), 'hold no evaluated rows: the data had no rows. Give a holdout set with rows.');
  return { data: first.data, rows, shards: first.shard.count, candidate, champion, paired };
}
