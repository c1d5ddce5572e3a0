// The checks that send predictions requests: the contract check of the answers, the negative
// cases, and online/offline parity. Each returns its cases; none throws on a bad answer.
import { checkAnswer } from './answer-check.js';
import { answerLine, requestLine, send, type Exchange } from './exchange.js';
import type { Expectations } from './expectations.js';
import { judgeRefusal, negativeCases, type NegativeName } from './negative.js';
import { compareParity, mismatchLine, parityGaps, showTolerance, type Offline } from './parity.js';
import type { Decoded, Protocol, Rows } from './protocol.js';
import type { CheckCase } from './report.js';

/** Mismatches listed before "… and N more". */
const SHOWN = 10;

export interface Asked {
  exchange: Exchange;
  decoded: Decoded | null;
  /** Why the answer could not be read at all: no answer, not 200, not JSON. */
  unusable: string | null;
}

export async function ask(p: Protocol, rows: Rows, timeoutMs: number): Promise<Asked> {
  const x = await send('POST', p.inferUrl, { body: p.encode(rows), contentType: p.contentType, timeoutMs, describeBody: `${rows.rows.length} row${rows.rows.length === 1 ? '' : 's'} (${p.form})` });
  const bad = (why: string) => ({ exchange: x, decoded: null, unusable: `${requestLine(x)} ${answerLine(x)}${why}` });
  if (x.status !== 200) return bad(x.status === null ? '' : '; expected 200');
  if (x.json === undefined) return bad('; the answer is not JSON');
  return { exchange: x, decoded: p.decode(x.json, rows.rows.length), unusable: null };
}

export async function contractCheck(p: Protocol, sample: Rows, ex: Expectations, tolerance: number, timeoutMs: number): Promise<CheckCase[]> {
  const cases: CheckCase[] = [];
  const requests: [string, Rows][] = [[`${sample.rows.length} rows in one request`, sample]];
  if (sample.rows.length > 1) requests.push(['1 row', { features: sample.features, rows: sample.rows.slice(0, 1) }]);
  for (const [name, rows] of requests) {
    const a = await ask(p, rows, timeoutMs);
    if (a.unusable !== null) {
      cases.push({ name, passed: false, detail: a.unusable });
      continue;
    }
    const failures = checkAnswer(a.decoded as Decoded, ex, rows.rows.length, tolerance);
    const d = a.decoded as Decoded;
    const found = [d.label && `labels in \`${d.label.name}\``, d.proba && `probabilities in \`${d.proba.name}\``, d.value && `values in \`${d.value.name}\``].filter(Boolean).join(', ');
    cases.push({ name, passed: !failures.length, detail: failures.length ? `${requestLine(a.exchange)}: ${failures.join('; ')}` : `${found || 'an answer'} as ${ex.source ?? 'the answer itself'} declares${ex.source ? '' : ' (no contract: types and classes not checked)'}` });
  }
  return cases;
}

export async function negativeCheck(p: Protocol, sample: Rows, names: readonly NegativeName[], oversizedBytes: number, timeoutMs: number): Promise<CheckCase[]> {
  const cases: CheckCase[] = [];
  for (const c of negativeCases(sample, p, names, oversizedBytes)) {
    const x = await send('POST', p.inferUrl, { body: c.body, contentType: p.contentType, timeoutMs, ...(c.describeBody ? { describeBody: c.describeBody } : {}) });
    const wrong = judgeRefusal(x);
    cases.push({ name: `${c.name}: ${c.what}`, passed: wrong === null, detail: wrong ?? answerLine(x) });
  }
  return cases;
}

export async function parityCheck(p: Protocol, sample: Rows, offline: Offline, tolerance: number, timeoutMs: number, shaNote: CheckCase | null): Promise<CheckCase[]> {
  const cases: CheckCase[] = shaNote ? [shaNote] : [];
  const a = await ask(p, sample, timeoutMs);
  if (a.unusable !== null) return [...cases, { name: `${sample.rows.length} rows`, passed: false, detail: a.unusable }];
  const d = a.decoded as Decoded;
  const gaps = parityGaps(d, offline);
  const mismatches = compareParity(d, offline, tolerance);
  const compared = [offline.labels && d.label && 'labels', offline.proba && d.proba && 'probabilities', offline.values && d.value && 'values'].filter(Boolean).join(', ');
  const lines = mismatches.slice(0, SHOWN).map((m) => mismatchLine(m, tolerance));
  if (mismatches.length > SHOWN) lines.push(`… and ${mismatches.length - SHOWN} more`);
  const rowsOff = new Set(mismatches.map((m) => m.row)).size;
  cases.push({
    name: `${sample.rows.length} rows`,
    passed: !gaps.length && !mismatches.length,
    detail: [...gaps, ...(mismatches.length ? [`${rowsOff} of ${sample.rows.length} rows differ: ${lines.join('; ')}`] : [])].join('; ') || `${compared} equal to the model file's (floats within ${showTolerance(tolerance)})`,
  });
  return cases;
}
