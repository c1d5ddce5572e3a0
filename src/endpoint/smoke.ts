// The smoke check: the server is live and ready, and (v2) its model metadata matches the contract
// (inputs, outputs, columns, classes) and the expected sha256. MLflow's protocol has no metadata
// route, so there only /ping and /health are asked, and an expected sha256 cannot be verified.
import { answerLine, isHtml, requestLine, send, type Exchange } from './exchange.js';
import type { Expectations } from './expectations.js';
import type { CheckCase } from './report.js';
import type { V2Model } from './v2.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const ELEM_DATATYPE: Record<string, string> = { float32: 'FP32', float64: 'FP64', float16: 'FP16', int64: 'INT64', int32: 'INT32', int16: 'INT16', int8: 'INT8', uint8: 'UINT8', string: 'BYTES', bool: 'BOOL' };

export interface SmokeOptions {
  base: string;
  ex: Expectations;
  expectedSha256: string;
  timeoutMs: number;
}

function answered(name: string, x: Exchange): CheckCase {
  const ok = x.status === 200 && !isHtml(x);
  return { name, passed: ok, detail: `${requestLine(x)} ${answerLine(x)}${ok ? '' : isHtml(x) ? ' (HTML, not the protocol\'s answer)' : ' (expected 200)'}` };
}

export async function smokeV2(o: SmokeOptions, ready: Exchange, model: V2Model): Promise<CheckCase[]> {
  const cases = [answered('live', await send('GET', `${o.base}/v2/health/live`, { timeoutMs: o.timeoutMs })), answered('ready', ready)];
  const meta = model.metadata;
  cases.push({ ...answered('model metadata', model.exchange), ...(model.exchange.status === 200 && !meta ? { passed: false, detail: `${requestLine(model.exchange)} ${answerLine(model.exchange)} (not a JSON object)` } : {}) });
  cases.push(answered('model ready', await send('GET', `${o.base}/v2/models/${encodeURIComponent(model.name)}/ready`, { timeoutMs: o.timeoutMs })));
  if (meta) cases.push(...metadataCases(meta, o));
  return cases;
}

export async function smokeMlflow(o: SmokeOptions, ping: Exchange): Promise<CheckCase[]> {
  const cases = [answered('ping', ping), answered('health', await send('GET', `${o.base}/health`, { timeoutMs: o.timeoutMs }))];
  if (o.expectedSha256) {
    cases.push({ name: 'sha256', passed: false, detail: "MLflow's scoring protocol does not report the served model's sha256, so `expected-sha256` cannot be verified; verify it where the image is built (build-push records it), or leave `expected-sha256` empty." });
  }
  return cases;
}

function metadataCases(meta: Obj, o: SmokeOptions): CheckCase[] {
  const cases: CheckCase[] = [];
  const ex = o.ex;
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]).filter(isObj) : []);
  const inputs = list(meta.inputs);
  const outputs = list(meta.outputs);
  const params = isObj(meta.parameters) ? meta.parameters : {};
  if (ex.inputs.length && inputs.length) {
    const diffs: string[] = [];
    for (const d of ex.inputs) {
      const f = inputs.find((i) => i.name === d.name);
      if (!f) diffs.push(`input \`${d.name}\` is declared, the server has ${inputs.map((i) => `\`${String(i.name)}\``).join(', ')}`);
      else if (ELEM_DATATYPE[d.type] && String(f.datatype).toUpperCase() !== ELEM_DATATYPE[d.type]) diffs.push(`input \`${d.name}\`: declared ${d.type} (${ELEM_DATATYPE[d.type]}), the server says ${String(f.datatype)}`);
    }
    cases.push({ name: 'metadata inputs', passed: !diffs.length, detail: diffs.join('; ') || `as declared: ${ex.inputs.map((i) => i.name).join(', ')}` });
  }
  const declaredOutputs = [ex.labelOutput, ex.probaOutput, ex.valueOutput].filter((n): n is string => n !== null);
  if (declaredOutputs.length && outputs.length) {
    const missing = declaredOutputs.filter((n) => !outputs.some((x) => x.name === n));
    cases.push({ name: 'metadata outputs', passed: !missing.length, detail: missing.length ? `declared ${missing.map((n) => `\`${n}\``).join(', ')}, the server has ${outputs.map((x) => `\`${String(x.name)}\``).join(', ')}` : `as declared: ${declaredOutputs.join(', ')}` });
  }
  const columns = list(params.columns);
  if (ex.features && columns.length) {
    const diffs: string[] = [];
    for (const f of ex.features) {
      const c = columns.find((x) => x.name === f.name);
      if (!c) diffs.push(`column \`${f.name}\` is declared, the server does not take it`);
      else if (c.type !== undefined && c.type !== f.type) diffs.push(`column \`${f.name}\`: declared ${f.type}, the server takes ${String(c.type)}`);
    }
    for (const c of columns) if (!ex.features.some((f) => f.name === c.name)) diffs.push(`column \`${String(c.name)}\`: the server takes it, the contract does not declare it`);
    cases.push({ name: 'metadata columns', passed: !diffs.length, detail: diffs.join('; ') || `as declared: ${ex.features.map((f) => `${f.name} (${f.type})`).join(', ')}` });
  }
  if (ex.classes && Array.isArray(params.classes)) {
    const served = (params.classes as unknown[]).map(String);
    const same = served.length === ex.classes.length && served.every((c) => ex.classes?.includes(c));
    cases.push({ name: 'metadata classes', passed: same, detail: same ? `as declared: ${served.join(', ')}` : `declared ${ex.classes.join(', ')}, the server has ${served.join(', ')}` });
  }
  if (o.expectedSha256) {
    const sha = typeof params.sha256 === 'string' ? params.sha256.toLowerCase() : null;
    cases.push({
      name: 'sha256',
      passed: sha === o.expectedSha256,
      detail: sha === null ? 'the server does not report the model\'s sha256 (`parameters.sha256` of the model metadata), so `expected-sha256` cannot be verified' : sha === o.expectedSha256 ? `as expected: ${sha}` : `the server serves ${sha}, expected ${o.expectedSha256}`,
    });
  }
  return cases;
}
