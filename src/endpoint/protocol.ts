// The two protocols test-endpoint speaks, behind one interface: where to ask for predictions, how
// rows become a request body, and how an answer becomes labels, probabilities or values (kept as
// the JSON values the server sent, so the contract check can see a string where a number belongs).
// `auto` asks GET /v2/health/ready (KServe v2), then GET /ping (MLflow).
import { ServiceError } from '../common/errors.js';
import { answerLine, isHtml, requestLine, send, type Exchange } from './exchange.js';
import type { Feature } from './expectations.js';
import type { Json } from './sample.js';

export type ProtocolName = 'v2' | 'mlflow';

/** What one request carries: columns and their rows (a negative case may drop or add a column). */
export interface Rows {
  features: Feature[];
  rows: Json[][];
}

export interface Decoded {
  /** Rows the answer holds. */
  rows: number;
  label: { name: string; datatype: string | null; values: unknown[] } | null;
  /** Per row, one value per class; classes in that order when the answer names them. */
  proba: { name: string; classes: string[] | null; rows: unknown[][] } | null;
  value: { name: string; values: unknown[] } | null;
  /** Shape problems found while reading the answer. */
  problems: string[];
  /** Output names the answer has, for messages. */
  names: string[];
}

export interface Protocol {
  name: ProtocolName;
  inferUrl: string;
  contentType: string;
  /** How requests are written, for the report. */
  form: string;
  encode(rows: Rows): string;
  decode(json: unknown, rowsSent: number): Decoded;
}

/** The protocol to use; a ServiceError when the endpoint cannot be reached or speaks neither. */
export async function detectProtocol(base: string, wanted: 'auto' | ProtocolName, timeoutMs: number): Promise<{ protocol: ProtocolName; probes: Exchange[] }> {
  const order: ProtocolName[] = wanted === 'auto' ? ['v2', 'mlflow'] : [wanted];
  const probes: Exchange[] = [];
  for (const p of order) {
    const x = await send('GET', `${base}${p === 'v2' ? '/v2/health/ready' : '/ping'}`, { timeoutMs });
    probes.push(x);
    unreachable(x);
    if (wanted !== 'auto') return { protocol: p, probes };
    // A 503 in JSON is a v2 server that is not ready yet: the smoke check says so.
    if (!isHtml(x) && (x.status === 200 || (p === 'v2' && x.status === 503 && x.json !== undefined))) return { protocol: p, probes };
  }
  const html = probes.find(isHtml);
  if (html) {
    throw new ServiceError(
      `The endpoint answers HTML, not a model server's protocol: ${requestLine(html)} ${answerLine(html)}. Check input \`url\`: it must be the model server's base URL, not a web page, a proxy's login or error page.`,
      html.status,
    );
  }
  throw new ServiceError(
    `The endpoint speaks neither KServe v2 nor MLflow's scoring protocol: ${probes.map((x) => `${requestLine(x)} ${answerLine(x)}`).join('; ')}. Check input \`url\` (the server's base URL, without /v2/... or /invocations), or set \`protocol\`.`,
    probes.at(-1)?.status ?? null,
  );
}

/** The first contact failed at the connection: nothing else can be tested, so one clear error. */
export function unreachable(x: Exchange): void {
  if (x.failureKind === null || x.failureKind === 'other') return;
  const fix =
    x.failureKind === 'tls'
      ? 'Verification stays on: give the server a certificate the runner trusts (NODE_EXTRA_CA_CERTS for a private CA), or check that `url` uses the scheme the server speaks.'
      : x.failureKind === 'timeout'
        ? 'Check that the server is up and answering, or raise `timeout`.'
        : 'Check input `url`: is the server running and listening there, and reachable from this runner?';
  throw new ServiceError(`Cannot reach the endpoint: ${requestLine(x)} got ${answerLine(x)}. ${fix}`);
}
