// The example contract's expectations and a v2 / MLflow protocol over a made-up server, for the
// pure parts of test-endpoint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContract } from '../../../src/evaluate/contract.js';
import { ALL_METRICS } from '../../../src/evaluate/report.js';
import { expectationsOf, type Expectations } from '../../../src/endpoint/expectations.js';
import { mlflowProtocol } from '../../../src/endpoint/mlflow.js';
import type { Protocol, Rows } from '../../../src/endpoint/protocol.js';
import { v2Protocol, type V2Model } from '../../../src/endpoint/v2.js';
import type { Exchange } from '../../../src/endpoint/exchange.js';
import { ROOT } from '../../harness.js';

export const CONTRACT_FILE = join(ROOT, 'examples', 'model', 'model-contract.yaml');
export const contract = () => parseContract(readFileSync(CONTRACT_FILE, 'utf8'), 'model-contract.yaml', ALL_METRICS);
export const example = (): Expectations => expectationsOf(contract());

export const rows = (ex: Expectations): Rows => ({
  features: ex.features ?? [],
  rows: [
    [-1.4136, 1.3677, 0.7558, 2.8073, -1.992, -1.3141],
    [1.7742, -0.5793, -2.3735, -0.4868, -0.3862, -0.1126],
  ],
});

const noExchange = {} as Exchange;

/** A v2 server whose metadata says what model-cd serve says for the example model. */
export function v2(ex: Expectations, inputs: unknown[] = [{ name: 'features', datatype: 'FP32', shape: [-1, 6] }]): Protocol {
  const model: V2Model = { name: 'candidate', metadata: { name: 'candidate', inputs }, exchange: noExchange };
  return v2Protocol('http://127.0.0.1:1', model, ex, ex.features ?? []);
}

export const mlflow = (ex: Expectations): Protocol => mlflowProtocol('http://127.0.0.1:1', ex);

export function exchange(status: number | null, body: string, contentType = 'application/json'): Exchange {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { method: 'POST', url: 'http://127.0.0.1:1/invocations', sent: 'the body {}', status, contentType, text: body, json, failure: status === null ? 'ECONNRESET (socket hang up)' : null, failureKind: status === null ? 'other' : null };
}
