// Prediction drift: the champion and the candidate run on the same current rows, and their outputs
// become columns (the predicted label, each class's probability, or the regression value) that the
// drift tests compare, champion as the reference. A candidate whose predictions move far from the
// champion's on today's traffic deserves a look even when its holdout metrics are better.
import type { Contract } from '../evaluate/contract.js';
import type { TableReader } from '../data/table.js';
import { predict } from '../evaluate/evaluate.js';
import { planFromSources, toFeeds } from '../evaluate/features.js';
import type { LoadedModel } from '../evaluate/model.js';
import type { Ort } from '../evaluate/runtime/onnxruntime.js';
import type { Kind } from './cells.js';
import { addCells, inShard, newColumn, SHARD_BLOCK, type Shard, type Side } from './side.js';

export interface PredictionColumns {
  kinds: Map<string, Kind>;
  champion: Side;
  candidate: Side;
}

/**
 * Both models over the rows of `table` (a shard's only, with `shard`); the columns they yield, as
 * side states like the datasets' (predicted labels categorical, probabilities and values numerical).
 */
export async function predictionColumns(ort: Ort, champion: LoadedModel, candidate: LoadedModel, table: TableReader, o: { features?: string[]; contract: Contract | null; label: string; shard: Shard | null; keep: (count: number) => boolean }): Promise<PredictionColumns> {
  const kinds = new Map<string, Kind>();
  const sides = new Map<LoadedModel, Side>([
    [champion, { rows: 0, columns: new Map() }],
    [candidate, { rows: 0, columns: new Map() }],
  ]);
  const plans = new Map(
    [champion, candidate].map((m) => [
      m,
      planFromSources(m.info, m.role, { ...(o.features ? { features: o.features } : {}), contract: o.contract, label: o.label, columns: table.columns, path: table.path }),
    ]),
  );
  const options = { modes: new Map(), textDecides: false, keep: (_: string, n: number) => o.keep(n), shard: null };
  for await (const batch of table.batches(SHARD_BLOCK, o.shard ? (first) => !inShard(first, o.shard) : undefined)) {
    for (const m of [champion, candidate]) {
      const p = plans.get(m) ?? [];
      const out = await predict(ort, m, p, toFeeds(p, batch, { nullable: new Set(), what: table.path }), batch.rows);
      const side = sides.get(m) as Side;
      side.rows += batch.rows;
      const add = (name: string, kind: Kind, cells: (string | number)[]) => {
        kinds.set(name, kind);
        let column = side.columns.get(name);
        if (!column) side.columns.set(name, (column = newColumn(kind)));
        addCells(column, cells, options, name);
      };
      if (out.values) add('prediction', 'num', Array.from(out.values));
      if (out.labels) add('predicted label', 'cat', out.labels);
      if (out.proba && m.classes) {
        const k = m.classes.length;
        for (let j = 0; j < k; j++) add(`P(${m.classes[j]})`, 'num', Array.from({ length: batch.rows }, (_, i) => out.proba?.[i * k + j] as number));
      }
    }
  }
  return { kinds, champion: sides.get(champion) as Side, candidate: sides.get(candidate) as Side };
}
