// test-model: typed inputs -> load the runtime, both models, the contract and the data -> evaluate
// -> gates -> report files, outputs, summary, exit code.
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { bool, list, number, oneOf, output, readInputs, string, type InputsOf } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { readContractFile, signatureDiff, type Contract } from '../evaluate/contract.js';
import { openTable } from '../data/table.js';
import { evaluate, ROUNDING, type Evaluation, type Tally } from '../evaluate/evaluate.js';
import { checkGate, comparesWithChampion, defaultGate, DEFAULT_SIGNIFICANCE_LEVEL, parseGate, type Gate, type PairedOutcome } from '../evaluate/gates.js';
import type { PairedRows } from '../evaluate/paired.js';
import { loadModel, readModelFile } from '../evaluate/model.js';
import { ALL_METRICS, deltas, flatten, markdown, type Report } from '../evaluate/report.js';
import { loadOnnxRuntime, runnerOrtOptions } from '../evaluate/runtime/onnxruntime.js';
import { matchFiles } from '../common/shards.js';
import { mergePartials, parseShard, toPartial, type Shard } from '../evaluate/shard.js';
import { pullRequestNumber, restComments, upsertComment } from '../github/comment.js';

export const spec = {
  candidate: string(),
  champion: string(),
  data: string(),
  'data-format': oneOf(['auto', 'csv', 'jsonl', 'parquet'] as const),
  'label-column': string(),
  features: list(),
  contract: string(),
  gates: string(),
  task: oneOf(['auto', 'binary', 'multiclass', 'regression'] as const),
  'champion-missing': oneOf(['pass', 'fail'] as const),
  'default-gate': oneOf(['auto', 'none'] as const),
  'fail-on-gates': bool(),
  'batch-size': number({ min: 1, max: 1_000_000, integer: true }),
  'report-dir': output('folder'),
  'onnxruntime-path': string(),
  shard: string(),
  merge: list(),
  'github-token': string(),
};

type Inputs = InputsOf<typeof spec>;

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('test-model', spec, io);
  io.setSecret(inputs.githubToken.trim());
  const cwd = io.cwd;
  const shard = parseShard(inputs.shard);
  if (shard && inputs.merge.length) throw new ConfigurationError('input `merge`', inputs.merge.join(', '), 'cannot be given with `shard`: shard jobs evaluate, one last job merges. Leave `shard` empty in the merging job.');
  const contract = await readContractFile(inputs.contract.trim(), cwd, true, ALL_METRICS);
  const gates = mergeGates(contract?.gates ?? [], await readGates(inputs.gates, cwd));
  const reportDir = resolve(cwd, inputs.reportDir.trim() || join(io.tempDir, 'test-model'));
  if (inputs.merge.length) {
    const merged = await io.group('Merge the shards', () => mergePartials(matchFiles(inputs.merge, cwd)));
    io.info(`Merged ${merged.shards} shards: ${merged.rows} rows.`);
    return await finish(io, inputs, buildReport(merged.data, merged.rows, merged.candidate, merged.champion, merged.paired, gates, inputs, contract), reportDir);
  }
  if (!inputs.candidate.trim()) throw new ConfigurationError('input `candidate`', '', 'is empty. Give the candidate .onnx file (or the folder pull-model wrote).');
  if (!inputs.data.trim()) throw new ConfigurationError('input `data`', '', 'is empty. Give the holdout set: a CSV, JSON Lines or Parquet file with the label column.');
  const taskHint = inputs.task === 'auto' ? contract?.task : inputs.task;
  const label = inputs.labelColumn.trim() || contract?.label || 'label';

  const runtime = await io.group('Find onnxruntime', () =>
    loadOnnxRuntime(runnerOrtOptions(io.env, inputs.onnxruntimePath.trim(), cwd, (m) => io.info(m))),
  );
  io.info(`onnxruntime-node from ${runtime.source === 'installed' || runtime.source === 'input' ? runtime.dir : `the ${runtime.source} (${runtime.dir})`}`);

  const candidatePath = onnxFile(inputs.candidate, 'candidate', cwd);
  const championPath = inputs.champion.trim() ? onnxFile(inputs.champion, 'champion', cwd) : null;
  const candidateFile = await readModelFile('candidate', 'candidate', candidatePath);
  const championFile = championPath ? await readModelFile('champion', 'champion', championPath) : null;
  const table = await openTable(resolve(cwd, inputs.data), { format: inputs.dataFormat, input: 'data' });
  let report: Report;
  try {
    // The contract is checked first: a model that breaks it is reported as such, not run.
    const differences = contract ? signatureDiff(contract, candidateFile.info, 'candidate') : [];
    for (const col of Object.keys(contract?.columns ?? {})) if (!table.columns.includes(col)) differences.push(`column \`${col}\`: declared, but ${inputs.data} has no such column.`);
    if (differences.length) {
      report = contractFailure(inputs, taskHint ?? 'binary', contract as Contract, differences);
    } else {
      const candidate = await loadModel(runtime.ort, candidateFile, taskHint, contract?.labels);
      const champion = championFile ? await loadModel(runtime.ort, championFile, candidate.task, contract?.labels) : null;
      try {
        const result = await io.group(`Evaluate on ${inputs.data}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}`, () =>
          evaluate({ ort: runtime.ort, table, label, contract, features: inputs.features, batchRows: inputs.batchSize, candidate, champion, ...(shard ? { shard } : {}) }),
        );
        if (shard) return await writePartial(io, shard, inputs.data, result, reportDir);
        report = buildReport(inputs.data, result.rows, result.candidate, result.champion, result.paired, gates, inputs, contract);
      } finally {
        await candidate.session.release().catch(() => undefined);
        await champion?.session.release().catch(() => undefined);
      }
    }
  } finally {
    await table.close();
  }
  return await finish(io, inputs, report, reportDir);
}

/**
 * With a token, on a pull request: the report as one comment, updated in place on re-runs. A
 * comment that cannot be written is a warning, not a failed evaluation.
 */
async function commentOnPullRequest(io: ActionIO, token: string, md: string): Promise<void> {
  if (!token) return;
  const env = io.env;
  let event: unknown = null;
  try {
    event = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) : null;
  } catch {
    // No readable event: not a pull request as far as we can tell.
  }
  const pr = pullRequestNumber(event);
  if (!pr || !env.GITHUB_REPOSITORY) {
    io.info('github-token is set but this run is not about a pull request: no comment.');
    return;
  }
  // GitHub refuses bodies over 65536 characters; the folded details go first.
  const body = md.length > 60_000 ? `${md.split('<details>')[0]}\n\n(The full report is too long for a comment: see the job summary.)` : md;
  try {
    const api = restComments(env.GITHUB_API_URL || 'https://api.github.com', env.GITHUB_REPOSITORY, pr, token);
    const done = await upsertComment(api, 'test-model', body);
    io.info(`Pull request #${pr}: comment ${done.id} ${done.action}.`);
  } catch (e) {
    io.warning(`Could not comment on pull request #${pr}: ${(e as Error).message}`);
  }
}

/** A shard job's result: its partial tallies, for the merging job. */
async function writePartial(io: ActionIO, shard: Shard, data: string, result: Evaluation, reportDir: string): Promise<number> {
  const { rows } = result;
  const file = join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
  writeFileAtomic(file, JSON.stringify(await toPartial(shard, data, result)) + '\n');
  io.info(`Shard ${shard.index}/${shard.count}: ${rows} rows evaluated; partial result in ${file}.`);
  io.setOutput('partial', file);
  io.summary(`### ⏳ test-model: shard ${shard.index}/${shard.count} evaluated ${rows} rows\n\nThe verdict comes from the job that merges every shard's \`partial\` (input \`merge\`).\n`);
  return 0;
}

async function finish(io: ActionIO, inputs: Inputs, report: Report, reportDir: string): Promise<number> {
  const md = markdown(report);
  const jsonPath = join(reportDir, 'report.json');
  const mdPath = join(reportDir, 'report.md');
  writeFileAtomic(jsonPath, JSON.stringify(report, null, 2) + '\n');
  writeFileAtomic(mdPath, md + '\n');
  // The log gets what the summary leads with: the verdict and the table (details stay in the report).
  io.info(md.split('<details>')[0]?.replace(/^#+\s*/, '').trimEnd() ?? '');
  for (const d of report.contract?.differences ?? []) io.annotate('error', d, { title: 'model contract' });
  for (const g of report.gates.filter((x) => !x.passed)) {
    io.annotate('error', `gate ${g.metric}: candidate ${g.candidate ?? 'none'}${g.champion !== null ? `, champion ${g.champion}` : ''}; ${g.checks.filter((c) => !c.passed).map((c) => `${c.requirement}${c.skipped ? ` (${c.skipped})` : ''}`).join('; ')}`, { title: 'test-model gate' });
  }
  io.setOutput('passed', String(report.passed));
  io.setOutput('metrics', JSON.stringify({ candidate: report.candidate.metrics, champion: report.champion?.metrics ?? null, deltas: report.deltas }));
  io.setOutput('report', jsonPath);
  io.setOutput('report-markdown', mdPath);
  io.summary(md);
  await commentOnPullRequest(io, inputs.githubToken.trim(), md);
  return report.passed || !inputs.failOnGates ? 0 : 1;
}

/** `gates`: a YAML/JSON file, or the same mapping written inline. */
async function readGates(raw: string, cwd: string): Promise<Gate[]> {
  const value = raw.trim();
  if (!value) return [];
  const { parse } = await import('yaml');
  let text = value;
  let where = 'input `gates`';
  if (!/[:{\n]/.test(value)) {
    const file = resolve(cwd, value);
    try {
      text = await readFile(file, 'utf8');
      where = `gates file ${value}`;
    } catch {
      throw new ConfigurationError('input `gates`', value, 'is neither a readable file nor a mapping. Give a YAML/JSON file, or inline YAML such as `accuracy: {threshold: 0.85, min_relative_change: 0.0}`.');
    }
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigurationError(where, (e as Error).message.split('\n')[0] ?? '', 'is not valid YAML or JSON.');
  }
  const gates = doc && typeof doc === 'object' && 'gates' in doc ? (doc as { gates: unknown }).gates : doc;
  if (!gates || typeof gates !== 'object' || Array.isArray(gates)) throw new ConfigurationError(where, JSON.stringify(doc), 'must map metric names to {threshold, min_absolute_change, min_relative_change, greater_is_better}.');
  return Object.entries(gates).map(([metric, spec]) => parseGate(metric, spec, where, ALL_METRICS));
}

/** The input's gates replace the contract's for the same metric. */
function mergeGates(fromContract: Gate[], fromInput: Gate[]): Gate[] {
  const byMetric = new Map(fromContract.map((g) => [g.metric, g]));
  for (const g of fromInput) byMetric.set(g.metric, g);
  return [...byMetric.values()];
}

/** A .onnx file, or the one .onnx file in a folder (what pull-model leaves for an MLflow model). */
function onnxFile(raw: string, input: string, cwd: string): string {
  const path = resolve(cwd, raw.trim());
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new ConfigurationError(`input \`${input}\``, raw, `does not exist. Give the ${input} .onnx file, or the folder pull-model wrote.`);
  }
  if (!st.isDirectory()) return path;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && depth < 3) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.onnx')) found.push(join(dir, e.name));
    }
  };
  walk(path, 0);
  if (found.length !== 1) {
    throw new ConfigurationError(`input \`${input}\``, raw, found.length ? `holds ${found.length} .onnx files (${found.map((f) => f.slice(path.length + 1)).join(', ')}); give the one to test.` : 'is a folder with no .onnx file in it. Export the model to ONNX, or give the file.');
  }
  return found[0] as string;
}

function warningsOf(r: Tally): string[] {
  const w = [...(r.classification?.result().warnings ?? []), ...(r.regression?.result().warnings ?? [])];
  if (r.clamped) w.push(`${r.clamped} probabilit${r.clamped === 1 ? 'y was' : 'ies were'} outside [0, 1] by float32 rounding (at most ${ROUNDING}) and clamped to it.`);
  for (const [label, n] of r.unknownLabels) w.push(`the true label ${JSON.stringify(label)} (${n} row${n === 1 ? '' : 's'}) is not a class the model outputs (${(r.model.classes ?? []).join(', ')}); those rows count as errors.`);
  return w;
}

function modelReport(r: Tally) {
  const c = r.classification?.result() ?? null;
  const reg = r.regression?.result() ?? null;
  return { path: r.model.path, metrics: flatten(r.model.task, c, reg, r.latency.result()), details: (c ?? reg) as NonNullable<typeof c | typeof reg>, warnings: warningsOf(r) };
}

/**
 * The gates applied: the given ones, plus the default non-regression gate when there is a
 * champion, nothing compares with it and `default-gate` is `auto`. A gate already set on the
 * default's metric gets the significance check added rather than a second row.
 */
function gatesToApply(gates: Gate[], primary: Gate | null, inputs: Inputs): Gate[] {
  if (!primary || inputs.defaultGate === 'none' || comparesWithChampion(gates)) return gates;
  const same = gates.find((g) => g.metric === primary.metric);
  return same ? gates.map((g) => (g === same ? { ...g, significanceLevel: primary.significanceLevel as number, isDefault: true as const } : g)) : [...gates, primary];
}

function buildReport(data: string, rows: number, cand: Tally, champ: Tally | null, paired: PairedRows | null, given: Gate[], inputs: Inputs, contract: Contract | null): Report {
  const candidate = modelReport(cand);
  const champion = champ ? modelReport(champ) : null;
  // The primary metric's gate: the default gate, and the paired test every champion report shows.
  const primary = champion ? defaultGate(cand.model.task, candidate.metrics.roc_auc != null && champion.metrics.roc_auc != null) : null;
  const gates = gatesToApply(given, primary, inputs);
  const tests = new Map<string, PairedOutcome>();
  const pairedTest = (g: Gate): PairedOutcome | null => {
    if (!paired || !champion) return null;
    const level = g.significanceLevel ?? DEFAULT_SIGNIFICANCE_LEVEL;
    const key = `${g.metric}@${level}`;
    if (!tests.has(key)) tests.set(key, paired.test(g.metric, level, g.greaterIsBetter, [candidate.metrics[g.metric] ?? null, champion.metrics[g.metric] ?? null]));
    return tests.get(key) as PairedOutcome;
  };
  const results = gates.map((g) => checkGate(g, candidate.metrics[g.metric] ?? null, champion?.metrics[g.metric] ?? null, inputs.championMissing, g.significanceLevel !== undefined ? pairedTest(g) : null));
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
    contract: contract ? { file: contract.file, differences: [] } : null,
  };
}

function contractFailure(inputs: Inputs, task: Report['task'], contract: Contract, differences: string[]): Report {
  const empty = { path: inputs.candidate, metrics: {}, details: {} as Report['candidate']['details'], warnings: [] };
  return { passed: false, task, rows: 0, data: inputs.data, candidate: empty, champion: null, deltas: {}, gates: [], comparison: null, contract: { file: contract.file, differences } };
}
