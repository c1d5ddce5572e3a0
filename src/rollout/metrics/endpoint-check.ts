// The `test-endpoint` metric provider: test-endpoint's checks (smoke, contract, negative, parity)
// run against a revision, the measurement being how many of them failed, so
// `success-condition: result == 0` passes a preview only when every check did:
//
//   provider:
//     test-endpoint:
//       target: preview
//       checks: [smoke, contract, negative]
//       contract: model-contract.yaml
//       data: holdout.csv
//
// Running the checks is the caller's (rollout.ts hands in test-endpoint's core), so this file stays
// a pure reading of the config.
import { ConfigurationError } from '../../common/errors.js';
import type { MetricProvider } from '../types.js';
import { mapping, show } from './config-keys.js';
import { parseTarget, targetUrl } from './serve-metrics.js';
import { parseDuration } from '../analysis/duration.js';

export interface EndpointCheckConfig {
  /** A revision name or an http(s) URL. */
  target: string;
  /** The model's name on a v2 server; empty: the one it lists. */
  modelName: string;
  checks: string[];
  contract: string;
  data: string;
  rows: number;
  model: string;
  expectedSha256: string;
  timeoutMs: number;
}

/** Runs the checks against `url`; the names of the checks that failed, and why, for the log. */
export type RunEndpointChecks = (c: EndpointCheckConfig, url: string) => Promise<{ failed: string[]; detail: string }>;

const KEYS = ['target', 'model-name', 'checks', 'contract', 'data', 'rows', 'model', 'expected-sha256', 'timeout'];
/** Without load: a load check belongs in its own step, not in a measurement taken every interval. */
const CHECKS = ['smoke', 'contract', 'negative', 'parity'];
const EXAMPLE = '{test-endpoint: {target: preview, checks: [smoke, contract]}}';

export function parseEndpointCheckConfig(raw: unknown, where: string): EndpointCheckConfig {
  const m = mapping(raw, where, KEYS, EXAMPLE);
  const target = parseTarget(m, 'target', where, 'canary', 'the endpoint');
  const list = m.checks === undefined ? ['smoke', 'contract'] : Array.isArray(m.checks) ? m.checks : typeof m.checks === 'string' ? m.checks.split(',') : null;
  const checks = list?.map((c) => String(c).trim()).filter(Boolean) ?? [];
  const bad = list === null ? show(m.checks) : checks.find((c) => !CHECKS.includes(c));
  if (bad !== undefined || !checks.length) throw new ConfigurationError(`${where}: \`checks\``, bad ?? show(m.checks), `is not a list of checks. Give some of ${CHECKS.join(', ')}.`);
  if (checks.includes('parity') && typeof m.model !== 'string') throw new ConfigurationError(`${where}: \`model\``, '', 'is required by the `parity` check: give the .onnx file the revision serves.');
  const str = (k: string) => {
    const v = m[k];
    if (v !== undefined && typeof v !== 'string') throw new ConfigurationError(`${where}: \`${k}\``, show(v), 'is not a path or a string.');
    return (v ?? '').trim();
  };
  const rows = m.rows ?? 16;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 1 || rows > 10_000) throw new ConfigurationError(`${where}: \`rows\``, show(rows), 'is not a number of rows from 1 to 10000.');
  const timeoutMs = parseDuration(m.timeout ?? '30s', `${where}: \`timeout\``);
  return { target, modelName: str('model-name'), checks, contract: str('contract'), data: str('data'), rows, model: str('model'), expectedSha256: str('expected-sha256'), timeoutMs };
}

export function endpointCheckProvider(c: EndpointCheckConfig, o: { resolveTarget(name: string): string; run: RunEndpointChecks; log(line: string): void }): MetricProvider {
  return {
    describe: `test-endpoint: ${c.checks.join(', ')} on ${c.target}`,
    async measure(): Promise<number> {
      const r = await o.run(c, targetUrl(c.target, o.resolveTarget));
      if (r.failed.length) o.log(`test-endpoint on ${c.target}: ${r.failed.join(', ')} failed: ${r.detail}`);
      return r.failed.length;
    },
  };
}
