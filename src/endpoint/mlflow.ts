// MLflow's scoring protocol as a client: rows sent as `dataframe_split` (what
// pandas.DataFrame.to_json(orient="split") writes, and what every MLflow flavour reads), answers read
// in the shapes pyfunc models give: one record per row (an ONNX classifier: the label and a
// {class: p} map), one value per row, or an object of columns.
import type { Expectations } from './expectations.js';
import type { Decoded, Protocol } from './protocol.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export function mlflowProtocol(base: string, ex: Expectations): Protocol {
  return {
    name: 'mlflow',
    inferUrl: `${base}/invocations`,
    contentType: 'application/json',
    form: 'dataframe_split',
    encode: (r) => JSON.stringify({ dataframe_split: { columns: r.features.map((f) => f.name), data: r.rows } }),
    decode: (json, sent) => decodeMlflow(json, sent, ex),
  };
}

export function decodeMlflow(json: unknown, sent: number, ex: Expectations): Decoded {
  const out: Decoded = { rows: 0, label: null, proba: null, value: null, problems: [], names: [] };
  if (!isObj(json) || !('predictions' in json)) {
    out.problems.push('the answer is not {"predictions": ...} (MLflow scoring protocol)');
    return out;
  }
  let preds = json.predictions;
  // An object of columns ({"output_label": [...], ...}): one record per row.
  if (isObj(preds)) {
    const cols = Object.entries(preds).filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
    const n = Math.max(0, ...cols.map(([, v]) => v.length));
    preds = Array.from({ length: n }, (_, i) => Object.fromEntries(cols.map(([k, v]) => [k, v[i]])));
  }
  if (!Array.isArray(preds)) {
    out.problems.push(`\`predictions\` is ${JSON.stringify(preds)?.slice(0, 80)}, not a list with one prediction per row`);
    return out;
  }
  const list = preds as unknown[];
  out.rows = list.length;
  if (list.length !== sent) out.problems.push(`\`predictions\` has ${list.length} rows for the ${sent} sent`);
  const regression = ex.task === 'regression';
  if (list.every(isObj)) {
    const first = (list[0] ?? {}) as Obj;
    const keys = Object.keys(first);
    out.names = keys;
    const pick = (declared: string | null, test: (v: unknown) => boolean) => (declared && declared in first ? declared : keys.find((k) => test(first[k])));
    if (regression) {
      const k = pick(ex.valueOutput, (v) => typeof v === 'number');
      if (k) out.value = { name: k, values: list.map((r) => (r as Obj)[k]) };
      return out;
    }
    const labelKey = pick(ex.labelOutput, isScalar);
    const probaKey = pick(ex.probaOutput, (v) => isObj(v) || Array.isArray(v));
    if (labelKey) out.label = { name: labelKey, datatype: null, values: list.map((r) => (r as Obj)[labelKey]) };
    if (probaKey) {
      const firstP = first[probaKey];
      const classes = isObj(firstP) ? Object.keys(firstP) : null;
      out.proba = {
        name: probaKey,
        classes,
        rows: list.map((r, i) => {
          const p = (r as Obj)[probaKey];
          if (Array.isArray(p)) return p;
          if (!isObj(p)) return [p];
          if (classes && Object.keys(p).join('\u0000') !== classes.join('\u0000')) out.problems.push(`row ${i + 1}: \`${probaKey}\` has the classes ${Object.keys(p).join(', ')}, row 1 has ${classes.join(', ')}`);
          return (classes ?? []).map((c) => p[c]);
        }),
      };
    }
    return out;
  }
  // One value per row: a label (classifier) or a value (regressor); [v] rows are unwrapped.
  const values = list.map((v) => (Array.isArray(v) && v.length === 1 ? v[0] : v));
  if (values.every(isScalar)) {
    if (regression || (ex.task === null && values.every((v) => typeof v === 'number' && !Number.isInteger(v)))) out.value = { name: 'predictions', values };
    else out.label = { name: 'predictions', datatype: null, values };
    return out;
  }
  // Rows of several numbers: class probabilities (predict_proba).
  if (values.every(Array.isArray)) out.proba = { name: 'predictions', classes: null, rows: values as unknown[][] };
  else out.problems.push('`predictions` mixes records, values and lists');
  return out;
}
