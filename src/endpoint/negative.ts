// Requests a server must refuse, made from the contract and one good row: a missing column, a wrong
// type, an extra column, an empty body, a body that is not JSON, and one over the size limit. Each
// must be answered 4xx with a JSON error body; a 5xx (the server broke) or a 2xx (it predicted from
// a request it should have refused) fails and names the case, the request and the answer.
import { formatBytes } from '../common/size.js';
import { answerLine, requestLine, type Exchange } from './exchange.js';
import type { Protocol, Rows } from './protocol.js';

export const NEGATIVE_CASES = ['missing-field', 'wrong-type', 'extra-column', 'empty-body', 'not-json', 'oversized-body'] as const;
export type NegativeName = (typeof NEGATIVE_CASES)[number];

export interface NegativeCase {
  name: NegativeName;
  /** What is wrong with the request, in words. */
  what: string;
  body: string;
  /** How the body is shown in messages, for the large one. */
  describeBody?: string;
}

/** The column a request carries one of too many; no real contract names a column this. */
export const EXTRA_COLUMN = 'model_cd_unexpected_column';

export function negativeCases(good: Rows, p: Protocol, names: readonly NegativeName[], oversizedBytes: number): NegativeCase[] {
  const row = { features: good.features, rows: good.rows.slice(0, 1) };
  const cases: NegativeCase[] = [];
  for (const name of names) {
    switch (name) {
      case 'missing-field': {
        const dropped = row.features[0];
        if (!dropped) continue;
        cases.push({ name, what: `no column \`${dropped.name}\``, body: p.encode({ features: row.features.slice(1), rows: row.rows.map((r) => r.slice(1)) }) });
        break;
      }
      case 'wrong-type': {
        // A string "false" where a number or boolean is declared; a number where a string is.
        let j = row.features.findIndex((f) => f.type !== 'string');
        const stringOnly = j < 0;
        if (stringOnly) j = 0;
        const f = row.features[j];
        if (!f) continue;
        const bad = stringOnly ? 1 : 'false';
        cases.push({ name, what: `\`${f.name}\` is ${JSON.stringify(bad)} but declared ${f.type}`, body: p.encode({ features: row.features, rows: row.rows.map((r) => r.map((v, k) => (k === j ? bad : v))) }) });
        break;
      }
      case 'extra-column':
        cases.push({ name, what: `an extra column \`${EXTRA_COLUMN}\``, body: p.encode({ features: [...row.features, { name: EXTRA_COLUMN, type: 'float', nulls: 'forbid' }], rows: row.rows.map((r) => [...r, 0.5]) }) });
        break;
      case 'empty-body':
        cases.push({ name, what: 'an empty body', body: '' });
        break;
      case 'not-json':
        cases.push({ name, what: 'a body that is not JSON', body: 'this is not JSON {' });
        break;
      case 'oversized-body': {
        // A good request padded with whitespace: still valid JSON, only too large.
        const body = p.encode(row);
        cases.push({ name, what: `a ${formatBytes(oversizedBytes)} body`, body: body + ' '.repeat(Math.max(0, oversizedBytes - Buffer.byteLength(body))), describeBody: `a ${formatBytes(oversizedBytes)} body (one good row padded with whitespace)` });
        break;
      }
    }
  }
  return cases;
}

/** null when the answer is a refusal: 4xx with a JSON object body; otherwise what is wrong with it. */
export function judgeRefusal(x: Exchange): string | null {
  const json = typeof x.json === 'object' && x.json !== null && !Array.isArray(x.json);
  if (x.status !== null && x.status >= 400 && x.status < 500 && json) return null;
  const why =
    x.status === null
      ? 'no answer came (a server should refuse it with a 4xx, not drop the connection)'
      : x.status >= 500
        ? 'a server error: the server broke on a request it should have refused with a 4xx'
        : x.status < 300
          ? 'a success: the server accepted a request it should have refused with a 4xx'
          : x.status >= 400 && x.status < 500
            ? 'a 4xx, but the body is not a JSON error object'
            : 'not a 4xx';
  return `${requestLine(x)} ${answerLine(x)}; that is ${why}.`;
}
