// MLflow's scoring protocol (`mlflow models serve`, POST /invocations): a JSON body with one of
// dataframe_split, dataframe_records, instances or inputs, or a CSV body with a header row. The
// answer is {"predictions": [...]} in the shape MLflow's pyfunc server gives for an ONNX model: one
// record per row with each output by name, the probabilities as a {class: p} map (ZipMap's shape).
import type { Prediction } from './predictor.js';
import { RequestError } from './request-error.js';
import type { RawRows } from './rows.js';
import type { ServedModel } from './served-model.js';

const FORMS = 'dataframe_split, dataframe_records, instances or inputs';
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mlflowRows(body: unknown, served: ServedModel): RawRows {
  if (!isObj(body)) throw new RequestError('bad_request', `The body must be a JSON object with one of ${FORMS}; got ${Array.isArray(body) ? 'an array' : typeof body}.`);
  const keys = Object.keys(body).filter((k) => k !== 'params');
  if (keys.length !== 1 || !['dataframe_split', 'dataframe_records', 'instances', 'inputs'].includes(keys[0] as string)) {
    throw new RequestError('bad_request', `The body must have exactly one of ${FORMS}; it has ${keys.length ? keys.join(', ') : 'none'}.`, { value: keys.join(', '), expected: FORMS });
  }
  const key = keys[0] as string;
  const v = body[key];
  if (key === 'dataframe_split') return split(v);
  if (key === 'dataframe_records') return records(v, key);
  // instances and inputs: records, rows of one tensor, or a dict of columns or tensors.
  if (Array.isArray(v)) return v.length && v.every(isObj) ? records(v, key) : tensorRows(v, key, served);
  if (isObj(v)) return dict(v, key, served);
  throw new RequestError('bad_request', `\`${key}\` must be a list (records or rows) or an object of columns.`, { field: key, value: v });
}

function split(v: unknown): RawRows {
  if (!isObj(v) || !Array.isArray(v.columns) || !Array.isArray(v.data)) {
    throw new RequestError('bad_request', '`dataframe_split` must be {"columns": [...], "data": [[...], ...]}, as pandas writes with orient="split".', { field: 'dataframe_split' });
  }
  const names = v.columns.map(String);
  const columns = new Map<string, unknown[]>(names.map((n) => [n, []]));
  v.data.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== names.length) {
      throw new RequestError('wrong_shape', `dataframe_split: row ${r + 1} has ${Array.isArray(row) ? row.length : 'no list of'} values for ${names.length} columns.`, { field: `data[${r}]`, value: row, expected: `${names.length} values` });
    }
    names.forEach((n, j) => (columns.get(n) as unknown[]).push(row[j]));
  });
  return { rows: v.data.length, columns, where: 'dataframe_split' };
}

function records(v: unknown, key: string): RawRows {
  if (!Array.isArray(v) || !v.every(isObj)) throw new RequestError('bad_request', `\`${key}\` must be a list of records ({"column": value, ...}).`, { field: key });
  const names = [...new Set(v.flatMap((r) => Object.keys(r)))];
  const columns = new Map<string, unknown[]>(names.map((n) => [n, []]));
  v.forEach((rec, r) => {
    for (const n of names) {
      if (!(n in rec)) throw new RequestError('missing_column', `${key}: record ${r + 1} has no \`${n}\`, which other records have.`, { field: n });
      (columns.get(n) as unknown[]).push(rec[n]);
    }
  });
  return { rows: v.length, columns, where: key };
}

/** Rows of numbers for a model with one input, e.g. {"instances": [[0.1, 0.2, ...], ...]}. */
function tensorRows(v: unknown[], key: string, served: ServedModel): RawRows {
  const plan = served.plans.length === 1 ? served.plans[0] : undefined;
  if (!plan) throw new RequestError('bad_request', `\`${key}\` as rows of values needs a model with one input; this one has ${served.plans.map((p) => p.input).join(', ')}. Send records or an object of inputs.`, { field: key });
  const width = plan.columns.length;
  const columns: unknown[][] = plan.columns.map(() => []);
  v.forEach((row, r) => {
    const values = plan.flat && !Array.isArray(row) ? [row] : row;
    if (!Array.isArray(values) || values.length !== width) {
      throw new RequestError('wrong_shape', `${key}: row ${r + 1} has ${Array.isArray(values) ? values.length : 'no list of'} values; the input \`${plan.input}\` takes ${width}.`, { field: `${key}[${r}]`, value: row, expected: `${width} values` });
    }
    values.forEach((x, j) => (columns[j] as unknown[]).push(x));
  });
  return { rows: v.length, columns: served.positional ? columns : new Map(plan.columns.map((c, j) => [c, columns[j] as unknown[]])), where: key };
}

/** {"column": [values]} or {"input": [[row], ...]} (tensors by model input name). */
function dict(v: Obj, key: string, served: ServedModel): RawRows {
  const inputs = new Set(served.plans.map((p) => p.input));
  const names = Object.keys(v);
  if (names.length && names.every((n) => inputs.has(n)) && !names.every((n) => served.columns.some((c) => c.name === n))) {
    // Tensors: each input's rows spread over its columns.
    const columns = new Map<string, unknown[]>();
    let rows = -1;
    for (const plan of served.plans) {
      const t = v[plan.input];
      if (!Array.isArray(t)) throw new RequestError('missing_column', `${key} has no input \`${plan.input}\`, which the model needs.`, { field: plan.input });
      const part = tensorRows(t, `${key}.${plan.input}`, { ...served, plans: [plan], positional: false });
      if (rows >= 0 && part.rows !== rows) throw new RequestError('wrong_shape', `${key}: input \`${plan.input}\` has ${part.rows} rows, the others ${rows}.`, { field: plan.input });
      rows = part.rows;
      for (const [c, vals] of part.columns as Map<string, unknown[]>) columns.set(c, vals);
    }
    return { rows, columns, where: key };
  }
  const columns = new Map<string, unknown[]>();
  let rows = -1;
  for (const n of names) {
    const col = Array.isArray(v[n]) ? (v[n] as unknown[]) : [v[n]];
    if (rows >= 0 && col.length !== rows) throw new RequestError('wrong_shape', `${key}: column \`${n}\` has ${col.length} values, the others ${rows}.`, { field: n });
    rows = col.length;
    columns.set(n, col);
  }
  return { rows: Math.max(rows, 0), columns, where: key };
}

/** A CSV body with a header row; cells stay text and are read by the column types. */
export function csvRows(text: string): RawRows {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new RequestError('empty_body', 'The CSV body is empty. Send a header row and at least one row.');
  const cells = (l: string) => l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const names = cells(lines[0] as string);
  const columns = new Map<string, unknown[]>(names.map((n) => [n, []]));
  lines.slice(1).forEach((l, r) => {
    const row = cells(l);
    if (row.length !== names.length) throw new RequestError('wrong_shape', `CSV row ${r + 1} has ${row.length} cells for ${names.length} columns.`, { field: `row ${r + 1}`, expected: `${names.length} cells` });
    names.forEach((n, j) => (columns.get(n) as unknown[]).push(row[j]));
  });
  return { rows: lines.length - 1, columns, where: 'CSV', text: true };
}

/**
 * {"predictions": [...]} as JSON text, written directly: for a batch of rows this is most of an
 * answer's cost, and building an object per row only to stringify it doubles that.
 */
export function mlflowAnswer(p: Prediction, served: ServedModel): string {
  const parts: string[] = new Array<string>(p.rows);
  const num = (v: number) => (Number.isFinite(v) ? String(v) : 'null');
  if (p.values) {
    for (let i = 0; i < p.rows; i++) parts[i] = num(p.values[i] as number);
    return `{"predictions":[${parts.join(',')}]}`;
  }
  const classes = (served.classes ?? []).map((c) => JSON.stringify(String(c)) + ':');
  const labelKey = JSON.stringify(served.labelName) + ':';
  const probaKey = served.probaName ? JSON.stringify(served.probaName) + ':' : '';
  const c = classes.length;
  for (let i = 0; i < p.rows; i++) {
    let rec = '{';
    if (p.labels) rec += labelKey + JSON.stringify(p.labels[i]);
    if (p.proba && probaKey) {
      let map = '';
      for (let j = 0; j < c; j++) map += (j ? ',' : '') + classes[j] + num(p.proba[i * c + j] as number);
      rec += (p.labels ? ',' : '') + probaKey + '{' + map + '}';
    }
    parts[i] = rec + '}';
  }
  return `{"predictions":[${parts.join(',')}]}`;
}
