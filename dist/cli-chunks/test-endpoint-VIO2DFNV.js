import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parseBody
} from "./chunk-4KB5KVYE.js";
import {
  formatBytes,
  parseSize
} from "./chunk-FGGIRIWE.js";
import {
  modelStep,
  openTable
} from "./chunk-TR3DZGHC.js";
import {
  loadModel,
  onnxFile,
  parseNumber,
  planFromSources,
  predict,
  readModelFile,
  toFeeds
} from "./chunk-4SCLQLSG.js";
import {
  ALL_METRICS,
  loadOnnxRuntime,
  readContractFile,
  signatureDiff
} from "./chunk-5ASBMTIZ.js";
import "./chunk-XZC4LR2O.js";
import "./chunk-GOJ3UU2V.js";
import {
  describeFetchError,
  redact
} from "./chunk-6SQENMC6.js";
import "./chunk-YQEE2Z4F.js";
import {
  cell
} from "./chunk-J33SUZGY.js";
import {
  list,
  number,
  oneOf,
  output,
  readInputs,
  string,
  writeFileAtomic
} from "./chunk-ZKYIUTKU.js";
import "./chunk-2GYKKTUI.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/test-endpoint.ts
init_define_ACTION_META();

// src/endpoint/test-endpoint.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
import { basename, join } from "node:path";

// src/endpoint/checks.ts
init_define_ACTION_META();

// src/endpoint/answer-check.ts
init_define_ACTION_META();

// src/endpoint/expectations.ts
init_define_ACTION_META();
var LABEL_ELEMS = { int64: "int", int32: "int", int16: "int", int8: "int", uint8: "int", string: "string", bool: "bool" };
function expectationsOf(c) {
  const outputs = c?.outputs ?? [];
  const label = outputs.find((o) => LABEL_ELEMS[o.type] !== void 0);
  const proba = outputs.find((o) => /^seq\(map\(/.test(o.type) || /^float/.test(o.type) && o.shape?.length === 2 && o.shape[1] !== 1);
  const value = c?.task === "regression" ? outputs.find((o) => /^float/.test(o.type)) : void 0;
  const labelColumn = c?.label ?? "label";
  const declaredLabel = c?.columns?.[labelColumn]?.type;
  const task = c?.task ?? (label || proba ? c?.labels && c.labels.length > 2 ? "multiclass" : "binary" : value ? "regression" : null);
  return {
    source: c ? `contract ${c.file}` : null,
    task,
    labelType: task === "regression" ? null : declaredLabel ?? (label ? LABEL_ELEMS[label.type] : null),
    classes: c?.labels ?? null,
    labelOutput: label?.name ?? null,
    probaOutput: proba?.name ?? null,
    valueOutput: value?.name ?? null,
    labelColumn,
    inputs: c?.inputs ?? [],
    inputColumns: c?.inputColumns ?? (c?.features && c.inputs?.length === 1 ? { [c.inputs[0].name]: c.features } : null),
    features: featuresOf(c, labelColumn)
  };
}
function featuresOf(c, labelColumn) {
  if (!c) return null;
  const names = c.features ?? (c.inputColumns ? Object.values(c.inputColumns).flat() : c.columns ? Object.keys(c.columns).filter((n) => n !== labelColumn) : null);
  if (!names) return null;
  return names.map((name) => ({ name, type: c.columns?.[name]?.type ?? "float", nulls: c.columns?.[name]?.nulls ?? "forbid" }));
}
function hasType(v, t) {
  switch (t) {
    case "int":
      return typeof v === "number" && Number.isInteger(v);
    case "float":
      return typeof v === "number";
    case "string":
      return typeof v === "string";
    case "bool":
      return typeof v === "boolean";
  }
}
var TYPE_WORDS = { int: "int (a JSON integer)", float: "float (a JSON number)", string: "string (a JSON string)", bool: "bool (JSON true or false)" };

// src/endpoint/answer-check.ts
var FLOAT32_EPS = 2 ** -23;
var V2_LABEL = { int: ["INT64", "INT32", "INT16", "INT8", "UINT8", "UINT16", "UINT32", "UINT64"], float: ["FP32", "FP64"], string: ["BYTES"], bool: ["BOOL"] };
var V2_LABEL_WORDS = { int: "INT64 or another integer datatype", float: "FP32 or FP64", string: "BYTES", bool: "BOOL" };
var SHOWN = 5;
function checkAnswer(d, ex, sent, tolerance) {
  const failures = [...d.problems];
  if (d.rows !== sent && !d.problems.length) failures.push(`the answer has ${d.rows} rows for the ${sent} sent`);
  const has = d.names.length ? ` (the answer has ${d.names.map((n) => `\`${n}\``).join(", ")})` : "";
  if (ex.task === "regression") {
    if (!d.value) return [...failures, `the answer has no value per row for this regressor${has}`];
    failures.push(...listed(d.value.values.map((v, i) => typeof v === "number" && Number.isFinite(v) ? null : `row ${i + 1}: \`${d.value?.name}\` is ${show(v)}, not a finite number`)));
    return failures;
  }
  const classification = ex.task !== null || d.label !== null || d.proba !== null;
  if (!classification) return [...failures, `the answer has neither labels, probabilities nor values${has}`];
  if (!d.label && (ex.labelOutput || !d.proba)) failures.push(`the answer has no label output${ex.labelOutput ? ` \`${ex.labelOutput}\`` : ""}${has}`);
  if (!d.proba && ex.probaOutput) failures.push(`the answer has no probability output \`${ex.probaOutput}\`${has}`);
  if (d.label) failures.push(...checkLabels(d.label, ex));
  if (d.proba) failures.push(...checkProba(d.proba, ex, tolerance));
  return failures;
}
function checkLabels(label, ex) {
  const out = [];
  const t = ex.labelType;
  if (t && label.datatype !== null && !V2_LABEL[t].includes(label.datatype)) {
    out.push(`output \`${label.name}\` has the datatype ${label.datatype}; the contract declares ${t} labels (${V2_LABEL_WORDS[t]})`);
  }
  if (t) {
    out.push(...listed(label.values.map((v, i) => hasType(v, t) ? null : `row ${i + 1}: \`${label.name}\` is ${show(v)}; the contract declares ${TYPE_WORDS[t]} labels`)));
  }
  const classes = ex.classes;
  if (classes) {
    out.push(...listed(label.values.map((v, i) => v === null || v === void 0 || t && !hasType(v, t) || classes.includes(String(v)) ? null : `row ${i + 1}: \`${label.name}\` is ${show(v)}, not one of the declared labels ${classes.join(", ")}`)));
  }
  return out;
}
function checkProba(p, ex, tolerance) {
  const out = [];
  const classes = ex.classes;
  if (classes && p.classes) {
    const missing = classes.filter((c) => !p.classes?.includes(c));
    const extra = p.classes.filter((c) => !classes.includes(c));
    if (missing.length || extra.length) out.push(`output \`${p.name}\` has the classes ${p.classes.join(", ")}; the contract declares ${classes.join(", ")}`);
  }
  const width = classes?.length ?? p.classes?.length ?? null;
  const rowProblems = p.rows.map((row, i) => {
    const at = `row ${i + 1}: \`${p.name}\``;
    if (width !== null && row.length !== width) return `${at} has ${row.length} values for ${width} classes`;
    const bad = row.find((v) => typeof v !== "number" || !Number.isFinite(v));
    if (bad !== void 0) return `${at} holds ${show(bad)}, not a number`;
    const nums = row;
    const out2 = nums.find((v) => v < -tolerance || v > 1 + tolerance);
    if (out2 !== void 0) return `${at} holds ${out2}, outside [0, 1]`;
    const sum = nums.reduce((a, b) => a + b, 0);
    const allowed = tolerance + nums.length * FLOAT32_EPS;
    if (Math.abs(sum - 1) > allowed) return `${at} sums to ${sum} (${nums.join(" + ")}), not 1 within ${allowed < 1e-3 ? allowed.toExponential(2) : allowed.toPrecision(3)}`;
    return null;
  });
  out.push(...listed(rowProblems));
  return out;
}
function listed(items) {
  const found = items.filter((x) => x !== null);
  if (found.length <= SHOWN) return found;
  return [...found.slice(0, SHOWN), `\u2026 and ${found.length - SHOWN} more rows like these`];
}
function show(v) {
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  if (v === void 0) return "missing";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
}

// src/endpoint/exchange.ts
init_define_ACTION_META();
var PREVIEW = 200;
function preview(text, n = PREVIEW) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n)}\u2026` : flat;
}
async function send(method, url, o) {
  const sent = o.body === void 0 ? "" : o.describeBody ?? (o.body === "" ? "an empty body" : `the body ${preview(o.body)}`);
  const base = { method, url: redact(url), sent };
  try {
    const res = await fetch(url, {
      method,
      ...o.body !== void 0 ? { body: o.body, headers: { "content-type": o.contentType ?? "application/json" } } : {},
      signal: AbortSignal.timeout(o.timeoutMs),
      redirect: "manual"
    });
    const text = await res.text();
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    return { ...base, status: res.status, contentType, text, json: jsonOf(text), failure: null, failureKind: null };
  } catch (e) {
    const timeout = e instanceof Error && (e.name === "TimeoutError" || e.cause?.name === "TimeoutError");
    if (timeout) return { ...base, status: null, contentType: "", text: "", json: void 0, failure: `no answer within ${o.timeoutMs / 1e3} s (input \`timeout\`)`, failureKind: "timeout" };
    const why = describeFetchError(e);
    const kind = /CERT|SSL|TLS|WRONG_VERSION_NUMBER/.test(why) ? "tls" : /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT/.test(why) ? "connect" : "other";
    return { ...base, status: null, contentType: "", text: "", json: void 0, failure: why, failureKind: kind };
  }
}
function jsonOf(text) {
  if (text.trim() === "") return void 0;
  try {
    return parseBody(text);
  } catch {
    return void 0;
  }
}
function requestLine(x) {
  return `${x.method} ${x.url}${x.sent ? ` with ${x.sent}` : ""}`;
}
function answerLine(x) {
  if (x.status === null) return `no answer: ${x.failure}`;
  return `answered ${x.status}${x.contentType ? ` ${x.contentType}` : ""}${x.text.trim() ? `: ${preview(x.text)}` : " with an empty body"}`;
}
var isHtml = (x) => x.contentType === "text/html" || /^\s*<(!doctype|html)/i.test(x.text);

// src/endpoint/negative.ts
init_define_ACTION_META();
var NEGATIVE_CASES = ["missing-field", "wrong-type", "extra-column", "empty-body", "not-json", "oversized-body"];
var EXTRA_COLUMN = "model_cd_unexpected_column";
function negativeCases(good, p, names, oversizedBytes) {
  const row = { features: good.features, rows: good.rows.slice(0, 1) };
  const cases = [];
  for (const name of names) {
    switch (name) {
      case "missing-field": {
        const dropped = row.features[0];
        if (!dropped) continue;
        cases.push({ name, what: `no column \`${dropped.name}\``, body: p.encode({ features: row.features.slice(1), rows: row.rows.map((r) => r.slice(1)) }) });
        break;
      }
      case "wrong-type": {
        let j = row.features.findIndex((f2) => f2.type !== "string");
        const stringOnly = j < 0;
        if (stringOnly) j = 0;
        const f = row.features[j];
        if (!f) continue;
        const bad = stringOnly ? 1 : "false";
        cases.push({ name, what: `\`${f.name}\` is ${JSON.stringify(bad)} but declared ${f.type}`, body: p.encode({ features: row.features, rows: row.rows.map((r) => r.map((v, k) => k === j ? bad : v)) }) });
        break;
      }
      case "extra-column":
        cases.push({ name, what: `an extra column \`${EXTRA_COLUMN}\``, body: p.encode({ features: [...row.features, { name: EXTRA_COLUMN, type: "float", nulls: "forbid" }], rows: row.rows.map((r) => [...r, 0.5]) }) });
        break;
      case "empty-body":
        cases.push({ name, what: "an empty body", body: "" });
        break;
      case "not-json":
        cases.push({ name, what: "a body that is not JSON", body: "this is not JSON {" });
        break;
      case "oversized-body": {
        const body = p.encode(row);
        cases.push({ name, what: `a ${formatBytes(oversizedBytes)} body`, body: body + " ".repeat(Math.max(0, oversizedBytes - Buffer.byteLength(body))), describeBody: `a ${formatBytes(oversizedBytes)} body (one good row padded with whitespace)` });
        break;
      }
    }
  }
  return cases;
}
function judgeRefusal(x) {
  const json = typeof x.json === "object" && x.json !== null && !Array.isArray(x.json);
  if (x.status !== null && x.status >= 400 && x.status < 500 && json) return null;
  const why = x.status === null ? "no answer came (a server should refuse it with a 4xx, not drop the connection)" : x.status >= 500 ? "a server error: the server broke on a request it should have refused with a 4xx" : x.status < 300 ? "a success: the server accepted a request it should have refused with a 4xx" : x.status >= 400 && x.status < 500 ? "a 4xx, but the body is not a JSON error object" : "not a 4xx";
  return `${requestLine(x)} ${answerLine(x)}; that is ${why}.`;
}

// src/endpoint/parity.ts
init_define_ACTION_META();

// src/endpoint/sample.ts
init_define_ACTION_META();
import { resolve } from "node:path";
async function readSample(path, format, count, ex, cwd) {
  const table = await openTable(resolve(cwd, path), { format, input: "data" });
  let batch;
  try {
    for await (const b2 of table.batches(count)) {
      batch = b2;
      break;
    }
  } finally {
    await table.close();
  }
  if (!batch || batch.rows === 0) throw new ConfigurationError("input `data`", path, "has no data rows. Give rows to send: the holdout set, or a file of examples.");
  const features = ex.features ?? inferFeatures(batch, table.columns.filter((c) => c !== ex.labelColumn));
  const missing = features.filter((f) => !table.columns.includes(f.name)).map((f) => f.name);
  if (missing.length) throw new ConfigurationError("input `data`", path, `has no column ${missing.join(", ")}, which ${ex.source ?? "the model"} declares (its columns: ${table.columns.join(", ")}). Give data with the model's feature columns.`);
  const b = batch;
  const rows = Array.from({ length: b.rows }, (_, r) => features.map((f) => typed(b.columns[f.name]?.[r] ?? null, f, r + 1, path)));
  return { features, rows, source: `the first ${b.rows} rows of ${path}`, fileColumns: table.columns };
}
function synthesizeSample(features, count) {
  const rows = Array.from(
    { length: count },
    (_, r) => features.map((f, j) => {
      const u = ((r + 1) * 7919 + (j + 1) * 104729) % 4e3 / 1e3 - 2;
      if (f.type === "float") return Math.round(u * 1e3) / 1e3;
      if (f.type === "int") return Math.round(u);
      if (f.type === "bool") return u >= 0;
      return `v${Math.abs(Math.round(u))}`;
    })
  );
  return { features, rows, source: `${count} rows made up from the declared column types (no \`data\` given)`, fileColumns: features.map((f) => f.name) };
}
function typed(cell2, f, row, path) {
  const bad = (what) => new ConfigurationError(`input \`data\` (${path}, row ${row}, column \`${f.name}\`)`, String(cell2), `is not ${what}, as the contract declares the column. Fix the value or drop the row.`);
  if (cell2 === null || cell2 === "") return null;
  switch (f.type) {
    case "float":
    case "int": {
      const v = parseNumber(cell2);
      if (v === void 0 || f.type === "int" && v !== null && Number.isFinite(v) && !Number.isInteger(v)) throw bad(f.type === "int" ? "a whole number" : "a number");
      return v === null || !Number.isFinite(v) ? null : v;
    }
    case "bool": {
      if (typeof cell2 === "boolean") return cell2;
      const s = String(cell2).trim().toLowerCase();
      if (s === "true" || s === "1") return true;
      if (s === "false" || s === "0") return false;
      throw bad("a boolean");
    }
    case "string":
      return String(cell2);
  }
}
function inferFeatures(b, names) {
  return names.map((name) => {
    const cells = (b.columns[name] ?? []).filter((c) => c !== null && c !== "");
    const all = (t) => cells.length > 0 && cells.every(t);
    const type = all((c) => typeof c === "boolean" || /^(true|false)$/i.test(String(c))) ? "bool" : all((c) => Number.isFinite(parseNumber(c) ?? NaN)) ? "float" : "string";
    return { name, type, nulls: "allow" };
  });
}
function sampleBatch(s) {
  const columns = {};
  s.features.forEach((f, j) => columns[f.name] = s.rows.map((r) => r[j]));
  return { firstRow: 1, rows: s.rows.length, columns };
}

// src/endpoint/parity.ts
async function offlinePredictions(ort, file, contract, ex, s) {
  const model = await loadModel(ort, file, ex.task ?? void 0, ex.classes ?? void 0);
  try {
    const plans = planFromSources(model.info, "model", { contract, label: ex.labelColumn, columns: s.features.map((f) => f.name), path: s.source });
    const nullable = new Set(s.features.filter((f) => f.nulls === "allow").map((f) => f.name));
    const feeds = toFeeds(plans, sampleBatch(s), { nullable, what: "the sample rows" });
    const out = await predict(ort, model, plans, feeds, s.rows.length);
    return { ...out, classes: model.classes };
  } finally {
    await model.session.release().catch(() => void 0);
  }
}
var showTolerance = (t) => t !== 0 && t < 1e-3 ? t.toExponential() : String(t);
var close = (online, offline, tolerance) => Math.abs(online - offline) <= tolerance + tolerance * Math.abs(offline);
function sameLabel(online, offline) {
  if (typeof online === "number") return Number(offline) === online;
  if (typeof online === "boolean") return offline === String(online) || offline === (online ? "1" : "0");
  return typeof online === "string" && online === offline;
}
function compareParity(on, off, tolerance) {
  const out = [];
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
      const k = p.classes ? p.classes.indexOf(cls) : j;
      for (let i = 0; i < p.rows.length && i * c + j < off.proba.length; i++) {
        const want = off.proba[i * c + j];
        const got = k >= 0 ? p.rows[i]?.[k] : void 0;
        if (typeof got !== "number" || !close(got, want, tolerance)) out.push({ row: i + 1, column: `${p.name}[${cls}]`, online: got, offline: want });
      }
    });
  }
  if (off.values && on.value) {
    const name = on.value.name;
    off.values.forEach((want, i) => {
      const got = on.value?.values[i];
      if (typeof got !== "number" || !close(got, want, tolerance)) out.push({ row: i + 1, column: name, online: got, offline: want });
    });
  }
  return out.sort((a, b) => a.row - b.row);
}
function parityGaps(on, off) {
  const gaps = [];
  if (off.labels && !on.label) gaps.push("the model gives labels, the answer has none");
  if (off.proba && !on.proba) gaps.push("the model gives probabilities, the answer has none");
  if (off.values && !on.value) gaps.push("the model gives values, the answer has none");
  if (!off.labels && !off.proba && !off.values) gaps.push("the model file gives no predictions to compare");
  return gaps;
}
function mismatchLine(m, tolerance) {
  const diff = typeof m.online === "number" && typeof m.offline === "number" ? ` (difference ${Math.abs(m.online - m.offline).toPrecision(3)}, tolerance ${showTolerance(tolerance)})` : "";
  return `row ${m.row}, \`${m.column}\`: endpoint ${show(m.online)}, model file ${typeof m.offline === "string" ? m.offline : m.offline}${diff}`;
}

// src/endpoint/checks.ts
var SHOWN2 = 10;
async function ask(p, rows, timeoutMs) {
  const x = await send("POST", p.inferUrl, { body: p.encode(rows), contentType: p.contentType, timeoutMs, describeBody: `${rows.rows.length} row${rows.rows.length === 1 ? "" : "s"} (${p.form})` });
  const bad = (why) => ({ exchange: x, decoded: null, unusable: `${requestLine(x)} ${answerLine(x)}${why}` });
  if (x.status !== 200) return bad(x.status === null ? "" : "; expected 200");
  if (x.json === void 0) return bad("; the answer is not JSON");
  return { exchange: x, decoded: p.decode(x.json, rows.rows.length), unusable: null };
}
async function contractCheck(p, sample, ex, tolerance, timeoutMs) {
  const cases = [];
  const requests = [[`${sample.rows.length} rows in one request`, sample]];
  if (sample.rows.length > 1) requests.push(["1 row", { features: sample.features, rows: sample.rows.slice(0, 1) }]);
  for (const [name, rows] of requests) {
    const a = await ask(p, rows, timeoutMs);
    if (a.unusable !== null) {
      cases.push({ name, passed: false, detail: a.unusable });
      continue;
    }
    const failures = checkAnswer(a.decoded, ex, rows.rows.length, tolerance);
    const d = a.decoded;
    const found = [d.label && `labels in \`${d.label.name}\``, d.proba && `probabilities in \`${d.proba.name}\``, d.value && `values in \`${d.value.name}\``].filter(Boolean).join(", ");
    cases.push({ name, passed: !failures.length, detail: failures.length ? `${requestLine(a.exchange)}: ${failures.join("; ")}` : `${found || "an answer"} as ${ex.source ?? "the answer itself"} declares${ex.source ? "" : " (no contract: types and classes not checked)"}` });
  }
  return cases;
}
async function negativeCheck(p, sample, names, oversizedBytes, timeoutMs) {
  const cases = [];
  for (const c of negativeCases(sample, p, names, oversizedBytes)) {
    const x = await send("POST", p.inferUrl, { body: c.body, contentType: p.contentType, timeoutMs, ...c.describeBody ? { describeBody: c.describeBody } : {} });
    const wrong = judgeRefusal(x);
    cases.push({ name: `${c.name}: ${c.what}`, passed: wrong === null, detail: wrong ?? answerLine(x) });
  }
  return cases;
}
async function parityCheck(p, sample, offline, tolerance, timeoutMs, shaNote) {
  const cases = shaNote ? [shaNote] : [];
  const a = await ask(p, sample, timeoutMs);
  if (a.unusable !== null) return [...cases, { name: `${sample.rows.length} rows`, passed: false, detail: a.unusable }];
  const d = a.decoded;
  const gaps = parityGaps(d, offline);
  const mismatches = compareParity(d, offline, tolerance);
  const compared = [offline.labels && d.label && "labels", offline.proba && d.proba && "probabilities", offline.values && d.value && "values"].filter(Boolean).join(", ");
  const lines = mismatches.slice(0, SHOWN2).map((m) => mismatchLine(m, tolerance));
  if (mismatches.length > SHOWN2) lines.push(`\u2026 and ${mismatches.length - SHOWN2} more`);
  const rowsOff = new Set(mismatches.map((m) => m.row)).size;
  cases.push({
    name: `${sample.rows.length} rows`,
    passed: !gaps.length && !mismatches.length,
    detail: [...gaps, ...mismatches.length ? [`${rowsOff} of ${sample.rows.length} rows differ: ${lines.join("; ")}`] : []].join("; ") || `${compared} equal to the model file's (floats within ${showTolerance(tolerance)})`
  });
  return cases;
}

// src/endpoint/load.ts
init_define_ACTION_META();
async function runLoad(p) {
  const times = [];
  const { default: autocannon } = await import("./autocannon-Q6OPXAKW.js");
  const instance = autocannon({
    url: p.url,
    method: "POST",
    headers: { "content-type": p.contentType },
    body: p.body,
    connections: p.connections,
    duration: p.durationS,
    ...p.rate > 0 ? { overallRate: p.rate } : {},
    timeout: p.timeoutS,
    pipelining: 1
  });
  instance.on("response", (_client, status, _bytes, ms2) => {
    if (status >= 200 && status < 300) times.push(ms2);
  });
  const r = await instance;
  return summarise(r, times, p);
}
function summarise(r, times, p) {
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count]));
  const answered2 = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const ok = r["2xx"];
  const requests = answered2 + r.errors;
  const sorted = Float64Array.from(times).sort();
  const duration = r.duration > 0 ? r.duration : p.durationS;
  return {
    durationS: duration,
    connections: p.connections,
    rate: p.rate,
    batchRows: p.batchRows,
    requests,
    ok,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    errorRate: requests ? (r.non2xx + r.errors) / requests : 1,
    rps: ok / duration,
    rowsPerSecond: ok * p.batchRows / duration,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : null,
    statusCodes
  };
}
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}
function judgeLoad(r, g) {
  const out = [{ gate: "max-error-rate", requirement: `error rate <= ${g.maxErrorRate}`, value: r.errorRate, passed: r.errorRate <= g.maxErrorRate }];
  const upper = (gate, what, value, max) => {
    if (max !== null) out.push({ gate, requirement: `${what} <= ${max} ms`, value, passed: value !== null && value <= max });
  };
  upper("max-p95-ms", "p95", r.p95Ms, g.maxP95Ms);
  upper("max-p99-ms", "p99", r.p99Ms, g.maxP99Ms);
  if (g.minRps !== null) out.push({ gate: "min-rps", requirement: `requests/s >= ${g.minRps}`, value: r.rps, passed: r.rps >= g.minRps });
  return out;
}

// src/endpoint/mlflow.ts
init_define_ACTION_META();
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isScalar = (v) => v === null || ["string", "number", "boolean"].includes(typeof v);
function mlflowProtocol(base, ex) {
  return {
    name: "mlflow",
    inferUrl: `${base}/invocations`,
    contentType: "application/json",
    form: "dataframe_split",
    encode: (r) => JSON.stringify({ dataframe_split: { columns: r.features.map((f) => f.name), data: r.rows } }),
    decode: (json, sent) => decodeMlflow(json, sent, ex)
  };
}
function decodeMlflow(json, sent, ex) {
  const out = { rows: 0, label: null, proba: null, value: null, problems: [], names: [] };
  if (!isObj(json) || !("predictions" in json)) {
    out.problems.push('the answer is not {"predictions": ...} (MLflow scoring protocol)');
    return out;
  }
  let preds = json.predictions;
  if (isObj(preds)) {
    const cols = Object.entries(preds).filter(([, v]) => Array.isArray(v));
    const n = Math.max(0, ...cols.map(([, v]) => v.length));
    preds = Array.from({ length: n }, (_, i) => Object.fromEntries(cols.map(([k, v]) => [k, v[i]])));
  }
  if (!Array.isArray(preds)) {
    out.problems.push(`\`predictions\` is ${JSON.stringify(preds)?.slice(0, 80)}, not a list with one prediction per row`);
    return out;
  }
  const list2 = preds;
  out.rows = list2.length;
  if (list2.length !== sent) out.problems.push(`\`predictions\` has ${list2.length} rows for the ${sent} sent`);
  const regression = ex.task === "regression";
  if (list2.every(isObj)) {
    const first = list2[0] ?? {};
    const keys = Object.keys(first);
    out.names = keys;
    const pick = (declared, test) => declared && declared in first ? declared : keys.find((k) => test(first[k]));
    if (regression) {
      const k = pick(ex.valueOutput, (v) => typeof v === "number");
      if (k) out.value = { name: k, values: list2.map((r) => r[k]) };
      return out;
    }
    const labelKey = pick(ex.labelOutput, isScalar);
    const probaKey = pick(ex.probaOutput, (v) => isObj(v) || Array.isArray(v));
    if (labelKey) out.label = { name: labelKey, datatype: null, values: list2.map((r) => r[labelKey]) };
    if (probaKey) {
      const firstP = first[probaKey];
      const classes = isObj(firstP) ? Object.keys(firstP) : null;
      out.proba = {
        name: probaKey,
        classes,
        rows: list2.map((r, i) => {
          const p = r[probaKey];
          if (Array.isArray(p)) return p;
          if (!isObj(p)) return [p];
          if (classes && Object.keys(p).join("\0") !== classes.join("\0")) out.problems.push(`row ${i + 1}: \`${probaKey}\` has the classes ${Object.keys(p).join(", ")}, row 1 has ${classes.join(", ")}`);
          return (classes ?? []).map((c) => p[c]);
        })
      };
    }
    return out;
  }
  const values = list2.map((v) => Array.isArray(v) && v.length === 1 ? v[0] : v);
  if (values.every(isScalar)) {
    if (regression || ex.task === null && values.every((v) => typeof v === "number" && !Number.isInteger(v))) out.value = { name: "predictions", values };
    else out.label = { name: "predictions", datatype: null, values };
    return out;
  }
  if (values.every(Array.isArray)) out.proba = { name: "predictions", classes: null, rows: values };
  else out.problems.push("`predictions` mixes records, values and lists");
  return out;
}

// src/endpoint/protocol.ts
init_define_ACTION_META();
async function detectProtocol(base, wanted, timeoutMs) {
  const order = wanted === "auto" ? ["v2", "mlflow"] : [wanted];
  const probes = [];
  for (const p of order) {
    const x = await send("GET", `${base}${p === "v2" ? "/v2/health/ready" : "/ping"}`, { timeoutMs });
    probes.push(x);
    unreachable(x);
    if (wanted !== "auto") return { protocol: p, probes };
    if (!isHtml(x) && (x.status === 200 || p === "v2" && x.status === 503 && x.json !== void 0)) return { protocol: p, probes };
  }
  const html = probes.find(isHtml);
  if (html) {
    throw new ServiceError(
      `The endpoint answers HTML, not a model server's protocol: ${requestLine(html)} ${answerLine(html)}. Check input \`url\`: it must be the model server's base URL, not a web page, a proxy's login or error page.`,
      html.status
    );
  }
  throw new ServiceError(
    `The endpoint speaks neither KServe v2 nor MLflow's scoring protocol: ${probes.map((x) => `${requestLine(x)} ${answerLine(x)}`).join("; ")}. Check input \`url\` (the server's base URL, without /v2/... or /invocations), or set \`protocol\`.`,
    probes.at(-1)?.status ?? null
  );
}
function unreachable(x) {
  if (x.failureKind === null || x.failureKind === "other") return;
  const fix = x.failureKind === "tls" ? "Verification stays on: give the server a certificate the runner trusts (NODE_EXTRA_CA_CERTS for a private CA), or check that `url` uses the scheme the server speaks." : x.failureKind === "timeout" ? "Check that the server is up and answering, or raise `timeout`." : "Check input `url`: is the server running and listening there, and reachable from this runner?";
  throw new ServiceError(`Cannot reach the endpoint: ${requestLine(x)} got ${answerLine(x)}. ${fix}`);
}

// src/endpoint/report.ts
init_define_ACTION_META();
var CHECKS = ["smoke", "contract", "negative", "parity", "load"];
function checkResult(name, cases, passedSummary) {
  const failed = cases.filter((c) => !c.passed);
  return { name, status: failed.length ? "failed" : "passed", summary: failed.length ? `${failed.length} of ${cases.length} failed` : passedSummary, cases };
}
var skipped = (name, why) => ({ name, status: "skipped", summary: why, cases: [] });
var ICON = { passed: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
var ms = (v) => v === null ? "\u2013" : `${v.toFixed(1)} ms`;
function markdown(r) {
  const ran = r.checks.filter((c) => c.status !== "skipped");
  const failed = ran.filter((c) => c.status === "failed");
  const title = failed.length ? `### \u274C test-endpoint: ${r.url} failed ${failed.map((c) => c.name).join(", ")}` : `### \u2705 test-endpoint: ${r.url} passed ${ran.map((c) => c.name).join(", ") || "nothing (no check ran)"}`;
  const lines = [title, "", `Protocol ${r.protocol === "v2" ? "KServe v2" : "MLflow"} (${r.form})${r.model ? `, model \`${r.model.name}\`${r.model.version ? ` version \`${r.model.version}\`` : ""}` : ""}${r.rows ? `; ${r.rows.source}` : ""}.`, ""];
  lines.push("| check | result | |", "|---|---|---|");
  for (const c of r.checks) lines.push(`| ${c.name} | ${ICON[c.status]} ${c.status} | ${cell(c.summary)} |`);
  if (r.load) {
    const l = r.load;
    lines.push("", `Load: ${l.durationS} s, ${l.rate > 0 ? `${l.rate} requests/s over ${l.connections} connections` : `${l.connections} connections`}, ${l.batchRows} row${l.batchRows === 1 ? "" : "s"} per request.`, "");
    lines.push("| requests | req/s | rows/s | p50 | p95 | p99 | error rate |", "|---|---|---|---|---|---|---|");
    lines.push(`| ${l.requests} | ${l.rps.toFixed(1)} | ${l.rowsPerSecond.toFixed(1)} | ${ms(l.p50Ms)} | ${ms(l.p95Ms)} | ${ms(l.p99Ms)} | ${(l.errorRate * 100).toFixed(2)}% |`);
    if (l.gates.length) {
      lines.push("", "| gate | requirement | value | |", "|---|---|---|---|");
      for (const g of l.gates) lines.push(`| ${g.gate} | ${cell(g.requirement)} | ${g.value === null ? "\u2013" : Number(g.value.toPrecision(4))} | ${g.passed ? "\u2705" : "\u274C"} |`);
    }
  }
  for (const c of r.checks.filter((x) => x.cases.length)) {
    lines.push("", `<details><summary>${c.name}: ${cell(c.summary)}</summary>`, "", "| case | result | detail |", "|---|---|---|");
    for (const k of c.cases) lines.push(`| ${cell(k.name)} | ${k.passed ? "\u2705" : "\u274C"} | ${cell(k.detail)} |`);
    lines.push("", "</details>");
  }
  return lines.join("\n");
}

// src/endpoint/smoke.ts
init_define_ACTION_META();
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var ELEM_DATATYPE = { float32: "FP32", float64: "FP64", float16: "FP16", int64: "INT64", int32: "INT32", int16: "INT16", int8: "INT8", uint8: "UINT8", string: "BYTES", bool: "BOOL" };
function answered(name, x) {
  const ok = x.status === 200 && !isHtml(x);
  return { name, passed: ok, detail: `${requestLine(x)} ${answerLine(x)}${ok ? "" : isHtml(x) ? " (HTML, not the protocol's answer)" : " (expected 200)"}` };
}
async function smokeV2(o, ready, model) {
  const cases = [answered("live", await send("GET", `${o.base}/v2/health/live`, { timeoutMs: o.timeoutMs })), answered("ready", ready)];
  const meta = model.metadata;
  cases.push({ ...answered("model metadata", model.exchange), ...model.exchange.status === 200 && !meta ? { passed: false, detail: `${requestLine(model.exchange)} ${answerLine(model.exchange)} (not a JSON object)` } : {} });
  cases.push(answered("model ready", await send("GET", `${o.base}/v2/models/${encodeURIComponent(model.name)}/ready`, { timeoutMs: o.timeoutMs })));
  if (meta) cases.push(...metadataCases(meta, o));
  return cases;
}
async function smokeMlflow(o, ping) {
  const cases = [answered("ping", ping), answered("health", await send("GET", `${o.base}/health`, { timeoutMs: o.timeoutMs }))];
  if (o.expectedSha256) {
    cases.push({ name: "sha256", passed: false, detail: "MLflow's scoring protocol does not report the served model's sha256, so `expected-sha256` cannot be verified; verify it where the image is built (build-push records it), or leave `expected-sha256` empty." });
  }
  return cases;
}
function metadataCases(meta, o) {
  const cases = [];
  const ex = o.ex;
  const list2 = (v) => Array.isArray(v) ? v.filter(isObj2) : [];
  const inputs = list2(meta.inputs);
  const outputs = list2(meta.outputs);
  const params = isObj2(meta.parameters) ? meta.parameters : {};
  if (ex.inputs.length && inputs.length) {
    const diffs = [];
    for (const d of ex.inputs) {
      const f = inputs.find((i) => i.name === d.name);
      if (!f) diffs.push(`input \`${d.name}\` is declared, the server has ${inputs.map((i) => `\`${String(i.name)}\``).join(", ")}`);
      else if (ELEM_DATATYPE[d.type] && String(f.datatype).toUpperCase() !== ELEM_DATATYPE[d.type]) diffs.push(`input \`${d.name}\`: declared ${d.type} (${ELEM_DATATYPE[d.type]}), the server says ${String(f.datatype)}`);
    }
    cases.push({ name: "metadata inputs", passed: !diffs.length, detail: diffs.join("; ") || `as declared: ${ex.inputs.map((i) => i.name).join(", ")}` });
  }
  const declaredOutputs = [ex.labelOutput, ex.probaOutput, ex.valueOutput].filter((n) => n !== null);
  if (declaredOutputs.length && outputs.length) {
    const missing = declaredOutputs.filter((n) => !outputs.some((x) => x.name === n));
    cases.push({ name: "metadata outputs", passed: !missing.length, detail: missing.length ? `declared ${missing.map((n) => `\`${n}\``).join(", ")}, the server has ${outputs.map((x) => `\`${String(x.name)}\``).join(", ")}` : `as declared: ${declaredOutputs.join(", ")}` });
  }
  const columns = list2(params.columns);
  if (ex.features && columns.length) {
    const diffs = [];
    for (const f of ex.features) {
      const c = columns.find((x) => x.name === f.name);
      if (!c) diffs.push(`column \`${f.name}\` is declared, the server does not take it`);
      else if (c.type !== void 0 && c.type !== f.type) diffs.push(`column \`${f.name}\`: declared ${f.type}, the server takes ${String(c.type)}`);
    }
    for (const c of columns) if (!ex.features.some((f) => f.name === c.name)) diffs.push(`column \`${String(c.name)}\`: the server takes it, the contract does not declare it`);
    cases.push({ name: "metadata columns", passed: !diffs.length, detail: diffs.join("; ") || `as declared: ${ex.features.map((f) => `${f.name} (${f.type})`).join(", ")}` });
  }
  if (ex.classes && Array.isArray(params.classes)) {
    const served = params.classes.map(String);
    const same = served.length === ex.classes.length && served.every((c) => ex.classes?.includes(c));
    cases.push({ name: "metadata classes", passed: same, detail: same ? `as declared: ${served.join(", ")}` : `declared ${ex.classes.join(", ")}, the server has ${served.join(", ")}` });
  }
  if (o.expectedSha256) {
    const sha = typeof params.sha256 === "string" ? params.sha256.toLowerCase() : null;
    cases.push({
      name: "sha256",
      passed: sha === o.expectedSha256,
      detail: sha === null ? "the server does not report the model's sha256 (`parameters.sha256` of the model metadata), so `expected-sha256` cannot be verified" : sha === o.expectedSha256 ? `as expected: ${sha}` : `the server serves ${sha}, expected ${o.expectedSha256}`
    });
  }
  return cases;
}

// src/endpoint/v2.ts
init_define_ACTION_META();
var isObj3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var enc = encodeURIComponent;
async function resolveV2Model(base, given, fileName, timeoutMs) {
  const meta = async (name) => {
    const x = await send("GET", `${base}/v2/models/${enc(name)}`, { timeoutMs });
    return { name, metadata: x.status === 200 && isObj3(x.json) ? x.json : null, exchange: x };
  };
  if (given) {
    const m = await meta(given);
    if (m.exchange.status === 404) throw new ConfigurationError("input `model-name`", given, `is not a model of ${base}: ${requestLine(m.exchange)} ${answerLine(m.exchange)}. Give the name the server serves it under.`);
    return m;
  }
  const index = await send("POST", `${base}/v2/repository/index`, { body: "{}", timeoutMs });
  const listed2 = Array.isArray(index.json) ? index.json.filter(isObj3).map((m) => String(m.name)) : null;
  const names = listed2 ? [...new Set(listed2)] : null;
  if (names && names.length === 1) return meta(names[0]);
  if (names && names.length > 1) throw new ConfigurationError("input `model-name`", "", `is empty and ${base} serves ${names.length} models (${names.join(", ")}). Name the one to test.`);
  if (fileName) {
    const m = await meta(fileName);
    if (m.exchange.status === 200) return m;
  }
  throw new ConfigurationError(
    "input `model-name`",
    "",
    `is empty and ${base} does not list its models (${requestLine(index)} ${answerLine(index)})${fileName ? `, nor serves one named after the model file (\`${fileName}\`)` : ""}. Give the name the server serves the model under.`
  );
}
var COLUMN_DATATYPE = { float: "FP64", int: "INT64", string: "BYTES", bool: "BOOL" };
var ELEM_DATATYPE2 = { float32: "FP32", float64: "FP64", float16: "FP16", int64: "INT64", int32: "INT32", int16: "INT16", int8: "INT8", uint8: "UINT8", string: "BYTES", bool: "BOOL" };
function v2Form(model, ex, features) {
  const metaInputs = Array.isArray(model.metadata?.inputs) ? model.metadata.inputs.filter(isObj3) : [];
  const names = features.map((f) => f.name);
  if (metaInputs.length && metaInputs.every((i) => names.includes(String(i.name)))) return null;
  const find = (name) => metaInputs.find((i) => i.name === name);
  const declared = (name) => ex.inputs.find((i) => i.name === name);
  const shapeOf = (name) => Array.isArray(find(name)?.shape) ? find(name)?.shape : declared(name)?.shape ?? null;
  const datatypeOf = (name) => typeof find(name)?.datatype === "string" ? String(find(name)?.datatype) : ELEM_DATATYPE2[declared(name)?.type ?? ""] ?? "FP32";
  if (ex.inputColumns && (metaInputs.length === 0 || Object.keys(ex.inputColumns).every((n) => find(n)))) {
    return Object.entries(ex.inputColumns).map(([name, columns]) => ({ name, datatype: datatypeOf(name), columns, flat: shapeOf(name)?.length === 1 }));
  }
  const only = metaInputs.length === 1 ? metaInputs[0] : void 0;
  if (only && Array.isArray(only.shape) && only.shape.length === 2 && (only.shape[1] === names.length || only.shape[1] === -1)) {
    return [{ name: String(only.name), datatype: datatypeOf(String(only.name)), columns: names, flat: false }];
  }
  return null;
}
function v2Protocol(base, model, ex, features) {
  const tensors = v2Form(model, ex, features);
  return {
    name: "v2",
    inferUrl: `${base}/v2/models/${enc(model.name)}/infer`,
    contentType: "application/json",
    form: tensors ? `tensors by model input (${tensors.map((t) => `${t.name}: ${t.columns.length} columns`).join("; ")})` : "one tensor per column (as MLServer reads a DataFrame)",
    encode: (rows) => JSON.stringify({ inputs: tensors ? tensorInputs(rows, tensors) : columnInputs(rows) }),
    decode: (json, sent) => decodeV2(json, sent, ex)
  };
}
function columnInputs(r) {
  return r.features.map((f, j) => ({ name: f.name, shape: [r.rows.length], datatype: COLUMN_DATATYPE[f.type], data: r.rows.map((row) => row[j]) }));
}
function tensorInputs(r, inputs) {
  const names = r.features.map((f) => f.name);
  const taken = new Set(inputs.flatMap((i) => i.columns));
  const extra = names.filter((n) => !taken.has(n));
  return inputs.map((input, k) => {
    const cols = [...input.columns.filter((c) => names.includes(c)), ...k === inputs.length - 1 ? extra : []];
    const idx = cols.map((c) => names.indexOf(c));
    const data = r.rows.flatMap((row) => idx.map((j) => row[j]));
    return { name: input.name, shape: input.flat && cols.length === 1 ? [r.rows.length] : [r.rows.length, cols.length], datatype: input.datatype, data };
  });
}
var LABEL_TYPES = /* @__PURE__ */ new Set(["INT64", "INT32", "INT16", "INT8", "UINT8", "UINT16", "UINT32", "UINT64", "BYTES", "BOOL"]);
var FLOAT_TYPES = /* @__PURE__ */ new Set(["FP32", "FP64", "FP16"]);
function decodeV2(json, sent, ex) {
  const out = { rows: 0, label: null, proba: null, value: null, problems: [], names: [] };
  if (!isObj3(json) || !Array.isArray(json.outputs)) {
    out.problems.push('the answer is not {"outputs": [...]} (Open Inference Protocol v2)');
    return out;
  }
  const outputs = json.outputs.filter(isObj3);
  out.names = outputs.map((o) => String(o.name));
  const shape = (o) => Array.isArray(o.shape) ? o.shape.map(Number) : [];
  const data = (o) => Array.isArray(o.data) ? o.data.flat(Infinity) : [];
  const byName = (n) => n ? outputs.find((o) => o.name === n) : void 0;
  const perRow = (o) => shape(o).length === 1 || shape(o).length === 2 && shape(o)[1] === 1;
  const dt = (o) => String(o.datatype ?? "").toUpperCase();
  const label = byName(ex.labelOutput) ?? (ex.task === "regression" ? void 0 : outputs.find((o) => LABEL_TYPES.has(dt(o)) && perRow(o)));
  const proba = byName(ex.probaOutput) ?? outputs.find((o) => o !== label && FLOAT_TYPES.has(dt(o)) && shape(o).length === 2 && (shape(o)[1] ?? 0) > 1);
  const value = byName(ex.valueOutput) ?? (ex.task === "regression" || !label && !proba ? outputs.find((o) => FLOAT_TYPES.has(dt(o)) && perRow(o)) : void 0);
  for (const o of [label, proba, value]) {
    if (!o) continue;
    const s = shape(o);
    const size = s.reduce((a, b) => a * b, 1);
    if (!s.length || s.some((d) => !Number.isInteger(d) || d < 0)) out.problems.push(`output \`${String(o.name)}\` has the shape ${JSON.stringify(o.shape)}, not a list of sizes`);
    else if (size !== data(o).length) out.problems.push(`output \`${String(o.name)}\` has the shape ${JSON.stringify(s)} (${size} values) but ${data(o).length} values`);
    if (s[0] !== sent) out.problems.push(`output \`${String(o.name)}\` has ${s[0]} rows for the ${sent} sent (shape ${JSON.stringify(s)})`);
  }
  out.rows = Number(shape(label ?? proba ?? value ?? {})[0] ?? 0);
  if (label) out.label = { name: String(label.name), datatype: dt(label), values: data(label) };
  if (proba) {
    const c = shape(proba)[1] ?? 0;
    const flat = data(proba);
    const params = isObj3(proba.parameters) ? proba.parameters : {};
    const classes = Array.isArray(params.classes) ? params.classes.map(String) : null;
    out.proba = { name: String(proba.name), classes, rows: Array.from({ length: c > 0 ? Math.floor(flat.length / c) : 0 }, (_, i) => flat.slice(i * c, (i + 1) * c)) };
  }
  if (value) out.value = { name: String(value.name), values: data(value) };
  return out;
}

// src/endpoint/test-endpoint.ts
async function testEndpoint(c) {
  const base = baseUrl(c.url);
  const checks = pickChecks(c.checks);
  const negatives = pickNegatives(c.negativeCases);
  const gates = readGates(c);
  const oversized = parseSize(c.oversizedBodySize);
  if (oversized === null || oversized < 1) throw new ConfigurationError("input `oversized-body-size`", c.oversizedBodySize, "is not a size. Use bytes or a unit, e.g. 16MiB: more than the server's body limit.");
  const expectedSha = c.expectedSha256.trim().toLowerCase().replace(/^sha256:/, "");
  if (expectedSha && !/^[0-9a-f]{64}$/.test(expectedSha)) throw new ConfigurationError("input `expected-sha256`", c.expectedSha256, "is not a sha256: give 64 hex digits (test-model's or pull-model's `sha256` output).");
  const timeoutMs = c.timeout * 1e3;
  const notices = [];
  const contract = await readContractFile(c.contract.trim(), c.cwd, true, ALL_METRICS);
  const ex = expectationsOf(contract);
  if (!contract) notices.push("No contract (input `contract`, or model-contract.yaml in the working directory): answers are checked for shape and probabilities only, not for the declared types, classes and columns.");
  const file = c.model.trim() ? await modelFile(c, expectedSha) : null;
  if (file && contract) {
    const diffs = signatureDiff(contract, file.info, "model");
    if (diffs.length) throw new ConfigurationError("input `contract`", contract.file, `does not match input \`model\` (${file.path}): ${diffs.join(" ")} Fix the contract, or give the model it describes.`);
  }
  const needsRows = checks.some((n) => n !== "smoke");
  const sample = needsRows ? await sampleOf(c, ex, notices) : null;
  const { protocol: name, probes } = await detectProtocol(base, c.protocol, timeoutMs);
  const probe = probes.at(-1);
  const fileName = file ? basename(file.path).replace(/\.onnx$/i, "") : null;
  const v2 = name === "v2" ? await resolveV2Model(base, c.modelName.trim(), fileName, timeoutMs) : null;
  const features = sample?.features ?? ex.features ?? [];
  const protocol = v2 ? v2Protocol(base, v2, ex, features) : mlflowProtocol(base, ex);
  c.log.info(`${base}: ${name === "v2" ? `KServe v2, model ${v2?.name}` : "MLflow scoring protocol"}; requests as ${protocol.form}.`);
  const results = /* @__PURE__ */ new Map();
  const smokeOpts = { base, ex, expectedSha256: expectedSha, timeoutMs };
  if (checks.includes("smoke")) {
    const cases = await c.log.group("smoke", () => v2 ? smokeV2(smokeOpts, probe, v2) : smokeMlflow(smokeOpts, probe));
    results.set("smoke", checkResult("smoke", cases, name === "v2" ? "live, ready, metadata as declared" : "ping, health"));
  }
  const rows = sample ? { features: sample.features, rows: sample.rows } : null;
  if (rows && checks.includes("contract")) {
    results.set("contract", checkResult("contract", await c.log.group("contract", () => contractCheck(protocol, rows, ex, c.tolerance, timeoutMs)), "answers as declared"));
  }
  if (rows && checks.includes("negative")) {
    results.set("negative", checkResult("negative", await c.log.group("negative cases", () => negativeCheck(protocol, rows, negatives, oversized, timeoutMs)), `${negatives.length} bad requests refused with a 4xx JSON error`));
  }
  if (rows && checks.includes("parity")) {
    if (!file) {
      results.set("parity", skipped("parity", "no `model` given"));
      notices.push("Parity skipped: give `model` (the .onnx file the endpoint serves) to compare its predictions with the endpoint's.");
    } else {
      const served = typeof v2?.metadata?.parameters?.sha256 === "string" ? String((v2?.metadata?.parameters).sha256) : null;
      const fileSha = createHash("sha256").update(file.bytes).digest("hex");
      const shaNote = served ? { name: "same model", passed: served === fileSha, detail: served === fileSha ? `the server serves the model file (${fileSha})` : `the server serves ${served}, the model file is ${fileSha}` } : null;
      const cases = await c.log.group("parity", async () => {
        const runtime = await loadOnnxRuntime(c.ort);
        const offline = await offlinePredictions(runtime.ort, file, contract, ex, sample);
        return parityCheck(protocol, rows, offline, c.tolerance, timeoutMs, shaNote);
      });
      results.set("parity", checkResult("parity", cases, `predictions equal to the model file's (floats within ${showTolerance(c.tolerance)})`));
    }
  }
  let load = null;
  if (rows && checks.includes("load")) {
    if (results.get("smoke")?.status === "failed") results.set("load", skipped("load", "not run: the smoke check failed"));
    else {
      const batch = { features: rows.features, rows: Array.from({ length: c.loadBatchRows }, (_, i) => rows.rows[i % rows.rows.length]) };
      const r = await c.log.group(
        `load: ${c.loadDuration} s`,
        () => runLoad({ url: protocol.inferUrl, body: protocol.encode(batch), contentType: protocol.contentType, durationS: c.loadDuration, connections: c.loadConnections, rate: c.loadRate, timeoutS: c.timeout, batchRows: c.loadBatchRows })
      );
      const judged = judgeLoad(r, gates);
      load = { ...r, gates: judged };
      const cases = judged.map((g) => ({ name: g.gate, passed: g.passed, detail: `${g.requirement}: ${g.value === null ? "no successful request" : Number(g.value.toPrecision(4))}` }));
      const failed = judged.filter((g) => !g.passed);
      results.set("load", { name: "load", status: failed.length ? "failed" : "passed", summary: `${r.rps.toFixed(1)} req/s, p95 ${r.p95Ms?.toFixed(1) ?? "\u2013"} ms, p99 ${r.p99Ms?.toFixed(1) ?? "\u2013"} ms, ${(r.errorRate * 100).toFixed(2)}% errors${failed.length ? `; failed ${failed.map((g) => g.gate).join(", ")}` : ""}`, cases });
    }
  }
  const ordered = CHECKS.filter((n) => checks.includes(n)).map((n) => results.get(n) ?? skipped(n, "no rows to send"));
  const report = {
    url: base,
    protocol: name,
    form: protocol.form,
    model: v2 ? { name: v2.name, version: Array.isArray(v2.metadata?.versions) ? String(v2.metadata.versions[0] ?? "") || null : null, sha256: typeof v2.metadata?.parameters?.sha256 === "string" ? String((v2.metadata?.parameters).sha256) : null } : null,
    passed: ordered.every((r) => r.status !== "failed"),
    rows: sample ? { count: sample.rows.length, source: sample.source } : null,
    tolerance: c.tolerance,
    checks: ordered,
    load
  };
  return finish(c, report, notices);
}
function finish(c, report, notices) {
  const md = markdown(report);
  const reportJson = join(c.reportDir, "report.json");
  writeFileAtomic(reportJson, JSON.stringify(report, null, 2) + "\n");
  writeFileAtomic(join(c.reportDir, "report.md"), md + "\n");
  const errors = report.checks.filter((r) => r.status === "failed").map((r) => ({ title: `test-endpoint ${r.name}`, message: `${r.name} failed: ${r.cases.filter((k) => !k.passed).map((k) => `${k.name}: ${k.detail}`).join(" | ")}` }));
  return {
    report,
    markdown: md,
    logText: md.split("<details>")[0]?.replace(/^#+\s*/, "").trimEnd() ?? "",
    reportJson,
    checks: Object.fromEntries(report.checks.map((r) => [r.name, r.status])),
    notices,
    errors,
    failed: !report.passed
  };
}
function baseUrl(raw) {
  const text = raw.trim();
  if (!text) throw new ConfigurationError("input `url`", "", "is empty. Give the endpoint's base URL, e.g. http://127.0.0.1:8080.");
  let u;
  try {
    u = new URL(text);
  } catch {
    throw new ConfigurationError("input `url`", text, "is not a URL. Give the base URL with its scheme, e.g. http://127.0.0.1:8080.");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new ConfigurationError("input `url`", text, "is not an http or https URL. Give the base URL with its scheme, e.g. http://127.0.0.1:8080.");
  if (u.search || u.hash) throw new ConfigurationError("input `url`", text, "has a query or fragment. Give the base URL only; test-endpoint finds the routes.");
  const path = u.pathname.replace(/\/+$/, "");
  if (/\/(invocations|v2(\/.*)?|ping|health)$/.test(path)) throw new ConfigurationError("input `url`", text, `ends in a route (${path.match(/\/(invocations|v2|ping|health).*$/)?.[0]}). Give the server's base URL without it; test-endpoint finds the routes.`);
  return `${u.origin}${path}`;
}
function pickChecks(names) {
  if (!names.length) throw new ConfigurationError("input `checks`", "", `is empty. Name the checks to run: ${CHECKS.join(", ")}.`);
  for (const n of names) if (!CHECKS.includes(n)) throw new ConfigurationError("input `checks`", n, `is not a check. Use ${CHECKS.join(", ")}.`);
  return names;
}
function pickNegatives(names) {
  for (const n of names) if (!NEGATIVE_CASES.includes(n)) throw new ConfigurationError("input `negative-cases`", n, `is not a negative case. Use ${NEGATIVE_CASES.join(", ")}.`);
  return names;
}
function readGates(c) {
  const optional = (input, raw) => {
    if (raw.trim() === "") return null;
    const n = Number(raw.trim());
    if (!Number.isFinite(n) || n < 0) throw new ConfigurationError(`input \`${input}\``, raw, "is not a number >= 0. Give a number, or leave it empty for no gate.");
    return n;
  };
  return { maxErrorRate: c.maxErrorRate, maxP95Ms: optional("max-p95-ms", c.maxP95Ms), maxP99Ms: optional("max-p99-ms", c.maxP99Ms), minRps: optional("min-rps", c.minRps) };
}
async function modelFile(c, expectedSha) {
  const file = await readModelFile("model", "model", onnxFile(c.model, "model", c.cwd));
  if (expectedSha) {
    const sha = createHash("sha256").update(file.bytes).digest("hex");
    if (sha !== expectedSha) throw new ConfigurationError("input `expected-sha256`", c.expectedSha256, `is not the sha256 of input \`model\` (${file.path}), which is ${sha}. Give the model file the endpoint should serve, or its sha256.`);
  }
  return file;
}
async function sampleOf(c, ex, notices) {
  if (c.data.trim()) return readSample(c.data.trim(), c.dataFormat, c.rows, ex, c.cwd);
  if (!ex.features) throw new ConfigurationError("input `data`", "", "is empty and no contract declares the feature columns. Give rows to send (the holdout set, or a file of examples), or the contract.");
  notices.push(`No \`data\`: ${c.rows} rows are made up from the contract's column types. Give the holdout set for requests like real ones.`);
  return synthesizeSample(ex.features, c.rows);
}

// src/actions/test-endpoint.ts
var spec = {
  url: string(),
  protocol: oneOf(["auto", "v2", "mlflow"]),
  "model-name": string(),
  contract: string(),
  data: string(),
  "data-format": oneOf(["auto", "csv", "jsonl", "parquet"]),
  rows: number({ min: 1, max: 1e5, integer: true }),
  model: string(),
  tolerance: number({ min: 0, max: 1 }),
  "expected-sha256": string(),
  checks: list(),
  "negative-cases": list(),
  "oversized-body-size": string(),
  "load-duration": number({ min: 1, max: 3600, integer: true }),
  "load-connections": number({ min: 1, max: 1e4, integer: true }),
  "load-rate": number({ min: 0, max: 1e6, integer: true }),
  "load-batch-rows": number({ min: 1, max: 1e5, integer: true }),
  "max-error-rate": number({ min: 0, max: 1 }),
  "max-p95-ms": string(),
  "max-p99-ms": string(),
  "min-rps": string(),
  timeout: number({ min: 1, max: 3600 }),
  "report-dir": output("folder"),
  "onnxruntime-path": string()
};
async function main(io) {
  const inputs = readInputs("test-endpoint", spec, io);
  const { reportDir, cwd, ort, log } = modelStep(io, "test-endpoint", inputs.reportDir, inputs.onnxruntimePath);
  const r = await testEndpoint({ ...inputs, reportDir, cwd, ort, log });
  io.info(r.logText);
  for (const n of r.notices) io.annotate("notice", n, { title: "test-endpoint" });
  for (const e of r.errors) io.annotate("error", e.message, { title: e.title });
  const l = r.report.load;
  const num = (v, digits) => v === null || v === void 0 ? "" : String(Number(v.toFixed(digits)));
  io.setOutput("passed", String(r.report.passed));
  io.setOutput("report", r.reportJson);
  io.setOutput("checks", JSON.stringify(r.checks));
  io.setOutput("rps", num(l?.rps, 2));
  io.setOutput("p50-ms", num(l?.p50Ms, 3));
  io.setOutput("p95-ms", num(l?.p95Ms, 3));
  io.setOutput("p99-ms", num(l?.p99Ms, 3));
  io.setOutput("error-rate", num(l?.errorRate, 6));
  io.summary(r.markdown);
  return r.failed ? 1 : 0;
}
export {
  main,
  spec
};
