// test-endpoint's core: the inputs checked -> the contract, the model file and the rows to send ->
// the protocol found (one clear error when the endpoint cannot be reached) -> smoke, contract,
// negative cases, parity and bounded load -> the report, its files, and what the entry writes out.
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import type { Progress } from '../common/progress.js';
import { parseSize } from '../common/size.js';
import type { TableFormat } from '../data/table.js';
import { readContractFile, signatureDiff } from '../evaluate/contract.js';
import { onnxFile, readModelFile, type ModelFile } from '../evaluate/model.js';
import { ALL_METRICS } from '../evaluate/report.js';
import { loadOnnxRuntime, type LoadOptions } from '../evaluate/runtime/onnxruntime.js';
import { contractCheck, negativeCheck, parityCheck } from './checks.js';
import { expectationsOf } from './expectations.js';
import { judgeLoad, runLoad, type LoadGates } from './load.js';
import { mlflowProtocol } from './mlflow.js';
import { NEGATIVE_CASES, type NegativeName } from './negative.js';
import { offlinePredictions, showTolerance } from './parity.js';
import { detectProtocol, type Protocol } from './protocol.js';
import { CHECKS, checkResult, markdown, skipped, type CheckCase, type CheckName, type CheckResult, type EndpointReport } from './report.js';
import { readSample, synthesizeSample, type Sample } from './sample.js';
import { smokeMlflow, smokeV2 } from './smoke.js';
import { resolveV2Model, v2Protocol, type V2Model } from './v2.js';

export interface TestEndpointConfig {
  url: string;
  protocol: 'auto' | 'v2' | 'mlflow';
  modelName: string;
  contract: string;
  data: string;
  dataFormat: 'auto' | TableFormat;
  rows: number;
  model: string;
  tolerance: number;
  expectedSha256: string;
  checks: string[];
  negativeCases: string[];
  oversizedBodySize: string;
  loadDuration: number;
  loadConnections: number;
  loadRate: number;
  loadBatchRows: number;
  maxErrorRate: number;
  maxP95Ms: string;
  maxP99Ms: string;
  minRps: string;
  timeout: number;
  reportDir: string;
  cwd: string;
  ort: LoadOptions;
  log: Progress;
}

export interface TestEndpointResult {
  report: EndpointReport;
  markdown: string;
  logText: string;
  reportJson: string;
  /** {check: status}, for the `checks` output. */
  checks: Record<string, string>;
  notices: string[];
  /** One error annotation per failed check. */
  errors: { title: string; message: string }[];
  failed: boolean;
}

export async function testEndpoint(c: TestEndpointConfig): Promise<TestEndpointResult> {
  const base = baseUrl(c.url);
  const checks = pickChecks(c.checks);
  const negatives = pickNegatives(c.negativeCases);
  const gates = readGates(c);
  const oversized = parseSize(c.oversizedBodySize);
  if (oversized === null || oversized < 1) throw new ConfigurationError('input `oversized-body-size`', c.oversizedBodySize, 'is not a size. Use bytes or a unit, e.g. 16MiB: more than the server\'s body limit.');
  const expectedSha = c.expectedSha256.trim().toLowerCase().replace(/^sha256:/, '');
  if (expectedSha && !/^[0-9a-f]{64}$/.test(expectedSha)) throw new ConfigurationError('input `expected-sha256`', c.expectedSha256, 'is not a sha256: give 64 hex digits (test-model\'s or pull-model\'s `sha256` output).');
  const timeoutMs = c.timeout * 1000;
  const notices: string[] = [];

  const contract = await readContractFile(c.contract.trim(), c.cwd, true, ALL_METRICS);
  const ex = expectationsOf(contract);
  if (!contract) notices.push('No contract (input `contract`, or model-contract.yaml in the working directory): answers are checked for shape and probabilities only, not for the declared types, classes and columns.');

  const file = c.model.trim() ? await modelFile(c, expectedSha) : null;
  if (file && contract) {
    const diffs = signatureDiff(contract, file.info, 'model');
    if (diffs.length) throw new ConfigurationError('input `contract`', contract.file, `does not match input \`model\` (${file.path}): ${diffs.join(' ')} Fix the contract, or give the model it describes.`);
  }

  const needsRows = checks.some((n) => n !== 'smoke');
  const sample = needsRows ? await sampleOf(c, ex, notices) : null;

  const { protocol: name, probes } = await detectProtocol(base, c.protocol, timeoutMs);
  const probe = probes.at(-1) as (typeof probes)[number];
  const fileName = file ? basename(file.path).replace(/\.onnx$/i, '') : null;
  const v2: V2Model | null = name === 'v2' ? await resolveV2Model(base, c.modelName.trim(), fileName, timeoutMs) : null;
  const features = sample?.features ?? ex.features ?? [];
  const protocol: Protocol = v2 ? v2Protocol(base, v2, ex, features) : mlflowProtocol(base, ex);
  c.log.info(`${base}: ${name === 'v2' ? `KServe v2, model ${v2?.name}` : 'MLflow scoring protocol'}; requests as ${protocol.form}.`);

  const results = new Map<CheckName, CheckResult>();
  const smokeOpts = { base, ex, expectedSha256: expectedSha, timeoutMs };
  if (checks.includes('smoke')) {
    const cases = await c.log.group('smoke', () => (v2 ? smokeV2(smokeOpts, probe, v2) : smokeMlflow(smokeOpts, probe)));
    results.set('smoke', checkResult('smoke', cases, name === 'v2' ? 'live, ready, metadata as declared' : 'ping, health'));
  }
  const rows = sample ? { features: sample.features, rows: sample.rows } : null;
  if (rows && checks.includes('contract')) {
    results.set('contract', checkResult('contract', await c.log.group('contract', () => contractCheck(protocol, rows, ex, c.tolerance, timeoutMs)), 'answers as declared'));
  }
  if (rows && checks.includes('negative')) {
    results.set('negative', checkResult('negative', await c.log.group('negative cases', () => negativeCheck(protocol, rows, negatives, oversized, timeoutMs)), `${negatives.length} bad requests refused with a 4xx JSON error`));
  }
  if (rows && checks.includes('parity')) {
    if (!file) {
      results.set('parity', skipped('parity', 'no `model` given'));
      notices.push('Parity skipped: give `model` (the .onnx file the endpoint serves) to compare its predictions with the endpoint\'s.');
    } else {
      const served = typeof (v2?.metadata?.parameters as Record<string, unknown> | undefined)?.sha256 === 'string' ? String((v2?.metadata?.parameters as Record<string, unknown>).sha256) : null;
      const fileSha = createHash('sha256').update(file.bytes).digest('hex');
      const shaNote: CheckCase | null = served ? { name: 'same model', passed: served === fileSha, detail: served === fileSha ? `the server serves the model file (${fileSha})` : `the server serves ${served}, the model file is ${fileSha}` } : null;
      const cases = await c.log.group('parity', async () => {
        const runtime = await loadOnnxRuntime(c.ort);
        const offline = await offlinePredictions(runtime.ort, file, contract, ex, sample as Sample);
        return parityCheck(protocol, rows, offline, c.tolerance, timeoutMs, shaNote);
      });
      results.set('parity', checkResult('parity', cases, `predictions equal to the model file's (floats within ${showTolerance(c.tolerance)})`));
    }
  }
  let load: EndpointReport['load'] = null;
  if (rows && checks.includes('load')) {
    if (results.get('smoke')?.status === 'failed') results.set('load', skipped('load', 'not run: the smoke check failed'));
    else {
      const batch = { features: rows.features, rows: Array.from({ length: c.loadBatchRows }, (_, i) => rows.rows[i % rows.rows.length] as (typeof rows.rows)[number]) };
      const r = await c.log.group(`load: ${c.loadDuration} s`, () =>
        runLoad({ url: protocol.inferUrl, body: protocol.encode(batch), contentType: protocol.contentType, durationS: c.loadDuration, connections: c.loadConnections, rate: c.loadRate, timeoutS: c.timeout, batchRows: c.loadBatchRows }),
      );
      const judged = judgeLoad(r, gates);
      load = { ...r, gates: judged };
      const cases = judged.map((g): CheckCase => ({ name: g.gate, passed: g.passed, detail: `${g.requirement}: ${g.value === null ? 'no successful request' : Number(g.value.toPrecision(4))}` }));
      const failed = judged.filter((g) => !g.passed);
      results.set('load', { name: 'load', status: failed.length ? 'failed' : 'passed', summary: `${r.rps.toFixed(1)} req/s, p95 ${r.p95Ms?.toFixed(1) ?? '–'} ms, p99 ${r.p99Ms?.toFixed(1) ?? '–'} ms, ${(r.errorRate * 100).toFixed(2)}% errors${failed.length ? `; failed ${failed.map((g) => g.gate).join(', ')}` : ''}`, cases });
    }
  }
  const ordered = CHECKS.filter((n) => checks.includes(n)).map((n) => results.get(n) ?? skipped(n, 'no rows to send'));
  const report: EndpointReport = {
    url: base,
    protocol: name,
    form: protocol.form,
    model: v2 ? { name: v2.name, version: Array.isArray(v2.metadata?.versions) ? String((v2.metadata.versions as unknown[])[0] ?? '') || null : null, sha256: typeof (v2.metadata?.parameters as Record<string, unknown> | undefined)?.sha256 === 'string' ? String((v2.metadata?.parameters as Record<string, unknown>).sha256) : null } : null,
    passed: ordered.every((r) => r.status !== 'failed'),
    rows: sample ? { count: sample.rows.length, source: sample.source } : null,
    tolerance: c.tolerance,
    checks: ordered,
    load,
  };
  return finish(c, report, notices);
}

function finish(c: TestEndpointConfig, report: EndpointReport, notices: string[]): TestEndpointResult {
  const md = markdown(report);
  const reportJson = join(c.reportDir, 'report.json');
  writeFileAtomic(reportJson, JSON.stringify(report, null, 2) + '\n');
  writeFileAtomic(join(c.reportDir, 'report.md'), md + '\n');
  const errors = report.checks
    .filter((r) => r.status === 'failed')
    .map((r) => ({ title: `test-endpoint ${r.name}`, message: `${r.name} failed: ${r.cases.filter((k) => !k.passed).map((k) => `${k.name}: ${k.detail}`).join(' | ')}` }));
  return {
    report,
    markdown: md,
    logText: md.split('<details>')[0]?.replace(/^#+\s*/, '').trimEnd() ?? '',
    reportJson,
    checks: Object.fromEntries(report.checks.map((r) => [r.name, r.status])),
    notices,
    errors,
    failed: !report.passed,
  };
}

/** The server's base URL: http(s), no query, no trailing slash, not a route of its own. */
function baseUrl(raw: string): string {
  const text = raw.trim();
  if (!text) throw new ConfigurationError('input `url`', '', 'is empty. Give the endpoint\'s base URL, e.g. http://127.0.0.1:8080.');
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new ConfigurationError('input `url`', text, 'is not a URL. Give the base URL with its scheme, e.g. http://127.0.0.1:8080.');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigurationError('input `url`', text, 'is not an http or https URL. Give the base URL with its scheme, e.g. http://127.0.0.1:8080.');
  if (u.search || u.hash) throw new ConfigurationError('input `url`', text, 'has a query or fragment. Give the base URL only; test-endpoint finds the routes.');
  const path = u.pathname.replace(/\/+$/, '');
  if (/\/(invocations|v2(\/.*)?|ping|health)$/.test(path)) throw new ConfigurationError('input `url`', text, `ends in a route (${path.match(/\/(invocations|v2|ping|health).*$/)?.[0]}). Give the server's base URL without it; test-endpoint finds the routes.`);
  return `${u.origin}${path}`;
}

function pickChecks(names: string[]): CheckName[] {
  if (!names.length) throw new ConfigurationError('input `checks`', '', `is empty. Name the checks to run: ${CHECKS.join(', ')}.`);
  for (const n of names) if (!(CHECKS as readonly string[]).includes(n)) throw new ConfigurationError('input `checks`', n, `is not a check. Use ${CHECKS.join(', ')}.`);
  return names as CheckName[];
}

function pickNegatives(names: string[]): NegativeName[] {
  for (const n of names) if (!(NEGATIVE_CASES as readonly string[]).includes(n)) throw new ConfigurationError('input `negative-cases`', n, `is not a negative case. Use ${NEGATIVE_CASES.join(', ')}.`);
  return names as NegativeName[];
}

function readGates(c: TestEndpointConfig): LoadGates {
  const optional = (input: string, raw: string): number | null => {
    if (raw.trim() === '') return null;
    const n = Number(raw.trim());
    if (!Number.isFinite(n) || n < 0) throw new ConfigurationError(`input \`${input}\``, raw, 'is not a number >= 0. Give a number, or leave it empty for no gate.');
    return n;
  };
  return { maxErrorRate: c.maxErrorRate, maxP95Ms: optional('max-p95-ms', c.maxP95Ms), maxP99Ms: optional('max-p99-ms', c.maxP99Ms), minRps: optional('min-rps', c.minRps) };
}

async function modelFile(c: TestEndpointConfig, expectedSha: string): Promise<ModelFile> {
  const file = await readModelFile('model', 'model', onnxFile(c.model, 'model', c.cwd));
  if (expectedSha) {
    const sha = createHash('sha256').update(file.bytes).digest('hex');
    if (sha !== expectedSha) throw new ConfigurationError('input `expected-sha256`', c.expectedSha256, `is not the sha256 of input \`model\` (${file.path}), which is ${sha}. Give the model file the endpoint should serve, or its sha256.`);
  }
  return file;
}

async function sampleOf(c: TestEndpointConfig, ex: ReturnType<typeof expectationsOf>, notices: string[]): Promise<Sample> {
  if (c.data.trim()) return readSample(c.data.trim(), c.dataFormat, c.rows, ex, c.cwd);
  if (!ex.features) throw new ConfigurationError('input `data`', '', 'is empty and no contract declares the feature columns. Give rows to send (the holdout set, or a file of examples), or the contract.');
  notices.push(`No \`data\`: ${c.rows} rows are made up from the contract's column types. Give the holdout set for requests like real ones.`);
  return synthesizeSample(ex.features, c.rows);
}
