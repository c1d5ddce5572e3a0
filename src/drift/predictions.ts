// Prediction drift: the champion and the candidate run on the same current rows, and their outputs
// become columns (the predicted label, each class's probability, or the regression value) that the
// drift tests compare, champion as the reference. A candidate whose predictions move far from the
// champion's on today's traffic deserves a look even when its holdout metrics are better.
import type { Contract } from '../evaluate/contract.js';
import type { TableReader } from '../evaluate/data/table.js';
import { predict } from '../evaluate/evaluate.js';
import { planFromSources, toFeeds } from '../evaluate/features.js';
import type { LoadedModel } from '../evaluate/model.js';
import type { Ort } from '../evaluate/runtime/onnxruntime.js';
import type { ColumnData, Dataset, Kind } from './columns.js';

export interface PredictionColumns {
  kinds: Map<string, Kind>;
  champion: Dataset;
  candidate: Dataset;
}

const growable = () => ({ values: [] as number[] });

/** Both models over every row of `table`; the columns they yield, with the categories of predicted labels coded in `categories`. */
export async function predictionColumns(ort: Ort, champion: LoadedModel, candidate: LoadedModel, table: TableReader, o: { features?: string[]; contract: Contract | null; label: string; categories: Map<string, number> }): Promise<PredictionColumns> {
  const kinds = new Map<string, Kind>();
  const columns = new Map<LoadedModel, Map<string, { values: number[] }>>([
    [champion, new Map()],
    [candidate, new Map()],
  ]);
  const plans = new Map(
    [champion, candidate].map((m) => [
      m,
      planFromSources(m.info, m.role, { ...(o.features ? { features: o.features } : {}), contract: o.contract, label: o.label, columns: table.columns, path: table.path }),
    ]),
  );
  const code = (label: string) => {
    let c = o.categories.get(`s:${label}`);
    if (c === undefined) {
      c = o.categories.size;
      o.categories.set(`s:${label}`, c);
    }
    return c;
  };
  let rows = 0;
  for await (const batch of table.batches(1024)) {
    rows += batch.rows;
    for (const m of [champion, candidate]) {
      const p = plans.get(m) ?? [];
      const out = await predict(ort, m, p, toFeeds(p, batch, { nullable: new Set(), what: table.path }), batch.rows);
      const cols = columns.get(m) as Map<string, { values: number[] }>;
      const push = (name: string, kind: Kind, v: number) => {
        kinds.set(name, kind);
        let c = cols.get(name);
        if (!c) cols.set(name, (c = growable()));
        c.values.push(v);
      };
      if (out.values) for (const v of out.values) push('prediction', 'num', v);
      if (out.labels) for (const l of out.labels) push('predicted label', 'cat', code(l));
      if (out.proba && m.classes) {
        const k = m.classes.length;
        for (let i = 0; i < batch.rows; i++) for (let j = 0; j < k; j++) push(`P(${m.classes[j]})`, 'num', out.proba[i * k + j] as number);
      }
    }
  }
  const dataset = (m: LoadedModel): Dataset => {
    const map = new Map<string, ColumnData>();
    for (const [name, c] of columns.get(m) as Map<string, { values: number[] }>) {
      const kind = kinds.get(name) as Kind;
      map.set(name, {
        count: c.values.length,
        numbers: kind === 'num' ? Float64Array.from(c.values) : new Float64Array(0),
        counts: kind === 'cat' ? countsOf(c.values) : new Map(),
        rows,
        nulls: 0,
        integer: false,
      });
    }
    return { path: m.path, rows, columns: map };
  };
  return { kinds, champion: dataset(champion), candidate: dataset(candidate) };
}

function countsOf(codes: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of codes) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}
