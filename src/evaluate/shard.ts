// Sharded evaluation for holdout sets too big for one runner: each job of a matrix evaluates every
// n-th batch (`shard: i/n`) and writes its partial tallies; a last job merges the partials
// (`merge`), then applies the gates to the whole. The tallies merge exactly (confusion counts,
// compensated sums, the kept scores), so the merged metrics equal an unsharded run's.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../common/errors.js';
import type { Task } from './contract.js';
import { FLOAT32_SUM_TOLERANCE, type Tally } from './evaluate.js';
import { ClassificationAccumulator, LatencyAccumulator, RegressionAccumulator, type ClassificationAccumulatorJSON, type LatencyAccumulatorJSON, type RegressionAccumulatorJSON } from './metrics/index.js';

export const PARTIAL_FORMAT = 'model-cd.test-model.partial/1';

export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 1 <= i <= n (a matrix's `${{ matrix.shard }}/4`). */
export function parseShard(raw: string): Shard | null {
  const v = raw.trim();
  if (!v) return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 10_000 || index < 1 || index > count) {
    throw new ConfigurationError('input `shard`', raw, 'is not a shard. Give i/n with 1 <= i <= n, e.g. 2/4 for the second of four jobs.');
  }
  return { index, count };
}

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
}

export async function sha256File(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
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

export async function toPartial(shard: Shard, data: string, rows: number, candidate: Tally, champion: Tally | null): Promise<Partial> {
  return {
    format: PARTIAL_FORMAT,
    shard,
    data,
    rows,
    candidate: tallyJSON(candidate, await sha256File(candidate.model.path)),
    champion: champion ? tallyJSON(champion, await sha256File(champion.model.path)) : null,
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
}

/**
 * Reads the partial files of one sharded run and merges them. They must be the same run: the same
 * models (by sha256), data and shard count, and together every shard exactly once.
 */
export async function mergePartials(files: string[]): Promise<Merged> {
  if (files.length === 0) throw new ConfigurationError('input `merge`', '', 'matches no files. Give the partial files the shard jobs wrote (their `partial` output), e.g. a folder of downloaded artifacts with a glob.');
  const partials: { file: string; p: Partial }[] = [];
  for (const file of files) {
    let p: Partial;
    try {
      p = JSON.parse(await readFile(file, 'utf8')) as Partial;
    } catch (e) {
      throw new ConfigurationError('input `merge`', file, `is not a readable partial result (${(e as Error).message.split('\n')[0]}). Give the files the shard jobs wrote.`);
    }
    if (p?.format !== PARTIAL_FORMAT) throw new ConfigurationError('input `merge`', file, `is not a test-model partial result (format ${JSON.stringify(p?.format)}, expected ${PARTIAL_FORMAT}).`);
    partials.push({ file, p });
  }
  const first = (partials[0] as { p: Partial }).p;
  const same = (what: string, get: (p: Partial) => unknown) => {
    for (const { file, p } of partials) {
      if (JSON.stringify(get(p)) !== JSON.stringify(get(first))) {
        throw new ConfigurationError('input `merge`', file, `comes from another run: its ${what} (${JSON.stringify(get(p))}) differs from ${partials[0]?.file}'s (${JSON.stringify(get(first))}). Merge the partials of one run only.`);
      }
    }
  };
  same('shard count', (p) => p.shard.count);
  same('data', (p) => p.data);
  same('candidate sha256', (p) => p.candidate.sha256);
  same('champion sha256', (p) => p.champion?.sha256 ?? null);
  same('task', (p) => p.candidate.task);
  const seen = new Map<number, string>();
  for (const { file, p } of partials) {
    const dup = seen.get(p.shard.index);
    if (dup) throw new ConfigurationError('input `merge`', file, `is shard ${p.shard.index}/${p.shard.count} again (also ${dup}). Give each shard's partial once.`);
    seen.set(p.shard.index, file);
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new ConfigurationError('input `merge`', files.join(', '), `lacks shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${first.shard.count}`).join(', ')}. Wait for every shard job (needs:) and pass all their partials.`);

  const candidate = fromJSON(first.candidate);
  const champion = first.champion ? fromJSON(first.champion) : null;
  let rows = first.rows;
  for (const { p } of partials.slice(1)) {
    mergeInto(candidate, fromJSON(p.candidate));
    if (champion && p.champion) mergeInto(champion, fromJSON(p.champion));
    rows += p.rows;
  }
  if (rows === 0) throw new ConfigurationError('input `merge`', files.join(', '), 'hold no evaluated rows: the data had no rows. Give a holdout set with rows.');
  return { data: first.data, rows, shards: first.shard.count, candidate, champion };
}
