import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  RequestError,
  parseBody,
  shown
} from "./chunk-4KB5KVYE.js";
import {
  parseSize
} from "./chunk-FGGIRIWE.js";
import {
  loadModel,
  mostProbable,
  onnxFile,
  parseNumber,
  planInputs,
  predict,
  readModelFile,
  toFeeds
} from "./chunk-4SCLQLSG.js";
import {
  ALL_METRICS,
  loadOnnxRuntime,
  readContractFile,
  runnerOrtOptions,
  signatureDiff
} from "./chunk-5ASBMTIZ.js";
import "./chunk-XZC4LR2O.js";
import "./chunk-GOJ3UU2V.js";
import "./chunk-6SQENMC6.js";
import "./chunk-YQEE2Z4F.js";
import {
  VERSION
} from "./chunk-32734S2S.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/cli/serve.ts
init_define_ACTION_META();
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/serve/options.ts
init_define_ACTION_META();
var SERVE_FLAGS = {
  model: { env: "MODEL_PATH", default: "", help: "The .onnx file, or the folder holding one (build-push layers it; pull-model writes it)." },
  contract: { env: "MODEL_CONTRACT", default: "", help: "model-contract.yaml: the columns, types and null policy requests must follow. Default: model-contract.yaml beside the model, else in the working directory; `none` serves without one (columns by position)." },
  host: { env: "HOST", default: "127.0.0.1", help: "Address to listen on; 0.0.0.0 in a container." },
  port: { env: "PORT", default: "8080", help: "Port to listen on; 0 picks a free one (the ready log line has the URL)." },
  name: { env: "MODEL_NAME", default: "", help: "The model name in /v2/models/{name}. Default: the file name without .onnx." },
  "model-version": { env: "MODEL_VERSION", default: "", help: "The version the server reports. Default: the first 12 hex digits of the file sha256." },
  "max-batch-rows": { default: "256", help: "Requests that arrive while the model runs are run together, up to this many rows." },
  "max-body": { default: "8MiB", help: "Largest request body; larger ones get 413." },
  "body-timeout": { default: "30", help: "Seconds a client may take to send its body; slower ones get 408." },
  "drain-timeout": { default: "30", help: "Seconds SIGTERM waits for in-flight requests before closing their connections." },
  "access-log": { default: "true", help: "One JSON log line per request (errors are always logged)." },
  "onnxruntime-path": { env: "MODEL_CD_ONNXRUNTIME_PATH", default: "", help: "A folder holding node_modules/onnxruntime-node. Default: one beside the server, installed in the working directory, or the pinned npm package downloaded once into the tool cache." }
};
function parseServeFlags(args, env) {
  const given = /* @__PURE__ */ new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) throw new ConfigurationError("argument", arg, "is not a flag. See `model-cd serve --help`.");
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? void 0 : eq);
    if (!SERVE_FLAGS[name]) throw new ConfigurationError("flag", `--${name}`, `is not a flag of serve. Flags: ${Object.keys(SERVE_FLAGS).map((n) => `--${n}`).join(", ")}.`);
    let value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === void 0) throw new ConfigurationError("flag", `--${name}`, "needs a value.");
    if (name === "access-log" && eq < 0 && value !== "true" && value !== "false") {
      value = "true";
      i--;
    }
    given.set(name, value);
  }
  const get = (name) => {
    const f = SERVE_FLAGS[name];
    return (given.get(name) ?? (f.env ? env[f.env] : void 0) ?? f.default).trim();
  };
  const where = (name) => {
    const f = SERVE_FLAGS[name];
    return given.has(name) || !f.env || env[f.env] === void 0 ? `flag \`--${name}\`` : `${f.env}`;
  };
  const int = (name, min, max) => {
    const v = get(name);
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) throw new ConfigurationError(where(name), v, `must be a whole number from ${min} to ${max}.`);
    return n;
  };
  const seconds = (name) => {
    const v = get(name);
    const n = Number(v);
    if (v === "" || !Number.isFinite(n) || n <= 0) throw new ConfigurationError(where(name), v, "must be a number of seconds above 0.");
    return n * 1e3;
  };
  const model = get("model");
  if (!model) throw new ConfigurationError("flag `--model`", "", "is empty and MODEL_PATH is not set. Give the .onnx file to serve (or the folder holding it).");
  const maxBody = parseSize(get("max-body"));
  if (maxBody === null || maxBody < 1) throw new ConfigurationError(where("max-body"), get("max-body"), "is not a size. Give bytes or a size such as 512KiB or 8MiB.");
  const accessLog = get("access-log").toLowerCase();
  if (accessLog !== "true" && accessLog !== "false") throw new ConfigurationError(where("access-log"), accessLog, "must be true or false.");
  return {
    model,
    contract: get("contract"),
    host: get("host") || "127.0.0.1",
    port: int("port", 0, 65535),
    name: get("name"),
    modelVersion: get("model-version"),
    maxBatchRows: int("max-batch-rows", 1, 1 << 20),
    maxBodyBytes: maxBody,
    bodyTimeoutMs: seconds("body-timeout"),
    drainTimeoutMs: seconds("drain-timeout"),
    accessLog: accessLog === "true",
    onnxruntimePath: get("onnxruntime-path")
  };
}
function serveHelp(version) {
  const lines = [`model-cd ${version} serve: the model's HTTP service (KServe v2 and MLflow scoring protocols, /metrics).`, "", "Usage: model-cd serve --model <file.onnx> [--contract model-contract.yaml] [--port 8080]", "       model-cd serve healthcheck [--host H] [--port N]   (exit 0 when the server is ready)", "", "Flags:"];
  for (const [name, f] of Object.entries(SERVE_FLAGS)) {
    lines.push(`  --${name}${f.default ? ` (default: ${f.default})` : ""}${f.env ? ` [env ${f.env}]` : ""}`, `      ${f.help}`);
  }
  return lines.join("\n") + "\n";
}

// src/serve/serve.ts
init_define_ACTION_META();

// src/serve/metrics.ts
init_define_ACTION_META();
var escape = (v) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
var labelText = (l) => {
  const parts = Object.entries(l).map(([k, v]) => `${k}="${escape(v)}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
};
var num = (v) => Number.isFinite(v) ? String(v) : v > 0 ? "+Inf" : v < 0 ? "-Inf" : "NaN";
var Counter = class {
  constructor(name, help) {
    this.name = name;
    this.help = help;
  }
  type = "counter";
  values = /* @__PURE__ */ new Map();
  inc(labels = {}, by = 1) {
    const key = labelText(labels);
    const v = this.values.get(key);
    if (v) v.value += by;
    else this.values.set(key, { labels, value: by });
  }
  render() {
    return [...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${num(v.value)}`);
  }
};
var Gauge = class {
  constructor(name, help) {
    this.name = name;
    this.help = help;
  }
  type = "gauge";
  values = /* @__PURE__ */ new Map();
  set(labels, value) {
    this.values.set(labelText(labels), { labels, value });
  }
  render() {
    return [...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${num(v.value)}`);
  }
};
var Histogram = class {
  constructor(name, help, buckets) {
    this.name = name;
    this.help = help;
    this.buckets = buckets;
  }
  type = "histogram";
  series = /* @__PURE__ */ new Map();
  observe(value, labels = {}) {
    const key = labelText(labels);
    let s = this.series.get(key);
    if (!s) this.series.set(key, s = { labels, counts: new Array(this.buckets.length).fill(0), sum: 0, count: 0 });
    const i = this.buckets.findIndex((b) => value <= b);
    if (i >= 0) s.counts[i] = s.counts[i] + 1;
    s.sum += value;
    s.count++;
  }
  render() {
    const lines = [];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((b, i) => {
        cumulative += s.counts[i];
        lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: num(b) })} ${cumulative}`);
      });
      lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: "+Inf" })} ${s.count}`);
      lines.push(`${this.name}_sum${labelText(s.labels)} ${num(s.sum)}`);
      lines.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines;
  }
};
var Registry = class {
  families = [];
  add(f) {
    this.families.push(f);
    return f;
  }
  render() {
    const out = [];
    for (const f of this.families) {
      out.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`, ...f.render());
    }
    return out.join("\n") + "\n";
  }
};
var LATENCY_BUCKETS = [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
var BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
function serveMetrics(model, valueBuckets) {
  const r = new Registry();
  const m = {
    registry: r,
    info: r.add(new Gauge("model_cd_model_info", "The model this server serves (always 1).")),
    requests: r.add(new Counter("model_cd_http_requests_total", "HTTP requests by route template and status code.")),
    duration: r.add(new Histogram("model_cd_http_request_duration_seconds", "Time from the request to the end of the answer, by route template.", LATENCY_BUCKETS)),
    rows: r.add(new Counter("model_cd_rows_predicted_total", "Rows the model predicted.")),
    predictions: r.add(new Counter("model_cd_predictions_total", "Predicted rows by class (classifiers).")),
    values: valueBuckets ? r.add(new Histogram("model_cd_prediction_value", "Predicted values (regressors).", valueBuckets)) : null,
    invalid: r.add(new Counter("model_cd_input_validation_failures_total", "Requests refused for their content, by reason.")),
    batch: r.add(new Histogram("model_cd_inference_batch_rows", "Rows per model run (requests that arrive together run together).", BATCH_BUCKETS))
  };
  m.info.set({ name: model.name, version: model.version, sha256: model.sha256 }, 1);
  return m;
}

// src/serve/predictor.ts
init_define_ACTION_META();

// src/serve/rows.ts
init_define_ACTION_META();
function validate(raw, served) {
  const byName = /* @__PURE__ */ new Map();
  const given = served.positional && !Array.isArray(raw.columns) ? [...raw.columns.values()] : raw.columns;
  if (Array.isArray(given)) {
    const byPosition = given;
    if (byPosition.length !== served.columns.length) {
      throw new RequestError("wrong_shape", `${raw.where} has ${byPosition.length} columns; the model takes ${served.columns.length} values per row.`, { field: raw.where, value: byPosition.length, expected: `${served.columns.length} columns` });
    }
    served.columns.forEach((c, i) => byName.set(c.name, byPosition[i]));
  } else {
    const known = new Set(served.columns.map((c) => c.name));
    for (const name of given.keys()) {
      if (!known.has(name)) {
        throw new RequestError("unexpected_column", `${raw.where} has the column \`${name}\`, which the model does not take. Its columns: ${[...known].join(", ")}.`, { field: name, expected: `one of ${[...known].join(", ")}` });
      }
    }
    for (const c of served.columns) {
      const values = given.get(c.name);
      if (!values) throw new RequestError("missing_column", `${raw.where} has no column \`${c.name}\` (${c.type}), which the model needs.`, { field: c.name, expected: c.type });
      byName.set(c.name, values);
    }
  }
  const columns = {};
  for (const c of served.columns) {
    const values = byName.get(c.name);
    if (values.length !== raw.rows) {
      throw new RequestError("wrong_shape", `${raw.where}: column \`${c.name}\` has ${values.length} values, the others ${raw.rows}.`, { field: c.name, value: values.length, expected: `${raw.rows} values` });
    }
    const cells = new Array(values.length);
    for (let r = 0; r < values.length; r++) cells[r] = cell(values[r], c, r, raw);
    columns[c.name] = cells;
  }
  return { firstRow: 1, rows: raw.rows, columns };
}
function cell(v, c, row, raw) {
  if (typeof v === "number" && Number.isFinite(v) && (c.type === "float" || c.type === "int" && Number.isInteger(v))) return v;
  const at = `${raw.where}: row ${row + 1}, column \`${c.name}\``;
  const wrong = () => new RequestError("wrong_type", `${at} is ${shown(v)}, but the column is ${c.type}${c.type === "int" ? " (a whole number)" : ""}.`, { field: c.name, value: v, expected: c.type });
  const isNull = v === null || v === void 0 || typeof v === "number" && Number.isNaN(v) || raw.text === true && v === "";
  if (isNull || typeof v === "number" && !Number.isFinite(v) && c.type === "float") {
    if (c.nulls === "allow" && (c.type === "float" || isNull && c.type === "string")) return c.type === "string" ? null : typeof v === "number" ? v : null;
    throw new RequestError("null_forbidden", `${at} is ${shown(v ?? null)}, but ${c.nulls === "allow" ? `a ${c.type} column cannot hold null or NaN` : `the contract forbids nulls and NaN there (${c.type})`}.`, { field: c.name, value: v ?? null, expected: `${c.type}, not null` });
  }
  if (raw.text && typeof v === "string") return textCell(v, c, wrong);
  switch (c.type) {
    case "float":
      if (typeof v !== "number") throw wrong();
      return v;
    case "int":
      if (typeof v !== "number" || !Number.isInteger(v)) throw wrong();
      return v;
    case "string":
      if (typeof v !== "string") throw wrong();
      return v;
    case "bool":
      if (typeof v !== "boolean") throw wrong();
      return v;
  }
}
function textCell(s, c, wrong) {
  if (c.type === "string") return s;
  if (c.type === "bool") {
    const l = s.trim().toLowerCase();
    if (l === "true" || l === "1") return true;
    if (l === "false" || l === "0") return false;
    throw wrong();
  }
  const n = parseNumber(s);
  if (typeof n !== "number" || !Number.isFinite(n) || c.type === "int" && !Number.isInteger(n)) throw wrong();
  return n;
}
function concatBatches(batches, columns) {
  if (batches.length === 1) return batches[0];
  const out = {};
  for (const c of columns) out[c.name] = batches.flatMap((b) => b.columns[c.name]);
  return { firstRow: 1, rows: batches.reduce((n, b) => n + b.rows, 0), columns: out };
}

// src/serve/served-model.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { existsSync } from "node:fs";
async function loadServedModel(o) {
  const path = onnxFile(o.model, "model", o.cwd);
  const file = await readModelFile("model", "model", path);
  const contract = await readContractFile(o.contract || besideModel(path), o.cwd, o.contract === "" || o.contract.toLowerCase() === "none", ALL_METRICS);
  if (contract) {
    const diffs = signatureDiff(contract, file.info, "model");
    if (diffs.length) throw new ConfigurationError("input `contract`", contract.file, `does not match the model ${path}:
  ${diffs.join("\n  ")}
Fix the contract or serve the model it describes.`);
  }
  const model = await loadModel(o.ort, file, contract?.task, contract?.labels);
  const { plans, columns, positional } = planColumns(model, contract);
  const labelType = model.task === "regression" ? null : labelTypeOf(model, contract);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return {
    name: o.name || basename(path).replace(/\.onnx$/i, ""),
    version: o.version || sha256.slice(0, 12),
    sha256,
    path,
    contract,
    model,
    task: model.task,
    plans,
    columns,
    positional,
    labelType,
    classes: model.classes && labelType ? model.classes.map((c) => typedLabel(c, labelType)) : null,
    labelName: model.labelOutput ?? "label",
    probaName: model.probaOutput ? file.info.zipMap?.output ?? model.probaOutput : null,
    valueName: model.valueOutput
  };
}
function besideModel(path) {
  const dir = dirname(path);
  return ["model-contract.yaml", "model-contract.yml"].map((f) => join(dir, f)).find((f) => existsSync(f)) ?? "";
}
function planColumns(model, contract) {
  const declared = contract?.columns ? Object.keys(contract.columns) : [];
  const label = contract?.label ?? "";
  const named = declared.length > 0 || !!contract?.features || !!contract?.inputColumns;
  let plans;
  if (named) {
    const columns2 = declared.length ? declared : [...contract?.features ?? [], ...Object.values(contract?.inputColumns ?? {}).flat()];
    plans = planInputs(model.info, "served", {
      ...contract?.features ? { features: contract.features } : {},
      ...contract?.inputColumns ? { inputColumns: contract.inputColumns } : {},
      label,
      columns: columns2,
      source: `contract ${contract?.file}`
    });
  } else {
    const synthetic = model.info.inputs.flatMap((i) => {
      const shape = i.type?.kind === "tensor" ? i.type.shape : null;
      const width = shape?.length === 2 && typeof shape[1] === "number" ? shape[1] : 1;
      return shape?.length === 2 ? Array.from({ length: width }, (_, j) => `${i.name}[${j}]`) : [i.name];
    });
    plans = planInputs(model.info, "served", {
      ...model.info.inputs.length === 1 ? { features: synthetic } : { inputColumns: Object.fromEntries(model.info.inputs.map((i) => [i.name, synthetic.filter((c) => c === i.name || c.startsWith(`${i.name}[`))])) },
      label: "",
      columns: synthetic,
      source: "the model signature"
    });
  }
  const columns = plans.flatMap(
    (p) => p.columns.map((name) => {
      const c = contract?.columns?.[name];
      return { name, type: c?.type ?? columnTypeOf(p.elem), nulls: c?.nulls ?? "forbid", input: p.input };
    })
  );
  return { plans, columns, positional: !named && plans.length === 1 && !plans[0]?.flat };
}
function columnTypeOf(elem) {
  if (elem === "string") return "string";
  if (elem === "bool") return "bool";
  if (/^u?int/.test(elem)) return "int";
  return "float";
}
function labelTypeOf(model, contract) {
  const declared = contract?.label ? contract.columns?.[contract.label]?.type : void 0;
  if (declared) return declared;
  const out = model.info.outputs.find((o) => o.name === model.labelOutput)?.type;
  if (out?.kind === "tensor") return columnTypeOf(out.elem);
  return (model.classes ?? []).every((c) => /^-?\d+$/.test(c)) ? "int" : "string";
}
function typedLabel(text, type) {
  switch (type) {
    case "int":
    case "float": {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case "bool":
      return text === "true" || text === "1" || text === "True";
    default:
      return text;
  }
}

// src/serve/predictor.ts
var Predictor = class {
  constructor(ort, served, maxBatchRows, onRun = () => void 0) {
    this.ort = ort;
    this.served = served;
    this.maxBatchRows = maxBatchRows;
    this.onRun = onRun;
    this.nullable = new Set(served.columns.filter((c) => c.nulls === "allow").map((c) => c.name));
  }
  queue = [];
  running = false;
  nullable;
  predict(batch) {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.pump();
    });
  }
  pump() {
    if (this.running || this.queue.length === 0) return;
    const take = [this.queue.shift()];
    let rows = take[0]?.batch.rows ?? 0;
    while (this.queue.length && rows + this.queue[0].batch.rows <= this.maxBatchRows) {
      const next = this.queue.shift();
      rows += next.batch.rows;
      take.push(next);
    }
    this.running = true;
    this.run(take.map((w) => w.batch)).then((parts) => take.forEach((w, i) => w.resolve(parts[i]))).catch((e) => take.forEach((w) => w.reject(e))).finally(() => {
      this.running = false;
      this.pump();
    });
  }
  async run(batches) {
    const s = this.served;
    const batch = concatBatches(batches, s.columns);
    this.onRun(batch.rows);
    const feeds = toFeeds(s.plans, batch, { nullable: this.nullable, what: "request" });
    const out = await predict(this.ort, s.model, s.plans, feeds, batch.rows);
    const classes = s.model.classes;
    let labels = null;
    if (s.labelType) {
      const type = s.labelType;
      if (out.labels) labels = out.labels.map((l) => typedLabel(l, type));
      else if (out.proba && classes) labels = mostProbable(out.proba, classes, batch.rows).map((l) => typedLabel(l, type));
    }
    const width = classes?.length ?? 0;
    const parts = [];
    let start = 0;
    for (const b of batches) {
      const end = start + b.rows;
      parts.push({
        rows: b.rows,
        labels: labels ? labels.slice(start, end) : null,
        proba: out.proba ? out.proba.subarray(start * width, end * width) : null,
        values: out.values ? out.values.subarray(start, end) : null
      });
      start = end;
    }
    return parts;
  }
};

// src/serve/server.ts
init_define_ACTION_META();
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

// src/serve/protocol-mlflow.ts
init_define_ACTION_META();
var FORMS = "dataframe_split, dataframe_records, instances or inputs";
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function mlflowRows(body, served) {
  if (!isObj(body)) throw new RequestError("bad_request", `The body must be a JSON object with one of ${FORMS}; got ${Array.isArray(body) ? "an array" : typeof body}.`);
  const keys = Object.keys(body).filter((k) => k !== "params");
  if (keys.length !== 1 || !["dataframe_split", "dataframe_records", "instances", "inputs"].includes(keys[0])) {
    throw new RequestError("bad_request", `The body must have exactly one of ${FORMS}; it has ${keys.length ? keys.join(", ") : "none"}.`, { value: keys.join(", "), expected: FORMS });
  }
  const key = keys[0];
  const v = body[key];
  if (key === "dataframe_split") return split(v);
  if (key === "dataframe_records") return records(v, key);
  if (Array.isArray(v)) return v.length && v.every(isObj) ? records(v, key) : tensorRows(v, key, served);
  if (isObj(v)) return dict(v, key, served);
  throw new RequestError("bad_request", `\`${key}\` must be a list (records or rows) or an object of columns.`, { field: key, value: v });
}
function split(v) {
  if (!isObj(v) || !Array.isArray(v.columns) || !Array.isArray(v.data)) {
    throw new RequestError("bad_request", '`dataframe_split` must be {"columns": [...], "data": [[...], ...]}, as pandas writes with orient="split".', { field: "dataframe_split" });
  }
  const names = v.columns.map(String);
  const columns = new Map(names.map((n) => [n, []]));
  v.data.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== names.length) {
      throw new RequestError("wrong_shape", `dataframe_split: row ${r + 1} has ${Array.isArray(row) ? row.length : "no list of"} values for ${names.length} columns.`, { field: `data[${r}]`, value: row, expected: `${names.length} values` });
    }
    names.forEach((n, j) => columns.get(n).push(row[j]));
  });
  return { rows: v.data.length, columns, where: "dataframe_split" };
}
function records(v, key) {
  if (!Array.isArray(v) || !v.every(isObj)) throw new RequestError("bad_request", `\`${key}\` must be a list of records ({"column": value, ...}).`, { field: key });
  const names = [...new Set(v.flatMap((r) => Object.keys(r)))];
  const columns = new Map(names.map((n) => [n, []]));
  v.forEach((rec, r) => {
    for (const n of names) {
      if (!(n in rec)) throw new RequestError("missing_column", `${key}: record ${r + 1} has no \`${n}\`, which other records have.`, { field: n });
      columns.get(n).push(rec[n]);
    }
  });
  return { rows: v.length, columns, where: key };
}
function tensorRows(v, key, served) {
  const plan = served.plans.length === 1 ? served.plans[0] : void 0;
  if (!plan) throw new RequestError("bad_request", `\`${key}\` as rows of values needs a model with one input; this one has ${served.plans.map((p) => p.input).join(", ")}. Send records or an object of inputs.`, { field: key });
  const width = plan.columns.length;
  const columns = plan.columns.map(() => []);
  v.forEach((row, r) => {
    const values = plan.flat && !Array.isArray(row) ? [row] : row;
    if (!Array.isArray(values) || values.length !== width) {
      throw new RequestError("wrong_shape", `${key}: row ${r + 1} has ${Array.isArray(values) ? values.length : "no list of"} values; the input \`${plan.input}\` takes ${width}.`, { field: `${key}[${r}]`, value: row, expected: `${width} values` });
    }
    values.forEach((x, j) => columns[j].push(x));
  });
  return { rows: v.length, columns: served.positional ? columns : new Map(plan.columns.map((c, j) => [c, columns[j]])), where: key };
}
function dict(v, key, served) {
  const inputs = new Set(served.plans.map((p) => p.input));
  const names = Object.keys(v);
  if (names.length && names.every((n) => inputs.has(n)) && !names.every((n) => served.columns.some((c) => c.name === n))) {
    const columns2 = /* @__PURE__ */ new Map();
    let rows2 = -1;
    for (const plan of served.plans) {
      const t = v[plan.input];
      if (!Array.isArray(t)) throw new RequestError("missing_column", `${key} has no input \`${plan.input}\`, which the model needs.`, { field: plan.input });
      const part = tensorRows(t, `${key}.${plan.input}`, { ...served, plans: [plan], positional: false });
      if (rows2 >= 0 && part.rows !== rows2) throw new RequestError("wrong_shape", `${key}: input \`${plan.input}\` has ${part.rows} rows, the others ${rows2}.`, { field: plan.input });
      rows2 = part.rows;
      for (const [c, vals] of part.columns) columns2.set(c, vals);
    }
    return { rows: rows2, columns: columns2, where: key };
  }
  const columns = /* @__PURE__ */ new Map();
  let rows = -1;
  for (const n of names) {
    const col = Array.isArray(v[n]) ? v[n] : [v[n]];
    if (rows >= 0 && col.length !== rows) throw new RequestError("wrong_shape", `${key}: column \`${n}\` has ${col.length} values, the others ${rows}.`, { field: n });
    rows = col.length;
    columns.set(n, col);
  }
  return { rows: Math.max(rows, 0), columns, where: key };
}
function csvRows(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) throw new RequestError("empty_body", "The CSV body is empty. Send a header row and at least one row.");
  const cells = (l) => l.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  const names = cells(lines[0]);
  const columns = new Map(names.map((n) => [n, []]));
  lines.slice(1).forEach((l, r) => {
    const row = cells(l);
    if (row.length !== names.length) throw new RequestError("wrong_shape", `CSV row ${r + 1} has ${row.length} cells for ${names.length} columns.`, { field: `row ${r + 1}`, expected: `${names.length} cells` });
    names.forEach((n, j) => columns.get(n).push(row[j]));
  });
  return { rows: lines.length - 1, columns, where: "CSV", text: true };
}
function mlflowAnswer(p, served) {
  const parts = new Array(p.rows);
  const num2 = (v) => Number.isFinite(v) ? String(v) : "null";
  if (p.values) {
    for (let i = 0; i < p.rows; i++) parts[i] = num2(p.values[i]);
    return `{"predictions":[${parts.join(",")}]}`;
  }
  const classes = (served.classes ?? []).map((c2) => JSON.stringify(String(c2)) + ":");
  const labelKey = JSON.stringify(served.labelName) + ":";
  const probaKey = served.probaName ? JSON.stringify(served.probaName) + ":" : "";
  const c = classes.length;
  for (let i = 0; i < p.rows; i++) {
    let rec = "{";
    if (p.labels) rec += labelKey + JSON.stringify(p.labels[i]);
    if (p.proba && probaKey) {
      let map = "";
      for (let j = 0; j < c; j++) map += (j ? "," : "") + classes[j] + num2(p.proba[i * c + j]);
      rec += (p.labels ? "," : "") + probaKey + "{" + map + "}";
    }
    parts[i] = rec + "}";
  }
  return `{"predictions":[${parts.join(",")}]}`;
}

// src/serve/protocol-v2.ts
init_define_ACTION_META();
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var V2_TYPES = {
  float32: "FP32",
  float64: "FP64",
  float16: "FP16",
  int64: "INT64",
  int32: "INT32",
  int16: "INT16",
  int8: "INT8",
  uint64: "UINT64",
  uint32: "UINT32",
  uint16: "UINT16",
  uint8: "UINT8",
  string: "BYTES",
  bool: "BOOL"
};
var COLUMN_V2 = {
  float: ["FP32", "FP64", "FP16"],
  int: ["INT64", "INT32", "INT16", "INT8", "UINT64", "UINT32", "UINT16", "UINT8"],
  string: ["BYTES"],
  bool: ["BOOL"]
};
var LABEL_V2 = { float: "FP64", int: "INT64", string: "BYTES", bool: "BOOL" };
function v2Rows(body, served) {
  if (!isObj2(body) || !Array.isArray(body.inputs) || body.inputs.length === 0) {
    throw new RequestError("bad_request", 'The body must be {"inputs": [{"name", "shape", "datatype", "data"}, ...]} (Open Inference Protocol v2).', { field: "inputs" });
  }
  const inputs = body.inputs.map((t, i) => tensor(t, i));
  const modelInputs = new Set(served.plans.map((p) => p.input));
  const columnNames = new Set(served.columns.map((c) => c.name));
  const tensorForm = inputs.every((t) => modelInputs.has(t.name)) && !inputs.every((t) => columnNames.has(t.name) && t.shape.length === 1);
  const rows = tensorForm ? fromTensors(inputs, served) : fromColumns(inputs, served);
  const wanted = Array.isArray(body.outputs) ? body.outputs.map((o) => isObj2(o) ? String(o.name) : String(o)) : null;
  return { rows, ...typeof body.id === "string" ? { id: body.id } : {}, outputs: wanted };
}
function tensor(t, i) {
  const where = `inputs[${i}]`;
  if (!isObj2(t) || typeof t.name !== "string" || !Array.isArray(t.shape) || typeof t.datatype !== "string" || t.data === void 0) {
    throw new RequestError("bad_request", `${where} must have name, shape, datatype and data.`, { field: where });
  }
  if (!t.shape.every((d) => Number.isInteger(d) && d >= 0)) throw new RequestError("wrong_shape", `${where} (${t.name}): shape ${JSON.stringify(t.shape)} is not a list of sizes.`, { field: t.name, value: t.shape });
  const data = Array.isArray(t.data) ? t.data.flat(Infinity) : [t.data];
  const shape = t.shape;
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== data.length) throw new RequestError("wrong_shape", `${where} (${t.name}): shape ${JSON.stringify(shape)} holds ${size} values, data has ${data.length}.`, { field: t.name, value: data.length, expected: `${size} values` });
  return { name: t.name, shape, datatype: t.datatype.toUpperCase(), data, where: `${where} (${t.name})` };
}
function checkType(t, type, field, what) {
  if (!COLUMN_V2[type].includes(t.datatype)) {
    throw new RequestError("wrong_type", `${t.where}: datatype ${t.datatype} for ${what}, which is ${type} (${COLUMN_V2[type].join(" or ")}).`, { field, value: t.datatype, expected: COLUMN_V2[type].join(" or ") });
  }
}
function fromTensors(inputs, served) {
  const columns = /* @__PURE__ */ new Map();
  let rows = -1;
  for (const plan of served.plans) {
    const t = inputs.find((x) => x.name === plan.input);
    if (!t) throw new RequestError("missing_column", `The request has no input \`${plan.input}\`, which the model needs.`, { field: plan.input });
    const width = plan.columns.length;
    const n = t.shape[0] ?? 0;
    const ok = plan.flat ? t.shape.length === 1 || t.shape.length === 2 && t.shape[1] === 1 : t.shape.length === 2 && t.shape[1] === width;
    if (!ok) throw new RequestError("wrong_shape", `${t.where}: shape ${JSON.stringify(t.shape)}; the input takes [N${plan.flat ? "" : `, ${width}`}].`, { field: plan.input, value: t.shape, expected: plan.flat ? "[N]" : `[N, ${width}]` });
    if (rows >= 0 && n !== rows) throw new RequestError("wrong_shape", `${t.where} has ${n} rows, the other inputs ${rows}.`, { field: plan.input });
    rows = n;
    checkType(t, columnTypeOf(plan.elem), plan.input, `the input \`${plan.input}\` (${plan.elem})`);
    const cols = served.columns.filter((c) => c.input === plan.input);
    cols.forEach((c, j) => {
      const values = new Array(n);
      for (let r = 0; r < n; r++) values[r] = t.data[r * width + j];
      columns.set(c.name, values);
    });
  }
  return { rows, columns: served.positional ? [...columns.values()] : columns, where: "inputs" };
}
function fromColumns(inputs, served) {
  const columns = /* @__PURE__ */ new Map();
  let rows = -1;
  for (const t of inputs) {
    const c = served.columns.find((x) => x.name === t.name);
    if (c) checkType(t, c.type, c.name, `the column \`${c.name}\``);
    if (!(t.shape.length === 1 || t.shape.length === 2 && t.shape[1] === 1)) {
      throw new RequestError("wrong_shape", `${t.where}: shape ${JSON.stringify(t.shape)}; a column takes [N] or [N, 1].`, { field: t.name, value: t.shape, expected: "[N]" });
    }
    if (rows >= 0 && t.shape[0] !== rows) throw new RequestError("wrong_shape", `${t.where} has ${t.shape[0]} rows, the other inputs ${rows}.`, { field: t.name });
    rows = t.shape[0];
    columns.set(t.name, t.data);
  }
  return { rows, columns, where: "inputs" };
}
function v2Metadata(served) {
  const dims = (shape) => (shape ?? [null]).map((d) => typeof d === "number" && d > 0 ? d : -1);
  const m = served.model;
  const outputs = [];
  if (served.labelType) outputs.push({ name: served.labelName, datatype: LABEL_V2[served.labelType], shape: [-1] });
  if (served.probaName) outputs.push({ name: served.probaName, datatype: "FP32", shape: [-1, served.classes?.length ?? -1] });
  if (served.valueName) outputs.push({ name: served.valueName, datatype: "FP32", shape: [-1] });
  return {
    name: served.name,
    versions: [served.version],
    platform: "onnxruntime_onnx",
    inputs: m.info.inputs.map((i) => ({ name: i.name, datatype: i.type?.kind === "tensor" ? V2_TYPES[i.type.elem] ?? i.type.elem.toUpperCase() : "BYTES", shape: dims(i.type?.kind === "tensor" ? i.type.shape : null) })),
    outputs,
    parameters: {
      sha256: served.sha256,
      task: served.task,
      ...served.classes ? { classes: served.classes } : {},
      columns: served.columns.map((c) => ({ name: c.name, type: c.type, nulls: c.nulls }))
    }
  };
}
function v2Answer(p, served, req) {
  const outputs = [];
  const want = (name) => req.outputs === null || req.outputs.includes(name);
  if (p.labels && served.labelType && want(served.labelName)) outputs.push({ name: served.labelName, datatype: LABEL_V2[served.labelType], shape: [p.rows], data: p.labels });
  if (p.proba && served.probaName && want(served.probaName)) {
    outputs.push({ name: served.probaName, datatype: "FP32", shape: [p.rows, served.classes?.length ?? 0], data: Array.from(p.proba), parameters: { classes: served.classes } });
  }
  if (p.values && served.valueName && want(served.valueName)) outputs.push({ name: served.valueName, datatype: "FP32", shape: [p.rows], data: Array.from(p.values) });
  return { model_name: served.name, model_version: served.version, ...req.id !== void 0 ? { id: req.id } : {}, outputs };
}
function v2OutputNames(served) {
  return [served.labelType ? served.labelName : null, served.probaName, served.valueName].filter((n) => n !== null);
}

// src/serve/routes.ts
init_define_ACTION_META();
var FIXED = {
  "/v2/health/live": { kind: "live", method: "GET" },
  "/v2/health/ready": { kind: "ready", method: "GET" },
  "/v2": { kind: "server", method: "GET" },
  "/ping": { kind: "ping", method: "GET" },
  "/health": { kind: "ping", method: "GET" },
  "/version": { kind: "version", method: "GET" },
  "/metrics": { kind: "metrics", method: "GET" }
};
var MODEL = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;
function route(path) {
  const p = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const fixed = FIXED[p];
  if (fixed) return { route: { kind: fixed.kind, template: p }, method: fixed.method };
  if (p === "/invocations") return { route: { kind: "invocations", template: p }, method: "POST" };
  const m = MODEL.exec(p);
  if (m) {
    const name = decodeURIComponent(m[1]);
    const version = m[2] ? decodeURIComponent(m[2]) : null;
    const base = `/v2/models/{name}${version !== null ? "/versions/{version}" : ""}`;
    if (m[3] === "/infer") return { route: { kind: "infer", template: `${base}/infer`, name, version }, method: "POST" };
    if (m[3] === "/ready") return { route: { kind: "model-ready", template: `${base}/ready`, name, version }, method: "GET" };
    return { route: { kind: "model", template: base, name, version }, method: "GET" };
  }
  return { route: { kind: "unknown", template: "other" }, method: "" };
}

// src/serve/server.ts
var DRAIN_BYTES = 64 << 20;
var DRAIN_MS = 5e3;
var NOT_VALIDATION = /* @__PURE__ */ new Set(["not_found", "method_not_allowed"]);
async function startServer(predictor, metrics, o, log2) {
  const served = predictor.served;
  let closing = false;
  const send = (res, status, body, type = "application/json") => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.statusCode = status;
    res.setHeader("content-type", type === "application/json" ? "application/json" : type);
    res.setHeader("content-length", Buffer.byteLength(text));
    if (closing) res.setHeader("connection", "close");
    res.end(text);
  };
  const predictRows = async (raw) => {
    const batch = validate(raw, served);
    const p = await predictor.predict(batch);
    metrics.rows.inc({}, p.rows);
    if (p.labels) for (const l of p.labels) metrics.predictions.inc({ class: String(l) });
    if (p.values && metrics.values) for (const v of p.values) metrics.values.observe(v);
    return p;
  };
  const checkModel = (r) => {
    if (r.name !== served.name) throw new RequestError("not_found", `No model \`${r.name}\` here; this server serves \`${served.name}\`.`, { field: "name", value: r.name, expected: served.name });
    if (r.version !== null && r.version !== served.version) throw new RequestError("not_found", `No version \`${r.version}\` of ${served.name} here; this server serves version \`${served.version}\`.`, { field: "version", value: r.version, expected: served.version });
  };
  async function answer(req, res, r) {
    switch (r.kind) {
      case "live":
        send(res, 200, { live: true });
        return 0;
      case "ready":
        send(res, closing ? 503 : 200, { ready: !closing });
        return 0;
      case "server":
        send(res, 200, { name: "model-cd", version: VERSION, extensions: [] });
        return 0;
      case "ping":
        send(res, closing ? 503 : 200, "\n", "text/plain");
        return 0;
      case "version":
        send(res, 200, VERSION, "text/plain");
        return 0;
      case "metrics":
        send(res, 200, metrics.registry.render(), "text/plain; version=0.0.4; charset=utf-8");
        return 0;
      case "model":
        checkModel(r);
        send(res, 200, v2Metadata(served));
        return 0;
      case "model-ready":
        checkModel(r);
        send(res, closing ? 503 : 200, { name: served.name, ready: !closing });
        return 0;
      case "infer": {
        checkModel(r);
        const v2 = v2Rows(parseBody(await readBody(req, res, o, "json")), served);
        const known = v2OutputNames(served);
        const unknown = v2.outputs?.find((n) => !known.includes(n));
        if (unknown !== void 0) throw new RequestError("bad_request", `outputs asks for \`${unknown}\`, which the model does not have. Its outputs: ${known.join(", ")}.`, { field: "outputs", value: unknown, expected: known.join(", ") });
        const p = await predictRows(v2.rows);
        send(res, 200, v2Answer(p, served, v2));
        return p.rows;
      }
      case "invocations": {
        const kind = mediaType(req, ["json", "csv"]);
        const text = await readBody(req, res, o, kind);
        const p = await predictRows(kind === "csv" ? csvRows(text) : mlflowRows(parseBody(text), served));
        send(res, 200, mlflowAnswer(p, served));
        return p.rows;
      }
      case "unknown":
        throw new RequestError("not_found", "No such route. Routes: /v2/health/live, /v2/health/ready, /v2/models/{name}, /v2/models/{name}/infer, /invocations, /ping, /health, /metrics.");
    }
  }
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    res.setHeader("x-request-id", id);
    const path = (req.url ?? "/").split("?")[0];
    const { route: r, method } = route(path);
    let rows = 0;
    const done = (status, error) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({ route: r.template, code: String(status) });
      metrics.duration.observe(seconds, { route: r.template });
      if (o.accessLog || status >= 500) {
        log2(status >= 500 ? "error" : "info", "request", { request_id: id, method: req.method, path, route: r.template, status, duration_ms: Math.round(seconds * 1e5) / 100, rows, ...error ? { error } : {} });
      }
    };
    const run = async () => {
      if (r.kind !== "unknown" && req.method !== method && !(method === "GET" && req.method === "HEAD")) {
        throw new RequestError("method_not_allowed", `${r.template} takes ${method}, not ${req.method}.`, { field: "method", value: req.method, expected: method });
      }
      rows = await answer(req, res, r);
    };
    run().then(
      () => done(res.statusCode),
      (e) => {
        if (e instanceof RequestError) {
          if (!NOT_VALIDATION.has(e.reason)) metrics.invalid.inc({ reason: e.reason });
          if (!res.headersSent) send(res, e.status, e.body());
          done(e.status, e.message);
          return;
        }
        const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
        if (!res.headersSent) send(res, 500, { error: `The server failed on this request: ${message}`, error_code: "INTERNAL_ERROR", message: `The server failed on this request: ${message}`, reason: "internal" });
        done(500, e instanceof Error ? e.stack ?? message : message);
      }
    );
  });
  server.headersTimeout = 1e4;
  server.requestTimeout = o.bodyTimeoutMs + 5e3;
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host === "[::]" ? "[::1]" : host}:${address.port}`,
    close: async () => {
      closing = true;
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer;
      const drained = await Promise.race([closed.then(() => true), new Promise((resolve) => timer = setTimeout(() => resolve(false), o.drainTimeoutMs))]);
      clearTimeout(timer);
      if (!drained) {
        log2("warn", "drain timeout: closing connections still open", { drain_timeout_ms: o.drainTimeoutMs });
        server.closeAllConnections();
        await closed;
      }
    }
  };
}
function mediaType(req, allowed) {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "" || type === "application/json" || type.endsWith("+json") || type === "text/plain") return "json";
  if (allowed.includes("csv") && (type === "text/csv" || type === "application/csv")) return "csv";
  throw new RequestError("unsupported_media_type", `Content-Type ${type} is not one this route reads. Send application/json${allowed.includes("csv") ? " or text/csv" : ""}.`, { field: "content-type", value: type, expected: allowed.map((a) => a === "json" ? "application/json" : "text/csv").join(" or ") });
}
function readBody(req, res, o, kind) {
  if (kind === "json") mediaType(req, ["json"]);
  const limit = o.maxBodyBytes;
  const tooLarge = () => new RequestError("body_too_large", `The request body is over the ${limit}-byte limit. Send fewer rows per request, or raise --max-body.`, { expected: `at most ${limit} bytes` });
  const declared = Number(req.headers["content-length"] ?? NaN);
  const refuse = (e, resolveLater) => {
    res.setHeader("connection", "close");
    let dropped = 0;
    const timer = setTimeout(() => req.destroy(), DRAIN_MS);
    timer.unref();
    req.removeAllListeners("data");
    req.removeAllListeners("end");
    req.on("data", (c) => {
      dropped += c.length;
      if (dropped > DRAIN_BYTES) req.destroy();
    });
    const settle = () => {
      clearTimeout(timer);
      resolveLater(e);
    };
    req.once("end", settle);
    req.once("close", settle);
    req.resume();
  };
  if (declared > limit) return new Promise((_resolve, reject) => refuse(tooLarge(), reject));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const timer = setTimeout(() => {
      res.setHeader("connection", "close");
      res.once("finish", () => req.destroy());
      reject(new RequestError("timeout", `The request body did not arrive within ${o.bodyTimeoutMs / 1e3} s.`));
    }, o.bodyTimeoutMs);
    req.on("data", (c) => {
      size += c.length;
      if (size > limit) {
        clearTimeout(timer);
        refuse(tooLarge(), reject);
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

// src/serve/serve.ts
var VALUE_BUCKETS = [-1e6, -1e3, -100, -10, -1, -0.1, -1e-3, 0, 1e-3, 0.1, 1, 10, 100, 1e3, 1e6];
async function serve(o, ort, cwd, log2) {
  const started = Date.now();
  const runtime = await loadOnnxRuntime(ort);
  const served = await loadServedModel({ model: o.model, contract: o.contract, name: o.name, version: o.modelVersion, cwd, ort: runtime.ort });
  const metrics = serveMetrics(served, served.task === "regression" ? VALUE_BUCKETS : null);
  let warm = false;
  const predictor = new Predictor(runtime.ort, served, o.maxBatchRows, (rows) => warm && metrics.batch.observe(rows));
  try {
    await predictor.predict(warmUpRow(served));
  } catch (e) {
    throw new ServiceError(`The model ${served.path} failed its warm-up inference on one row: ${e.message}`);
  }
  warm = true;
  let server;
  try {
    server = await startServer(predictor, metrics, o, log2);
  } catch (e) {
    const code = e.code;
    if (code === "EADDRINUSE") throw new ServiceError(`Port ${o.port} on ${o.host} is in use. Stop what listens there, or give another --port (0 picks a free one).`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new ServiceError(`Cannot listen on ${o.host}: not an address of this machine. Give --host 127.0.0.1, 0.0.0.0 or one of its addresses.`);
    throw e;
  }
  log2("info", "ready", {
    url: server.url,
    model: served.name,
    version: served.version,
    sha256: served.sha256,
    task: served.task,
    contract: served.contract?.file ?? null,
    onnxruntime: runtime.source,
    startup_ms: Date.now() - started
  });
  return {
    ...server,
    served,
    stop: async () => {
      await server.close();
      await served.model.session.release();
    }
  };
}
function warmUpRow(served) {
  const value = (t) => t === "string" ? "" : t === "bool" ? false : 0;
  return { firstRow: 1, rows: 1, columns: Object.fromEntries(served.columns.map((c) => [c.name, [value(c.type)]])) };
}

// src/cli/serve.ts
var log = (level, msg, fields = {}) => {
  process.stdout.write(JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), level, msg, ...fields }) + "\n");
};
async function serveCommand(args, env) {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(serveHelp(VERSION));
    return 0;
  }
  if (args[0] === "healthcheck") return healthcheck(args.slice(1), env);
  let options;
  try {
    options = parseServeFlags(args, env);
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    process.stderr.write(`error: ${e.message}
`);
    return 2;
  }
  const ort = runnerOrtOptions(env, options.onnxruntimePath || besideBundle(), process.cwd(), (m) => log("info", m));
  let serving;
  try {
    serving = await serve(options, ort, process.cwd(), log);
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    process.stderr.write(`error: ${e.message}
`);
    return 1;
  }
  const stopped = new Promise((resolve) => {
    let stopping = false;
    const stop = (signal) => {
      if (stopping) {
        if (signal === "SIGINT") process.exit(130);
        return;
      }
      stopping = true;
      log("info", "shutting down", { signal });
      serving.stop().then(resolve, (e) => {
        log("error", "shutdown failed", { error: String(e) });
        resolve();
      });
    };
    process.on("SIGTERM", () => stop("SIGTERM"));
    process.on("SIGINT", () => stop("SIGINT"));
  });
  await stopped;
  log("info", "stopped");
  return 0;
}
function besideBundle() {
  const dir = dirname2(fileURLToPath(import.meta.url));
  return existsSync2(join2(dir, "node_modules", "onnxruntime-node")) ? dir : "";
}
async function healthcheck(args, env) {
  const flag = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : void 0;
  };
  const port = flag("port") ?? env.PORT ?? "8080";
  const host = flag("host") ?? "127.0.0.1";
  try {
    const res = await fetch(`http://${host}:${port}/v2/health/ready`, { signal: AbortSignal.timeout(3e3) });
    await res.body?.cancel();
    if (res.ok) return 0;
    process.stderr.write(`not ready: HTTP ${res.status}
`);
  } catch (e) {
    process.stderr.write(`not ready: ${e.message}
`);
  }
  return 1;
}
export {
  serveCommand
};
