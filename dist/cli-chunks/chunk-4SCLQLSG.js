import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PairedRows,
  WireError,
  decodeFloat64,
  encodeFloat64,
  readModel,
  withoutZipMap
} from "./chunk-5ASBMTIZ.js";
import {
  ConfigurationError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/evaluate/model.ts
init_define_ACTION_META();
import { readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function readModelFile(role, input, path) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ConfigurationError(`input \`${input}\``, path, `cannot be read (${e.code ?? e.message}). Give the path of the ${role} .onnx file (pull-model's \`path\` output).`);
  }
  let info;
  try {
    info = readModel(bytes);
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw new ConfigurationError(`input \`${input}\``, path, `is not an ONNX model (${e.message}). Check that the file is the exported .onnx, complete (not truncated) and not a Git LFS pointer.`);
  }
  return { role, input, path, bytes, info };
}
async function loadModel(ort, file, taskHint, labelsHint) {
  const { role, input, path, bytes, info } = file;
  const runnable = withoutZipMap(bytes, info);
  let session;
  try {
    session = await ort.InferenceSession.create(runnable);
  } catch (e) {
    const reason = e.message.split("\n")[0] ?? String(e);
    const op = /implementation for ([A-Za-z0-9_]+)\(|Unrecognized attribute|No Op registered for ([A-Za-z0-9_]+)/.exec(reason);
    const hint = op ? ` The model uses an operator this onnxruntime cannot run (${op[1] ?? op[2] ?? "see above"}); its operators: ${info.operators.join(", ")}. Export with a standard opset, or run a newer onnxruntime via \`onnxruntime-path\`.` : " Check the model with onnx.checker, and the opset it was exported with.";
    throw new ConfigurationError(`input \`${input}\``, path, `cannot be loaded by onnxruntime: ${reason}.${hint}`);
  }
  const outputs = runnable === bytes ? info.outputs : readModel(runnable).outputs;
  const tensor = (o) => o.type?.kind === "tensor" ? o.type : null;
  const rankOf = (o) => tensor(o)?.shape?.length ?? null;
  const isFloat = (o) => ["float32", "float64", "float16"].includes(tensor(o)?.elem ?? "");
  const perRow = (o) => rankOf(o) === 1 || rankOf(o) === 2 && tensor(o)?.shape?.[1] === 1 || rankOf(o) === null;
  const labelOutput = outputs.find((o) => ["int64", "int32", "string", "bool"].includes(tensor(o)?.elem ?? "") && perRow(o))?.name ?? null;
  const probaOutput = info.zipMap?.input ?? outputs.find((o) => isFloat(o) && rankOf(o) === 2 && tensor(o)?.shape?.[1] !== 1)?.name ?? null;
  const classes = info.classLabels ?? labelsHint ?? null;
  const task = taskHint ?? (labelOutput || probaOutput || classes ? (classes?.length ?? 2) <= 2 ? "binary" : "multiclass" : "regression");
  const valueOutput = task === "regression" ? outputs.find((o) => isFloat(o) && perRow(o))?.name ?? null : null;
  if (task === "regression" && !valueOutput) {
    throw new ConfigurationError(`input \`${input}\``, path, `has no float output of one value per row for a regression (its outputs: ${outputs.map((o) => o.name).join(", ")}). Check \`task\`.`);
  }
  if (task !== "regression" && !labelOutput && !(probaOutput && classes)) {
    throw new ConfigurationError(
      `input \`${input}\``,
      path,
      `has neither a label output nor class probabilities with known labels (its outputs: ${outputs.map((o) => o.name).join(", ")}). For a model that outputs only probabilities, list the classes in the contract (model.labels).`
    );
  }
  return { role, path, info, session, task, classes, labelOutput, probaOutput, valueOutput };
}
function onnxFile(raw, input, cwd) {
  const path = resolve(cwd, raw.trim());
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new ConfigurationError(`input \`${input}\``, raw, `does not exist. Give the ${input} .onnx file, or the folder pull-model wrote.`);
  }
  if (!st.isDirectory()) return path;
  const found = [];
  const walk = (dir, depth) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && depth < 3) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && e.name.toLowerCase().endsWith(".onnx")) found.push(join(dir, e.name));
    }
  };
  walk(path, 0);
  if (found.length !== 1) {
    throw new ConfigurationError(`input \`${input}\``, raw, found.length ? `holds ${found.length} .onnx files (${found.map((f) => f.slice(path.length + 1)).join(", ")}); give the one to test.` : "is a folder with no .onnx file in it. Export the model to ONNX, or give the file.");
  }
  return found[0];
}

// src/evaluate/evaluate.ts
init_define_ACTION_META();

// src/evaluate/features.ts
init_define_ACTION_META();
function planFromSources(model, which, o) {
  const c = o.contract;
  return planInputs(model, which, {
    ...o.features?.length ? { features: o.features } : c?.features ? { features: c.features } : {},
    ...c?.inputColumns ? { inputColumns: c.inputColumns } : {},
    label: o.label,
    columns: o.columns,
    source: o.features?.length ? "input `features`" : c ? `contract ${c.file}` : `the columns of ${o.path}`
  });
}
var CASTABLE = ["float32", "float64", "float16", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool", "string"];
function planInputs(model, which, o) {
  const missing = (cols) => cols.filter((c) => !o.columns.includes(c));
  const plans = [];
  const byName = model.inputs.every((i) => o.columns.includes(i.name));
  for (const input of model.inputs) {
    const t = input.type;
    if (!t || t.kind !== "tensor") throw new ConfigurationError(`${which} model input \`${input.name}\``, t?.kind ?? "unknown", "is not a tensor; test-model feeds tensors only.");
    if (!CASTABLE.includes(t.elem)) throw new ConfigurationError(`${which} model input \`${input.name}\``, t.elem, "has an element type test-model cannot build from table cells.");
    let columns;
    if (o.inputColumns) {
      const cols = o.inputColumns[input.name];
      if (!cols) throw new ConfigurationError(`${o.source}: inputs`, Object.keys(o.inputColumns).join(", "), `has no columns for the ${which} model's input \`${input.name}\`. Map every input: ${model.inputs.map((i) => i.name).join(", ")}.`);
      columns = cols;
    } else if (o.features && model.inputs.length === 1) {
      columns = o.features;
    } else if (byName && !o.features) {
      columns = [input.name];
    } else if (model.inputs.length === 1) {
      columns = o.columns.filter((c) => c !== o.label);
    } else {
      throw new ConfigurationError(
        `${which} model`,
        model.inputs.map((i) => i.name).join(", "),
        `has ${model.inputs.length} inputs and the data has no columns of those names: map them in the contract (data.inputs: {<input>: [columns]}).`
      );
    }
    const absent = missing(columns);
    if (absent.length) throw new ConfigurationError(`${o.source}`, absent.join(", "), `${absent.length === 1 ? "is a column" : "are columns"} the ${which} model's input \`${input.name}\` needs, but the data has no such column (it has ${o.columns.join(", ")}).`);
    if (columns.includes(o.label)) throw new ConfigurationError(`${o.source}`, o.label, `is the label column; it cannot also feed the input \`${input.name}\`.`);
    const shape = t.shape;
    const rank = shape?.length ?? 2;
    const width = shape && shape.length === 2 ? shape[1] : null;
    if (rank === 2 && typeof width === "number" && width !== columns.length) {
      throw new ConfigurationError(
        `${which} model input \`${input.name}\``,
        `${columns.length} columns`,
        `takes ${width} values per row, but ${columns.length} columns feed it (${columns.join(", ")}). Name the ${width} feature columns with \`features\` (or data.features in the contract).`
      );
    }
    if (rank === 1 && columns.length !== 1) throw new ConfigurationError(`${which} model input \`${input.name}\``, `${columns.length} columns`, "is one value per row; map exactly one column to it.");
    if (rank !== 1 && rank !== 2) throw new ConfigurationError(`${which} model input \`${input.name}\``, `rank ${rank}`, "has a shape test-model cannot build from table rows (it feeds [N] or [N, columns]).");
    const batch = shape?.[0];
    plans.push({ input: input.name, elem: t.elem, columns, flat: rank === 1, fixedBatch: typeof batch === "number" && batch > 0 ? batch : null });
  }
  return plans;
}
function parseNumber(cell) {
  if (typeof cell === "number") return cell;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (cell === null) return null;
  const s = cell.trim();
  if (s === "") return null;
  const n = Number(s);
  if (!Number.isNaN(n) && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return n;
  const lower = s.toLowerCase().replace(/^\+/, "");
  if (lower === "nan" || lower === "-nan") return NaN;
  if (lower === "inf" || lower === "infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  return void 0;
}
function toFeeds(plans, batch, o) {
  const feeds = /* @__PURE__ */ new Map();
  for (const p of plans) {
    const width = p.columns.length;
    const n = batch.rows;
    const dims = p.flat ? [n] : [n, width];
    if (p.elem === "string") {
      const data2 = new Array(n * width);
      p.columns.forEach((col, j) => {
        const cells = batch.columns[col];
        for (let r = 0; r < n; r++) {
          const c = cells[r];
          if (c === null || c === void 0) {
            if (!o.nullable.has(col)) throw nullCell(o.what, batch.firstRow + r, col);
            data2[r * width + j] = "";
          } else data2[r * width + j] = String(c);
        }
      });
      feeds.set(p.input, { elem: p.elem, dims, data: data2 });
      continue;
    }
    if (p.elem === "bool") {
      const data2 = new Array(n * width);
      p.columns.forEach((col, j) => {
        const cells = batch.columns[col];
        for (let r = 0; r < n; r++) data2[r * width + j] = toBool(cells[r] ?? null, batch.firstRow + r, col, o.what);
      });
      feeds.set(p.input, { elem: p.elem, dims, data: data2 });
      continue;
    }
    const float = p.elem === "float32" || p.elem === "float64" || p.elem === "float16";
    const big = p.elem === "int64" || p.elem === "uint64";
    const data = makeArray(p.elem, n * width);
    p.columns.forEach((col, j) => {
      const cells = batch.columns[col];
      const nullable = o.nullable.has(col);
      for (let r = 0; r < n; r++) {
        const cell = cells[r] ?? null;
        const v = parseNumber(cell);
        const row = batch.firstRow + r;
        if (v === null) {
          if (!nullable || !float) throw nullCell(o.what, row, col);
          data[r * width + j] = NaN;
          continue;
        }
        if (v === void 0) {
          throw new ConfigurationError(`${o.what}: row ${row}, column \`${col}\``, String(cell), `is not a number, but the model's input \`${p.input}\` takes ${p.elem}. Fix the value, or drop the row.`);
        }
        if (!Number.isFinite(v)) {
          if (!nullable || !float) {
            throw new ConfigurationError(
              `${o.what}: row ${row}, column \`${col}\``,
              String(cell),
              float ? "is NaN or infinite. Clean the data, or allow it with nulls: allow for this column in the contract (NaN and infinity are then passed to the model as they are)." : `is not a whole number, but the model's input \`${p.input}\` takes ${p.elem}.`
            );
          }
          data[r * width + j] = v;
          continue;
        }
        if (float) data[r * width + j] = v;
        else {
          if (!Number.isInteger(v)) throw new ConfigurationError(`${o.what}: row ${row}, column \`${col}\``, String(cell), `is not a whole number, but the model's input \`${p.input}\` takes ${p.elem}.`);
          if (big) data[r * width + j] = BigInt(v);
          else data[r * width + j] = v;
        }
      }
    });
    feeds.set(p.input, { elem: p.elem, dims, data });
  }
  return feeds;
}
function makeArray(elem, n) {
  switch (elem) {
    case "float64":
      return new Float64Array(n);
    case "int64":
      return new BigInt64Array(n);
    case "uint64":
      return new BigUint64Array(n);
    case "int32":
      return new Int32Array(n);
    case "int16":
      return new Int16Array(n);
    case "int8":
      return new Int8Array(n);
    case "uint8":
      return new Uint8Array(n);
    case "uint16":
      return new Uint16Array(n);
    case "uint32":
      return new Uint32Array(n);
    default:
      return new Float32Array(n);
  }
}
function toBool(cell, row, col, what) {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return cell === 1;
  const s = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  if (s === "true" || s === "1") return true;
  if (s === "false" || s === "0") return false;
  throw new ConfigurationError(`${what}: row ${row}, column \`${col}\``, String(cell), "is not a boolean (true/false, 1/0).");
}
function nullCell(what, row, col) {
  return new ConfigurationError(`${what}: row ${row}, column \`${col}\``, "", "is empty (null). Fill it, or allow nulls for this column in the contract (data.columns.<name>.nulls: allow).");
}

// src/evaluate/metrics/index.ts
init_define_ACTION_META();

// src/evaluate/metrics/classification.ts
init_define_ACTION_META();

// src/evaluate/metrics/labels.ts
init_define_ACTION_META();
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function isNumericLabel(label) {
  return DECIMAL.test(label) && Number.isFinite(Number(label));
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i);
    const cb = b.codePointAt(i);
    if (ca !== cb) return ca - cb;
    if (ca > 65535) i++;
  }
  return a.length - b.length;
}
function labelOrder(labels) {
  for (const l of labels) if (!isNumericLabel(l)) return "lexicographic";
  return "numeric";
}
function sortLabels(labels, order = labelOrder(labels)) {
  const unique = [...new Set(labels)];
  if (order === "lexicographic") return unique.sort(compareCodePoints);
  return unique.sort((a, b) => Number(a) - Number(b) || compareCodePoints(a, b));
}

// src/evaluate/metrics/roc.ts
init_define_ACTION_META();
function binaryRocAuc(scores, positive) {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += positive[i];
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let twiceArea = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i];
    if (positive[row]) tp++;
    else fp++;
    const last = i === n - 1 || scores[order[i + 1]] !== scores[row];
    if (!last) continue;
    twiceArea += (fp - prevFp) * (tp + prevTp);
    prevTp = tp;
    prevFp = fp;
  }
  return twiceArea / 2 / (positives * negatives);
}

// src/evaluate/metrics/sum.ts
init_define_ACTION_META();
var CompensatedSum = class _CompensatedSum {
  constructor(sum = 0, compensation = 0) {
    this.sum = sum;
    this.compensation = compensation;
  }
  add(x) {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }
  merge(other) {
    this.add(other.sum);
    this.add(other.compensation);
  }
  value() {
    return this.sum + this.compensation;
  }
  toJSON() {
    return [this.sum, this.compensation];
  }
  static fromJSON(json) {
    return new _CompensatedSum(json[0], json[1]);
  }
};

// src/evaluate/metrics/classification.ts
var ClassificationAccumulator = class _ClassificationAccumulator {
  /**
   * @param sumTolerance how far a row of probabilities may sum from 1 before a warning: sklearn's
   * sqrt(eps) of the dtype, so float64 by default; probabilities that come from float32 tensors
   * pass sqrt(float32 eps), as sklearn would use on the model's own output.
   */
  constructor(sumTolerance = Math.sqrt(Number.EPSILON)) {
    this.sumTolerance = sumTolerance;
  }
  count = 0;
  labels = [];
  ids = /* @__PURE__ */ new Map();
  confusion = /* @__PURE__ */ new Map();
  rowsWithoutProba = 0;
  chunks = [];
  add(batch) {
    const rows = batch.yTrue.length;
    if (batch.yPred.length !== rows) {
      throw new Error(`yTrue has ${rows} rows but yPred has ${batch.yPred.length}`);
    }
    const truth = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
      truth[i] = this.id(batch.yTrue[i]);
      this.tally(truth[i], this.id(batch.yPred[i]), 1);
    }
    this.count += rows;
    if (!batch.proba) {
      this.rowsWithoutProba += rows;
      return;
    }
    const { classes, values } = batch.proba;
    if (new Set(classes).size !== classes.length) throw new Error(`proba classes repeat a label: ${classes.join(", ")}`);
    if (values.length !== rows * classes.length) {
      throw new Error(`proba has ${values.length} values; ${rows} rows x ${classes.length} classes needs ${rows * classes.length}`);
    }
    for (const c of classes) this.id(c);
    this.append(classes, values, truth);
  }
  merge(other) {
    const remap = other.labels.map((l) => this.id(l));
    for (const [t, row] of other.confusion) for (const [p, n] of row) this.tally(remap[t], remap[p], n);
    this.count += other.count;
    this.rowsWithoutProba += other.rowsWithoutProba;
    for (const chunk of other.chunks) {
      const truth = new Int32Array(chunk.rows);
      for (let i = 0; i < chunk.rows; i++) truth[i] = remap[chunk.truth[i]];
      this.append(chunk.classes, chunk.values.subarray(0, chunk.rows * chunk.classes.length), truth);
    }
    return this;
  }
  toJSON() {
    const confusion = [];
    for (const [t, row] of this.confusion) for (const [p, n] of row) confusion.push([t, p, n]);
    return {
      format: "model-cd.classification/1",
      count: this.count,
      labels: [...this.labels],
      confusion,
      rowsWithoutProba: this.rowsWithoutProba,
      proba: this.chunks.map((c) => ({
        classes: [...c.classes],
        truth: Array.from(c.truth.subarray(0, c.rows)),
        values: encodeFloat64(c.values.subarray(0, c.rows * c.classes.length))
      }))
    };
  }
  static fromJSON(json, sumTolerance) {
    if (json.format !== "model-cd.classification/1") throw new Error(`not a classification accumulator: format ${String(json.format)}`);
    const acc = new _ClassificationAccumulator(sumTolerance);
    for (const l of json.labels) acc.id(l);
    for (const [t, p, n] of json.confusion) acc.tally(t, p, n);
    acc.count = json.count;
    acc.rowsWithoutProba = json.rowsWithoutProba;
    for (const chunk of json.proba) acc.append(chunk.classes, decodeFloat64(chunk.values), Int32Array.from(chunk.truth));
    return acc;
  }
  result() {
    if (this.count === 0) throw new Error("no rows to score");
    const warnings = [];
    const order = labelOrder(this.labels);
    const present = /* @__PURE__ */ new Set();
    for (const [t, row] of this.confusion) {
      present.add(t);
      for (const p of row.keys()) present.add(p);
    }
    const classes = sortLabels(
      [...present].map((i) => this.labels[i]),
      order
    );
    const index = new Map(classes.map((l, i) => [this.ids.get(l), i]));
    const k = classes.length;
    const matrix = classes.map(() => new Array(k).fill(0));
    for (const [t, row] of this.confusion) for (const [p, n2] of row) matrix[index.get(t)][index.get(p)] += n2;
    const tp = classes.map((_, i) => matrix[i][i]);
    const trueSum = matrix.map((row) => row.reduce((a, b) => a + b, 0));
    const predSum = classes.map((_, j) => matrix.reduce((a, row) => a + row[j], 0));
    const correct = tp.reduce((a, b) => a + b, 0);
    const n = this.count;
    const divide = (num, den, metric, why) => {
      const undefinedFor = classes.filter((_, i) => den[i] === 0);
      if (undefinedFor.length) warnings.push(`${metric} is ill-defined and set to 0.0 for labels with no ${why} samples: ${undefinedFor.join(", ")}`);
      return num.map((x, i) => den[i] === 0 ? 0 : x / den[i]);
    };
    const precision = divide(tp, predSum, "precision", "predicted");
    const recall = divide(tp, trueSum, "recall", "true");
    const f1 = divide(
      tp.map((x) => 2 * x),
      trueSum.map((x, i) => x + predSum[i]),
      "f1",
      "true nor predicted"
    );
    const averaged = (perClass, micro) => ({
      macro: mean(perClass),
      micro,
      weighted: perClass.reduce((a, x, i) => a + x * trueSum[i], 0) / n,
      perClass: Object.fromEntries(classes.map((l, i) => [l, perClass[i]]))
    });
    const seen = recall.filter((_, i) => trueSum[i] > 0);
    if (seen.length < k) {
      warnings.push(`balanced accuracy leaves out labels predicted but never true: ${classes.filter((_, i) => trueSum[i] === 0).join(", ")}`);
    }
    const probabilistic = this.probabilistic(order, warnings);
    return {
      count: n,
      classes,
      accuracy: correct / n,
      balancedAccuracy: mean(seen),
      precision: averaged(precision, correct / n),
      recall: averaged(recall, correct / n),
      f1: averaged(f1, 2 * correct / (2 * n)),
      confusionMatrix: { labels: classes, matrix },
      ...probabilistic,
      warnings
    };
  }
  probabilistic(order, warnings) {
    const none = (reason) => {
      warnings.push(`ROC AUC and log loss not computed: ${reason}`);
      return { rocAuc: null, rocAucPerClass: null, logLoss: null };
    };
    if (this.chunks.length === 0) return none("no class probabilities were given");
    if (this.rowsWithoutProba > 0) return none(`${this.rowsWithoutProba} of ${this.count} rows have no class probabilities`);
    const keys = new Set(this.chunks.map((c) => [...c.classes].sort().join("\0")));
    const classes = sortLabels(
      this.chunks.flatMap((c) => c.classes),
      order
    );
    if (keys.size > 1) warnings.push("batches gave probabilities for different class sets; a class a batch did not list scores 0 there");
    if (classes.length < 2) return none(`probabilities name a single class (${classes.join("")})`);
    const n = this.count;
    const k = classes.length;
    const scores = new Float64Array(n * k);
    const truth = new Int32Array(n);
    const column = new Map(classes.map((c, i) => [this.ids.get(c), i]));
    let row = 0;
    for (const chunk of this.chunks) {
      const cols = chunk.classes.map((c) => column.get(this.ids.get(c)));
      const width = chunk.classes.length;
      for (let r = 0; r < chunk.rows; r++, row++) {
        for (let j = 0; j < width; j++) scores[row * k + cols[j]] = chunk.values[r * width + j];
        truth[row] = column.get(chunk.truth[r]) ?? -1;
      }
    }
    for (let i = 0; i < scores.length; i++) {
      const v = scores[i];
      if (!Number.isFinite(v)) return none("probabilities contain NaN or infinity");
      if (v < 0 || v > 1) return none(`probabilities contain ${v}, outside [0, 1]`);
    }
    const stray = /* @__PURE__ */ new Set();
    for (let r = 0; r < n; r++) if (truth[r] < 0) stray.add(this.labelOfRow(r));
    if (stray.size) return none(`y_true contains labels that are not probability classes: ${sortLabels(stray, order).join(", ")}`);
    const eps = Number.EPSILON;
    const loss = new CompensatedSum();
    let unnormalised = 0;
    let notSummingForAuc = 0;
    for (let r = 0; r < n; r++) {
      const p = Math.min(Math.max(scores[r * k + truth[r]], eps), 1 - eps);
      loss.add(-Math.log(p));
      let s = 0;
      for (let j = 0; j < k; j++) s += scores[r * k + j];
      if (Math.abs(s - 1) > this.sumTolerance) unnormalised++;
      if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) notSummingForAuc++;
    }
    if (unnormalised) warnings.push(`${unnormalised} rows of probabilities do not sum to 1; log loss uses them as given, clipped to [eps, 1-eps]`);
    const logLoss = loss.value() / n;
    const columnScores = (j) => {
      const out = new Float64Array(n);
      for (let r = 0; r < n; r++) out[r] = scores[r * k + j];
      return out;
    };
    const isClass = (j) => {
      const out = new Uint8Array(n);
      for (let r = 0; r < n; r++) out[r] = truth[r] === j ? 1 : 0;
      return out;
    };
    if (k === 2) {
      const rocAuc = binaryRocAuc(columnScores(1), isClass(1));
      if (rocAuc === null) warnings.push(`ROC AUC is undefined: y_true holds only one class (${this.labelOfRow(0)})`);
      return { rocAuc, rocAucPerClass: null, logLoss };
    }
    if (notSummingForAuc) {
      warnings.push(`ROC AUC not computed: ${notSummingForAuc} rows of probabilities do not sum to 1, which multiclass one-vs-rest AUC requires`);
      return { rocAuc: null, rocAucPerClass: null, logLoss };
    }
    const perClass = classes.map((_, j) => binaryRocAuc(columnScores(j), isClass(j)));
    const undefinedFor = classes.filter((_, j) => perClass[j] === null);
    if (undefinedFor.length) warnings.push(`ROC AUC is undefined (so is its macro average) for classes never or always true: ${undefinedFor.join(", ")}`);
    return {
      rocAuc: undefinedFor.length ? null : mean(perClass),
      rocAucPerClass: Object.fromEntries(classes.map((c, j) => [c, perClass[j]])),
      logLoss
    };
  }
  labelOfRow(row) {
    let r = row;
    for (const chunk of this.chunks) {
      if (r < chunk.rows) return this.labels[chunk.truth[r]];
      r -= chunk.rows;
    }
    throw new Error(`row ${row} out of range`);
  }
  id(label) {
    if (typeof label !== "string") throw new Error(`labels must be strings, got ${typeof label}`);
    let id = this.ids.get(label);
    if (id === void 0) {
      id = this.labels.length;
      this.labels.push(label);
      this.ids.set(label, id);
    }
    return id;
  }
  tally(t, p, n) {
    let row = this.confusion.get(t);
    if (!row) this.confusion.set(t, row = /* @__PURE__ */ new Map());
    row.set(p, (row.get(p) ?? 0) + n);
  }
  // Consecutive batches with the same columns share one growing chunk, so adding a row at a time
  // does not cost an object per row.
  append(classes, values, truth) {
    const key = classes.join("\0");
    const width = classes.length;
    let chunk = this.chunks.at(-1);
    if (!chunk || chunk.key !== key) {
      chunk = { classes: [...classes], key, rows: 0, values: new Float64Array(0), truth: new Int32Array(0) };
      this.chunks.push(chunk);
    }
    const rows = chunk.rows + truth.length;
    if (rows > chunk.truth.length) {
      const capacity = Math.max(rows, chunk.truth.length * 2);
      const v = new Float64Array(capacity * width);
      v.set(chunk.values.subarray(0, chunk.rows * width));
      const t = new Int32Array(capacity);
      t.set(chunk.truth.subarray(0, chunk.rows));
      chunk.values = v;
      chunk.truth = t;
    }
    chunk.values.set(values.subarray(0, truth.length * width), chunk.rows * width);
    chunk.truth.set(truth, chunk.rows);
    chunk.rows = rows;
  }
};
function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

// src/evaluate/metrics/regression.ts
init_define_ACTION_META();
var RegressionAccumulator = class _RegressionAccumulator {
  count = 0;
  shift = 0;
  /** Mean of y_true - shift. */
  mean = 0;
  m2 = 0;
  // Constant y_true has to give SST = 0 exactly (sklearn's special case); tracking the range
  // decides that without trusting rounding in mean/M2.
  min = Infinity;
  max = -Infinity;
  absError = new CompensatedSum();
  squaredError = new CompensatedSum();
  percentageError = new CompensatedSum();
  add(batch) {
    const n = batch.yTrue.length;
    if (batch.yPred.length !== n) throw new Error(`yTrue has ${n} rows but yPred has ${batch.yPred.length}`);
    if (n === 0) return;
    if (this.count === 0) this.shift = batch.yTrue[0];
    const shift = this.shift;
    const sum = new CompensatedSum();
    for (let i = 0; i < n; i++) {
      const t = batch.yTrue[i];
      const p = batch.yPred[i];
      if (!Number.isFinite(t) || !Number.isFinite(p)) throw new Error(`row ${i}: y_true ${t} and y_pred ${p} must both be finite`);
      sum.add(t - shift);
      if (t < this.min) this.min = t;
      if (t > this.max) this.max = t;
      const e = Math.abs(p - t);
      this.absError.add(e);
      this.squaredError.add(e * e);
      this.percentageError.add(e / Math.max(Math.abs(t), Number.EPSILON));
    }
    let mean2 = sum.value() / n;
    const residual = new CompensatedSum();
    for (let i = 0; i < n; i++) residual.add(batch.yTrue[i] - shift - mean2);
    mean2 += residual.value() / n;
    const m2 = new CompensatedSum();
    for (let i = 0; i < n; i++) {
      const d = batch.yTrue[i] - shift - mean2;
      m2.add(d * d);
    }
    this.combine(n, mean2, m2.value());
  }
  merge(other) {
    if (other.count === 0) return this;
    if (this.count === 0) this.shift = other.shift;
    this.combine(other.count, other.mean + (other.shift - this.shift), other.m2);
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.absError.merge(other.absError);
    this.squaredError.merge(other.squaredError);
    this.percentageError.merge(other.percentageError);
    return this;
  }
  toJSON() {
    return {
      format: "model-cd.regression/1",
      count: this.count,
      shift: this.shift,
      mean: this.mean,
      m2: this.m2,
      // JSON has no Infinity: an empty accumulator stores its range as 0..0 and count says so.
      min: this.count ? this.min : 0,
      max: this.count ? this.max : 0,
      absError: this.absError.toJSON(),
      squaredError: this.squaredError.toJSON(),
      percentageError: this.percentageError.toJSON()
    };
  }
  static fromJSON(json) {
    if (json.format !== "model-cd.regression/1") throw new Error(`not a regression accumulator: format ${String(json.format)}`);
    const acc = new _RegressionAccumulator();
    acc.count = json.count;
    acc.shift = json.shift;
    acc.mean = json.mean;
    acc.m2 = json.m2;
    acc.min = json.count ? json.min : Infinity;
    acc.max = json.count ? json.max : -Infinity;
    acc.absError = CompensatedSum.fromJSON(json.absError);
    acc.squaredError = CompensatedSum.fromJSON(json.squaredError);
    acc.percentageError = CompensatedSum.fromJSON(json.percentageError);
    return acc;
  }
  result() {
    const n = this.count;
    if (n === 0) throw new Error("no rows to score");
    const warnings = [];
    const sse = this.squaredError.value();
    const sst = this.min === this.max ? 0 : this.m2;
    let r2;
    if (n < 2) {
      r2 = null;
      warnings.push("R\xB2 is undefined with fewer than two rows");
    } else if (sse === 0) r2 = 1;
    else if (sst === 0) {
      r2 = 0;
      warnings.push("R\xB2 is set to 0: y_true is constant and the predictions are not all exact");
    } else r2 = 1 - sse / sst;
    const mse = sse / n;
    return {
      count: n,
      mae: this.absError.value() / n,
      mse,
      rmse: Math.sqrt(mse),
      r2,
      mape: this.percentageError.value() / n,
      warnings
    };
  }
  combine(n, mean2, m2) {
    if (this.count === 0) {
      this.count = n;
      this.mean = mean2;
      this.m2 = m2;
      return;
    }
    const total = this.count + n;
    const delta = mean2 - this.mean;
    this.mean += delta * n / total;
    this.m2 += m2 + delta * delta * this.count / total * n;
    this.count = total;
  }
};

// src/evaluate/metrics/latency.ts
init_define_ACTION_META();
function percentileAt(n, at, q) {
  if (n === 0) throw new Error("percentile of no values");
  if (!(q >= 0 && q <= 100)) throw new Error(`percentile q must be in [0, 100], got ${q}`);
  const virtual = (n - 1) * (q / 100);
  if (virtual >= n - 1) return at(n - 1);
  const lo = Math.floor(virtual);
  const gamma = virtual - lo;
  const a = at(lo);
  const b = at(lo + 1);
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
var LatencyAccumulator = class _LatencyAccumulator {
  batches = [];
  /** A batch of 0 rows counts towards total time (and so throughput) but adds no latency sample. */
  add(ms, rows) {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`batch duration must be a finite, non-negative number of ms, got ${ms}`);
    if (!Number.isInteger(rows) || rows < 0) throw new Error(`batch rows must be a non-negative integer, got ${rows}`);
    this.batches.push([ms, rows]);
  }
  merge(other) {
    for (const b of other.batches) this.batches.push([b[0], b[1]]);
    return this;
  }
  toJSON() {
    return { format: "model-cd.latency/1", batches: this.batches.map((b) => [b[0], b[1]]) };
  }
  static fromJSON(json) {
    if (json.format !== "model-cd.latency/1") throw new Error(`not a latency accumulator: format ${String(json.format)}`);
    const acc = new _LatencyAccumulator();
    for (const [ms, rows] of json.batches) acc.add(ms, rows);
    return acc;
  }
  result() {
    const total = new CompensatedSum();
    let rows = 0;
    for (const [ms, r] of this.batches) {
      total.add(ms);
      rows += r;
    }
    const runs = this.batches.filter(([, r]) => r > 0).map(([ms, r]) => ({ value: ms / r, rows: r })).sort((a, b) => a.value - b.value);
    const ends = [];
    let acc = 0;
    for (const run of runs) ends.push(acc += run.rows);
    const at = (p) => {
      let lo = 0;
      let hi = ends.length - 1;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (ends[mid] > p) hi = mid;
        else lo = mid + 1;
      }
      return runs[lo].value;
    };
    const totalMs = total.value();
    const pct = (q) => rows ? percentileAt(rows, at, q) : null;
    return {
      batches: this.batches.length,
      rows,
      totalMs,
      p50: pct(50),
      p95: pct(95),
      p99: pct(99),
      rowsPerSecond: rows && totalMs > 0 ? rows / (totalMs / 1e3) : null
    };
  }
};

// src/evaluate/evaluate.ts
var FLOAT32_SUM_TOLERANCE = Math.sqrt(2 ** -23);
var ROUNDING = 1e-6;
async function evaluate(o) {
  const now = o.now ?? (() => performance.now());
  if (!o.table.columns.includes(o.label)) {
    throw new ConfigurationError("input `label-column`", o.label, `is not a column of ${o.table.path} (its columns: ${o.table.columns.join(", ")}). Name the column that holds the true label or target.`);
  }
  if (o.champion && o.champion.task !== o.candidate.task) {
    throw new ConfigurationError("input `champion`", o.champion.path, `is a ${o.champion.task} model but the candidate is ${o.candidate.task}: they cannot be compared. Check both paths.`);
  }
  const nullable = new Set(Object.entries(o.contract?.columns ?? {}).filter(([, c]) => c.nulls === "allow").map(([name]) => name));
  const runners = [o.candidate, o.champion].filter((m) => m !== null).map((model) => runnerFor(model, o));
  const paired = o.champion ? new PairedRows(o.candidate.task === "regression" ? null : sortLabels(o.candidate.classes ?? [])) : null;
  let rows = 0;
  let batchIndex = -1;
  for await (const batch of o.table.batches(o.batchRows)) {
    batchIndex++;
    if (o.shard && batchIndex % o.shard.count !== o.shard.index - 1) continue;
    checkDeclaredCells(o.contract, batch);
    const scored = [];
    for (const r of runners) {
      const feeds = toFeeds(r.plans, batch, { nullable, what: o.table.path });
      const truth = trueValues(batch, o.label, r, o.table.path);
      if (rows === 0) await predict(o.ort, r.model, r.plans, feeds, batch.rows);
      const started = now();
      const out = await predict(o.ort, r.model, r.plans, feeds, batch.rows);
      r.latency.add(now() - started, batch.rows);
      scored.push(accumulate(r, truth, out, batch.rows));
    }
    if (paired) addPaired(paired, batch.firstRow, scored);
    rows += batch.rows;
    o.onBatch?.(rows);
  }
  if (rows === 0 && !o.shard) throw new ConfigurationError("input `data`", o.table.path, "has no data rows (only a header, or nothing). Give a holdout set with rows.");
  return { rows, candidate: runners[0], champion: runners[1] ?? null, paired };
}
function runnerFor(model, o) {
  const plans = planFromSources(model.info, model.role, { ...o.features ? { features: o.features } : {}, contract: o.contract, label: o.label, columns: o.table.columns, path: o.table.path });
  return {
    model,
    plans,
    classification: model.task === "regression" ? null : new ClassificationAccumulator(FLOAT32_SUM_TOLERANCE),
    regression: model.task === "regression" ? new RegressionAccumulator() : null,
    latency: new LatencyAccumulator(),
    unknownLabels: /* @__PURE__ */ new Map(),
    clamped: 0
  };
}
function checkDeclaredCells(c, batch) {
  if (!c?.columns) return;
  for (const [name, spec] of Object.entries(c.columns)) {
    const cells = batch.columns[name];
    if (!cells) continue;
    for (let r = 0; r < batch.rows; r++) {
      const cell = cells[r] ?? null;
      const row = batch.firstRow + r;
      const empty = cell === null || typeof cell === "string" && cell === "";
      if (empty) {
        if (spec.nulls === "forbid") throw new ConfigurationError(`row ${row}, column \`${name}\``, "", `is empty, but the contract (${c.file}) forbids nulls in it. Fill it, or set nulls: allow.`);
        continue;
      }
      if (spec.type === "float" || spec.type === "int") {
        const v = parseNumber(cell);
        if (v === void 0 || spec.type === "int" && v !== null && !Number.isInteger(v)) {
          throw new ConfigurationError(`row ${row}, column \`${name}\``, String(cell), `is not ${spec.type === "int" ? "a whole number" : "a number"}, as the contract (${c.file}) declares the column.`);
        }
        if (v !== null && !Number.isFinite(v) && spec.nulls === "forbid") {
          throw new ConfigurationError(`row ${row}, column \`${name}\``, String(cell), `is NaN or infinite, but the contract (${c.file}) forbids nulls in it. Clean it, or set nulls: allow.`);
        }
      } else if (spec.type === "bool" && !(typeof cell === "boolean" || ["true", "false", "0", "1"].includes(String(cell).trim().toLowerCase()))) {
        throw new ConfigurationError(`row ${row}, column \`${name}\``, String(cell), `is not a boolean, as the contract (${c.file}) declares the column.`);
      }
    }
  }
}
function trueValues(batch, label, r, path) {
  const cells = batch.columns[label];
  if (r.regression) {
    const values = new Float64Array(batch.rows);
    for (let i = 0; i < batch.rows; i++) {
      const v = parseNumber(cells[i] ?? null);
      if (v === null || v === void 0 || !Number.isFinite(v)) {
        throw new ConfigurationError(`${path}: row ${batch.firstRow + i}, column \`${label}\``, String(cells[i] ?? ""), "is not a finite number, but it is the regression target. Fix or drop the row.");
      }
      values[i] = v;
    }
    return { values };
  }
  const numeric = (r.model.classes ?? []).every(isNumericLabel);
  const labels = new Array(batch.rows);
  for (let i = 0; i < batch.rows; i++) {
    const cell = cells[i] ?? null;
    if (cell === null || cell === "") throw new ConfigurationError(`${path}: row ${batch.firstRow + i}, column \`${label}\``, "", "is empty, but it is the true label. Fill it or drop the row.");
    labels[i] = canonicalLabel(cell, numeric);
  }
  return { labels };
}
function canonicalLabel(cell, numericClasses) {
  if (numericClasses) {
    const v = typeof cell === "number" ? cell : typeof cell === "boolean" ? Number(cell) : Number(cell.trim());
    if (Number.isFinite(v)) return String(v);
  }
  return String(cell);
}
async function predict(ort, m, plans, feeds, rows) {
  const fetches = [m.labelOutput, m.probaOutput, m.valueOutput].filter((x) => x !== null);
  const step = plans.find((p) => p.fixedBatch !== null)?.fixedBatch ?? rows;
  if (rows % step !== 0) throw new ConfigurationError(`input \`${m.role}\``, m.path, `takes batches of exactly ${step} rows, and ${rows} rows do not divide into them. Set \`batch-size\` to a multiple of ${step}.`);
  const labels = [];
  const proba = [];
  const values = [];
  for (let start = 0; start < rows; start += step) {
    const tensors = {};
    for (const [name, t] of feeds) {
      const width = t.dims.length === 2 ? t.dims[1] : 1;
      const data = step === rows ? t.data : t.data.slice(start * width, (start + step) * width);
      tensors[name] = new ort.Tensor(t.elem, data, t.dims.length === 2 ? [step, width] : [step]);
    }
    let out;
    try {
      out = await m.session.run(tensors, fetches);
    } catch (e) {
      throw new ConfigurationError(`input \`${m.role}\``, m.path, `failed on the rows from ${start + 1} of a batch: ${e.message.split("\n")[0]}. Check that the data matches the model's inputs (the contract helps).`);
    }
    if (m.labelOutput) for (const v of out[m.labelOutput].data) labels.push(typeof v === "bigint" ? v.toString() : String(v));
    if (m.probaOutput) for (const v of out[m.probaOutput].data) proba.push(Number(v));
    if (m.valueOutput) for (const v of out[m.valueOutput].data) values.push(Number(v));
  }
  return {
    labels: m.labelOutput ? labels : null,
    proba: m.probaOutput ? Float64Array.from(proba) : null,
    values: m.valueOutput ? Float64Array.from(values) : null
  };
}
function mostProbable(proba, classes, rows) {
  const c = classes.length;
  const out = [];
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let j = 1; j < c; j++) if (proba[i * c + j] > proba[i * c + best]) best = j;
    out.push(classes[best]);
  }
  return out;
}
function addPaired(paired, firstRow, [a, b]) {
  if ("values" in a.truth) {
    paired.addRegression(firstRow, a.truth.values, [a.out.values, b.out.values]);
    return;
  }
  const proba = (s) => s.out.proba && s.classes ? { classes: s.classes, values: s.out.proba } : null;
  paired.addClassification(firstRow, a.truth.labels, [a.labels, b.labels], [proba(a), proba(b)]);
}
function accumulate(r, truth, out, rows) {
  const scored = { truth, labels: null, out, classes: r.model.classes };
  if (r.regression && "values" in truth) {
    r.regression.add({ yTrue: truth.values, yPred: out.values });
    return scored;
  }
  if (!r.classification || !("labels" in truth)) return scored;
  const classes = r.model.classes;
  let yPred = out.labels;
  if (!yPred) yPred = mostProbable(out.proba, classes, rows);
  if (classes) {
    for (const l of truth.labels) if (!classes.includes(l)) r.unknownLabels.set(l, (r.unknownLabels.get(l) ?? 0) + 1);
  }
  if (out.proba) r.clamped += clampRounding(out.proba);
  r.classification.add({ yTrue: truth.labels, yPred, ...out.proba && classes ? { proba: { classes, values: out.proba } } : {} });
  scored.labels = yPred;
  return scored;
}
function clampRounding(p) {
  let n = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (v < 0 && v >= -ROUNDING) {
      p[i] = 0;
      n++;
    } else if (v > 1 && v <= 1 + ROUNDING) {
      p[i] = 1;
      n++;
    }
  }
  return n;
}

export {
  readModelFile,
  loadModel,
  onnxFile,
  planFromSources,
  planInputs,
  parseNumber,
  toFeeds,
  ClassificationAccumulator,
  RegressionAccumulator,
  LatencyAccumulator,
  FLOAT32_SUM_TOLERANCE,
  ROUNDING,
  evaluate,
  predict,
  mostProbable
};
