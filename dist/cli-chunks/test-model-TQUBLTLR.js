import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  matchFiles,
  parseShard,
  readPartials
} from "./chunk-U7H6RUWZ.js";
import {
  modelStep,
  openTable
} from "./chunk-TR3DZGHC.js";
import {
  ClassificationAccumulator,
  FLOAT32_SUM_TOLERANCE,
  LatencyAccumulator,
  ROUNDING,
  RegressionAccumulator,
  evaluate,
  loadModel,
  onnxFile,
  readModelFile
} from "./chunk-4SCLQLSG.js";
import {
  ALL_METRICS,
  DEFAULT_SIGNIFICANCE_LEVEL,
  PairedRows,
  checkGate,
  comparesWithChampion,
  defaultGate,
  deltas,
  flatten,
  loadOnnxRuntime,
  markdown,
  parseGate,
  readContractFile,
  signatureDiff
} from "./chunk-5ASBMTIZ.js";
import "./chunk-XZC4LR2O.js";
import {
  sha256File
} from "./chunk-GOJ3UU2V.js";
import {
  fetchWithRetry
} from "./chunk-6SQENMC6.js";
import "./chunk-YQEE2Z4F.js";
import "./chunk-YE5P75TQ.js";
import {
  bool,
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

// src/actions/test-model.ts
init_define_ACTION_META();

// src/evaluate/test-model.ts
init_define_ACTION_META();
import { join, resolve as resolve2 } from "node:path";

// src/evaluate/build-report.ts
init_define_ACTION_META();
function warningsOf(r) {
  const w = [...r.classification?.result().warnings ?? [], ...r.regression?.result().warnings ?? []];
  if (r.clamped) w.push(`${r.clamped} probabilit${r.clamped === 1 ? "y was" : "ies were"} outside [0, 1] by float32 rounding (at most ${ROUNDING}) and clamped to it.`);
  for (const [label, n] of r.unknownLabels) w.push(`the true label ${JSON.stringify(label)} (${n} row${n === 1 ? "" : "s"}) is not a class the model outputs (${(r.model.classes ?? []).join(", ")}); those rows count as errors.`);
  return w;
}
function modelReport(r) {
  const c = r.classification?.result() ?? null;
  const reg = r.regression?.result() ?? null;
  return { path: r.model.path, metrics: flatten(r.model.task, c, reg, r.latency.result()), details: c ?? reg, warnings: warningsOf(r) };
}
function gatesToApply(gates, primary, options) {
  if (!primary || options.defaultGate === "none" || comparesWithChampion(gates)) return gates;
  const same = gates.find((g) => g.metric === primary.metric);
  return same ? gates.map((g) => g === same ? { ...g, significanceLevel: primary.significanceLevel, isDefault: true } : g) : [...gates, primary];
}
function buildReport(data, rows, cand, champ, paired, given, options, contract) {
  const candidate = modelReport(cand);
  const champion = champ ? modelReport(champ) : null;
  const primary = champion ? defaultGate(cand.model.task, candidate.metrics.roc_auc != null && champion.metrics.roc_auc != null) : null;
  const gates = gatesToApply(given, primary, options);
  const tests = /* @__PURE__ */ new Map();
  const pairedTest = (g) => {
    if (!paired || !champion) return null;
    const level = g.significanceLevel ?? DEFAULT_SIGNIFICANCE_LEVEL;
    const key = `${g.metric}@${level}`;
    if (!tests.has(key)) tests.set(key, paired.test(g.metric, level, g.greaterIsBetter, [candidate.metrics[g.metric] ?? null, champion.metrics[g.metric] ?? null]));
    return tests.get(key);
  };
  const results = gates.map((g) => checkGate(g, candidate.metrics[g.metric] ?? null, champion?.metrics[g.metric] ?? null, options.championMissing, g.significanceLevel !== void 0 ? pairedTest(g) : null));
  return {
    passed: results.every((g) => g.passed),
    task: cand.model.task,
    rows,
    data,
    candidate,
    champion,
    deltas: deltas(candidate.metrics, champion?.metrics ?? null),
    gates: results,
    comparison: primary ? pairedTest(primary) : null,
    contract: contract ? { file: contract.file, differences: [] } : null
  };
}
function contractFailure(candidatePath, data, task, contract, differences) {
  const empty = { path: candidatePath, metrics: {}, details: {}, warnings: [] };
  return { passed: false, task, rows: 0, data, candidate: empty, champion: null, deltas: {}, gates: [], comparison: null, contract: { file: contract.file, differences } };
}

// src/evaluate/read-gates.ts
init_define_ACTION_META();
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function readGates(raw, cwd) {
  const value = raw.trim();
  if (!value) return [];
  const { parse } = await import("./dist-LJIP4GSE.js");
  let text = value;
  let where = "input `gates`";
  if (!/[:{\n]/.test(value)) {
    const file = resolve(cwd, value);
    try {
      text = await readFile(file, "utf8");
      where = `gates file ${value}`;
    } catch {
      throw new ConfigurationError("input `gates`", value, "is neither a readable file nor a mapping. Give a YAML/JSON file, or inline YAML such as `accuracy: {threshold: 0.85, min_relative_change: 0.0}`.");
    }
  }
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigurationError(where, e.message.split("\n")[0] ?? "", "is not valid YAML or JSON.");
  }
  const gates = doc && typeof doc === "object" && "gates" in doc ? doc.gates : doc;
  if (!gates || typeof gates !== "object" || Array.isArray(gates)) throw new ConfigurationError(where, JSON.stringify(doc), "must map metric names to {threshold, min_absolute_change, min_relative_change, greater_is_better}.");
  return Object.entries(gates).map(([metric, spec2]) => parseGate(metric, spec2, where, ALL_METRICS));
}
function mergeGates(fromContract, fromInput) {
  const byMetric = new Map(fromContract.map((g) => [g.metric, g]));
  for (const g of fromInput) byMetric.set(g.metric, g);
  return [...byMetric.values()];
}

// src/evaluate/shard.ts
init_define_ACTION_META();
var PARTIAL_FORMAT = "model-cd.test-model.partial/2";
function tallyJSON(t, sha256) {
  return {
    path: t.model.path,
    sha256,
    task: t.model.task,
    classes: t.model.classes,
    classification: t.classification?.toJSON() ?? null,
    regression: t.regression?.toJSON() ?? null,
    latency: t.latency.toJSON(),
    unknownLabels: [...t.unknownLabels],
    clamped: t.clamped
  };
}
async function toPartial(shard, data, { rows, candidate, champion, paired }) {
  return {
    format: PARTIAL_FORMAT,
    shard,
    data,
    rows,
    candidate: tallyJSON(candidate, await sha256File(candidate.model.path)),
    champion: champion ? tallyJSON(champion, await sha256File(champion.model.path)) : null,
    paired: paired?.toJSON() ?? null
  };
}
function fromJSON(j) {
  return {
    model: { path: j.path, task: j.task, classes: j.classes },
    sha256: j.sha256,
    classification: j.classification ? ClassificationAccumulator.fromJSON(j.classification, FLOAT32_SUM_TOLERANCE) : null,
    regression: j.regression ? RegressionAccumulator.fromJSON(j.regression) : null,
    latency: LatencyAccumulator.fromJSON(j.latency),
    unknownLabels: new Map(j.unknownLabels),
    clamped: j.clamped
  };
}
function mergeInto(into, from) {
  if (into.classification && from.classification) into.classification.merge(from.classification);
  if (into.regression && from.regression) into.regression.merge(from.regression);
  into.latency.merge(from.latency);
  for (const [label, n] of from.unknownLabels) into.unknownLabels.set(label, (into.unknownLabels.get(label) ?? 0) + n);
  into.clamped += from.clamped;
}
async function mergePartials(files) {
  const partials = await readPartials(files, {
    format: PARTIAL_FORMAT,
    action: "test-model",
    same: [
      ["data", (p) => p.data],
      ["candidate sha256", (p) => p.candidate.sha256],
      ["champion sha256", (p) => p.champion?.sha256 ?? null],
      ["task", (p) => p.candidate.task]
    ]
  });
  const first = partials[0];
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
  if (rows === 0) throw new ConfigurationError("input `merge`", files.join(", "), "hold no evaluated rows: the data had no rows. Give a holdout set with rows.");
  return { data: first.data, rows, shards: first.shard.count, candidate, champion, paired };
}

// src/evaluate/test-model.ts
async function testModel(config) {
  const { cwd, log, reportDir } = config;
  const shard = parseShard(config.shard);
  if (shard && config.merge.length) throw new ConfigurationError("input `merge`", config.merge.join(", "), "cannot be given with `shard`: shard jobs evaluate, one last job merges. Leave `shard` empty in the merging job.");
  const contract = await readContractFile(config.contract.trim(), cwd, true, ALL_METRICS);
  const gates = mergeGates(contract?.gates ?? [], await readGates(config.gates, cwd));
  if (config.merge.length) {
    const merged = await log.group("Merge the shards", () => mergePartials(matchFiles(config.merge, cwd)));
    log.info(`Merged ${merged.shards} shards: ${merged.rows} rows.`);
    return finish(config, buildReport(merged.data, merged.rows, merged.candidate, merged.champion, merged.paired, gates, config, contract));
  }
  if (!config.candidate.trim()) throw new ConfigurationError("input `candidate`", "", "is empty. Give the candidate .onnx file (or the folder pull-model wrote).");
  if (!config.data.trim()) throw new ConfigurationError("input `data`", "", "is empty. Give the holdout set: a CSV, JSON Lines or Parquet file with the label column.");
  const taskHint = config.task === "auto" ? contract?.task : config.task;
  const label = config.labelColumn.trim() || contract?.label || "label";
  const runtime = await log.group("Find onnxruntime", () => loadOnnxRuntime(config.ort));
  log.info(`onnxruntime-node from ${runtime.source === "installed" || runtime.source === "input" ? runtime.dir : `the ${runtime.source} (${runtime.dir})`}`);
  const candidatePath = onnxFile(config.candidate, "candidate", cwd);
  const championPath = config.champion.trim() ? onnxFile(config.champion, "champion", cwd) : null;
  const candidateFile = await readModelFile("candidate", "candidate", candidatePath);
  const championFile = championPath ? await readModelFile("champion", "champion", championPath) : null;
  const table = await openTable(resolve2(cwd, config.data), { format: config.dataFormat, input: "data" });
  let report;
  try {
    const differences = contract ? signatureDiff(contract, candidateFile.info, "candidate") : [];
    for (const col of Object.keys(contract?.columns ?? {})) if (!table.columns.includes(col)) differences.push(`column \`${col}\`: declared, but ${config.data} has no such column.`);
    if (differences.length) {
      report = contractFailure(config.candidate, config.data, taskHint ?? "binary", contract, differences);
    } else {
      const candidate = await loadModel(runtime.ort, candidateFile, taskHint, contract?.labels);
      const champion = championFile ? await loadModel(runtime.ort, championFile, candidate.task, contract?.labels) : null;
      try {
        const result = await log.group(
          `Evaluate on ${config.data}${shard ? ` (shard ${shard.index}/${shard.count})` : ""}`,
          () => evaluate({ ort: runtime.ort, table, label, contract, features: config.features, batchRows: config.batchSize, candidate, champion, ...shard ? { shard } : {} })
        );
        if (shard) {
          const file = join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
          writeFileAtomic(file, JSON.stringify(await toPartial(shard, config.data, result)) + "\n");
          log.info(`Shard ${shard.index}/${shard.count}: ${result.rows} rows evaluated; partial result in ${file}.`);
          const summary = `### \u23F3 test-model: shard ${shard.index}/${shard.count} evaluated ${result.rows} rows

The verdict comes from the job that merges every shard's \`partial\` (input \`merge\`).
`;
          return { kind: "partial", partial: file, summary };
        }
        report = buildReport(config.data, result.rows, result.candidate, result.champion, result.paired, gates, config, contract);
      } finally {
        await candidate.session.release().catch(() => void 0);
        await champion?.session.release().catch(() => void 0);
      }
    }
  } finally {
    await table.close();
  }
  return finish(config, report);
}
function finish(config, report) {
  const md = markdown(report);
  const jsonPath = join(config.reportDir, "report.json");
  const mdPath = join(config.reportDir, "report.md");
  writeFileAtomic(jsonPath, JSON.stringify(report, null, 2) + "\n");
  writeFileAtomic(mdPath, md + "\n");
  const errors = (report.contract?.differences ?? []).map((d) => ({ title: "model contract", message: d }));
  for (const g of report.gates.filter((x) => !x.passed)) {
    errors.push({ title: "test-model gate", message: `gate ${g.metric}: candidate ${g.candidate ?? "none"}${g.champion !== null ? `, champion ${g.champion}` : ""}; ${g.checks.filter((c) => !c.passed).map((c) => `${c.requirement}${c.skipped ? ` (${c.skipped})` : ""}`).join("; ")}` });
  }
  return {
    kind: "report",
    report,
    markdown: md,
    logText: md.split("<details>")[0]?.replace(/^#+\s*/, "").trimEnd() ?? "",
    reportJson: jsonPath,
    reportMarkdown: mdPath,
    metrics: { candidate: report.candidate.metrics, champion: report.champion?.metrics ?? null, deltas: report.deltas },
    errors,
    failed: !report.passed && config.failOnGates
  };
}

// src/github/report-comment.ts
init_define_ACTION_META();
import { readFile as readFile2 } from "node:fs/promises";

// src/github/comment.ts
init_define_ACTION_META();
var marker = (key) => `<!-- model-cd:${key} -->`;
async function upsertComment(api, key, body) {
  const tag = marker(key);
  const full = `${tag}
${body}`;
  const mine = (await api.list()).filter((c) => c.body.startsWith(tag));
  const existing = mine.sort((a, b) => b.id - a.id)[0];
  if (existing) return { id: (await api.update(existing.id, full)).id, action: "updated" };
  return { id: (await api.create(full)).id, action: "created" };
}
function pullRequestNumber(event) {
  const e = event;
  const n = e?.pull_request?.number ?? (e?.issue?.pull_request ? e.issue.number : void 0);
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}
function restComments(apiUrl, repository, issue, token) {
  const base = `${apiUrl.replace(/\/+$/, "")}/repos/${repository}/issues`;
  const headers = { authorization: `Bearer ${token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "content-type": "application/json" };
  const call = async (method, url, body) => {
    const res = await fetchWithRetry(url, { method, headers, ...body === void 0 ? {} : { body: JSON.stringify(body) } }, { attempts: method === "POST" ? 1 : 3, timeoutMs: 3e4 });
    if (!res.ok) {
      const text = await res.text().catch(() => "");
      const hint = res.status === 403 || res.status === 404 ? " Give the job `permissions: pull-requests: write` and pass `github-token: ${{ github.token }}`." : "";
      throw new ServiceError(`GitHub answered ${method} ${url.replace(apiUrl, "")} with HTTP ${res.status} (${text.slice(0, 160).replace(/\s+/g, " ")}).${hint}`, res.status);
    }
    return await res.json();
  };
  return {
    async list() {
      const out = [];
      for (let page = 1; page <= 50; page++) {
        const batch = await call("GET", `${base}/${issue}/comments?per_page=100&page=${page}`);
        out.push(...batch.map((c) => ({ id: c.id, body: c.body ?? "" })));
        if (batch.length < 100) break;
      }
      return out;
    },
    create: (body) => call("POST", `${base}/${issue}/comments`, { body }),
    update: (id, body) => call("PATCH", `${base}/comments/${id}`, { body })
  };
}

// src/github/report-comment.ts
async function commentOnPullRequest(io, token, key, md) {
  if (!token) return;
  const env = io.env;
  let event = null;
  try {
    event = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile2(env.GITHUB_EVENT_PATH, "utf8")) : null;
  } catch {
  }
  const pr = pullRequestNumber(event);
  if (!pr || !env.GITHUB_REPOSITORY) {
    io.info("github-token is set but this run is not about a pull request: no comment.");
    return;
  }
  const body = md.length > 6e4 ? `${md.split("<details>")[0]}

(The full report is too long for a comment: see the job summary.)` : md;
  try {
    const api = restComments(env.GITHUB_API_URL || "https://api.github.com", env.GITHUB_REPOSITORY, pr, token);
    const done = await upsertComment(api, key, body);
    io.info(`Pull request #${pr}: comment ${done.id} ${done.action}.`);
  } catch (e) {
    io.warning(`Could not comment on pull request #${pr}: ${e.message}`);
  }
}

// src/actions/test-model.ts
var spec = {
  candidate: string(),
  champion: string(),
  data: string(),
  "data-format": oneOf(["auto", "csv", "jsonl", "parquet"]),
  "label-column": string(),
  features: list(),
  contract: string(),
  gates: string(),
  task: oneOf(["auto", "binary", "multiclass", "regression"]),
  "champion-missing": oneOf(["pass", "fail"]),
  "default-gate": oneOf(["auto", "none"]),
  "fail-on-gates": bool(),
  "batch-size": number({ min: 1, max: 1e6, integer: true }),
  "report-dir": output("folder"),
  "onnxruntime-path": string(),
  shard: string(),
  merge: list(),
  "github-token": string()
};
async function main(io) {
  const inputs = readInputs("test-model", spec, io);
  io.setSecret(inputs.githubToken.trim());
  const r = await testModel({
    candidate: inputs.candidate,
    champion: inputs.champion,
    data: inputs.data,
    dataFormat: inputs.dataFormat,
    labelColumn: inputs.labelColumn,
    features: inputs.features,
    contract: inputs.contract,
    task: inputs.task,
    gates: inputs.gates,
    championMissing: inputs.championMissing,
    defaultGate: inputs.defaultGate,
    failOnGates: inputs.failOnGates,
    batchSize: inputs.batchSize,
    shard: inputs.shard,
    merge: inputs.merge,
    ...modelStep(io, "test-model", inputs.reportDir, inputs.onnxruntimePath)
  });
  if (r.kind === "partial") {
    io.setOutput("partial", r.partial);
    io.summary(r.summary);
    return 0;
  }
  io.info(r.logText);
  for (const e of r.errors) io.annotate("error", e.message, { title: e.title });
  io.setOutput("passed", String(r.report.passed));
  io.setOutput("metrics", JSON.stringify(r.metrics));
  io.setOutput("report", r.reportJson);
  io.setOutput("report-markdown", r.reportMarkdown);
  io.summary(r.markdown);
  await commentOnPullRequest(io, inputs.githubToken.trim(), "test-model", r.markdown);
  return r.failed ? 1 : 0;
}
export {
  main,
  spec
};
