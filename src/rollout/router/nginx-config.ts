// The snippet the nginx router manages: one `upstream` block with the stable and the canary
// revision weighted in percent, and the TrafficState it stands for as a one-line JSON comment on
// the first line, so a rerun reads back what the last run applied.
import { ConfigurationError } from '../../common/errors.js';
import type { TrafficState } from '../types.js';

export interface SnippetOptions {
  /** The upstream's name, which the user's `proxy_pass http://<name>;` uses. */
  upstream: string;
  /** Idle connections each worker keeps to the revisions; 0: none (HTTP/1.0 to the upstream). */
  keepalive: number;
  /**
   * How long nginx keeps an idle upstream connection. Shorter than the revision's own idle timeout
   * (`model-cd serve`: 5 s), so nginx never sends a request on a connection the revision is closing,
   * which would fail a POST that nginx does not retry.
   */
  keepaliveTimeoutS: number;
}

export const HEADER = '# model-cd traffic-state: ';

const STATUSES: readonly TrafficState['status'][] = ['progressing', 'paused', 'promoted', 'aborted', 'rolled-back'];
// What nginx takes as a server address (host:port, [v6]:port, unix:/path) and nothing that could
// end the directive or open a block: an address is written into the file verbatim.
const ADDRESS = /^(?:unix:\/[^\s;{}#'"\\]+|\[[0-9A-Fa-f:.]+\](?::\d+)?|[A-Za-z0-9._-]+(?::\d+)?)$/;
const NAME = /^[A-Za-z0-9_.-]+$/;

export function checkUpstreamName(name: string, subject: string): void {
  if (!NAME.test(name)) throw new ConfigurationError(subject, name, 'is not an nginx upstream name: use letters, digits, ".", "_" and "-", e.g. "model-cd".');
}

/** Refuses what nginx cannot take as an upstream server; `subject` names where it came from. */
export function checkAddress(address: string, subject: string): void {
  if (!ADDRESS.test(address)) throw new ConfigurationError(subject, address, 'is not an nginx server address: give host:port (e.g. 127.0.0.1:8080, [::1]:8080) or unix:/path, without http://.');
}

/** Refuses a state nginx must never see: a split without a canary, weights that are not whole percents. */
export function checkState(s: TrafficState): void {
  checkAddress(s.stable, 'the stable revision');
  if (s.canary !== null) checkAddress(s.canary, 'the canary revision');
  if (!Number.isInteger(s.weight) || s.weight < 0 || s.weight > 100) throw new ConfigurationError('the canary weight', String(s.weight), 'must be a whole percent from 0 to 100.');
  if (s.canary === null && s.weight > 0) throw new ConfigurationError('the canary weight', String(s.weight), 'needs a canary revision: with none, the weight must be 0.');
}

/**
 * The snippet for `state`. nginx refuses `weight=0`, so at 0 % the canary is left out and at 100 %
 * the stable one is: the upstream never names a server that must get no request.
 */
export function renderSnippet(state: TrafficState, o: SnippetOptions): string {
  checkState(state);
  const servers: string[] = [];
  if (state.canary === null || state.weight === 0) servers.push(`  server ${state.stable};`);
  else if (state.weight === 100) servers.push(`  server ${state.canary};`);
  else servers.push(`  server ${state.stable} weight=${100 - state.weight};`, `  server ${state.canary} weight=${state.weight};`);
  const keepalive = o.keepalive > 0 ? [`  keepalive ${o.keepalive};`, `  keepalive_timeout ${o.keepaliveTimeoutS}s;`] : [];
  return [
    HEADER + JSON.stringify(canonical(state)),
    '# Written by model-cd rollout: edits are refused (the next rollout rewrites this file).',
    `upstream ${o.upstream} {`,
    ...servers,
    ...keepalive,
    '}',
    '',
  ].join('\n');
}

/**
 * The state a snippet was written for. A file that is not exactly what renderSnippet writes for
 * that state (edited by hand, or another program's) is refused, naming the file: routing from a
 * state that is not the one nginx runs would be routing blind.
 */
export function parseSnippet(text: string, file: string, o: SnippetOptions): TrafficState {
  const first = text.split('\n', 1)[0] ?? '';
  const subject = `nginx snippet ${file}`;
  const notOurs = 'is not a snippet model-cd wrote: its first line must be "# model-cd traffic-state: {...}". Point the router at a file of its own, or delete this one so the next rollout writes it.';
  if (!first.startsWith(HEADER)) throw new ConfigurationError(subject, first, notOurs);
  let state: TrafficState;
  try {
    state = asState(JSON.parse(first.slice(HEADER.length)));
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(subject, first, 'has a traffic-state line that is not valid JSON. Delete the file so the next rollout writes it.');
  }
  let expected: string;
  try {
    expected = renderSnippet(state, o);
  } catch (e) {
    throw new ConfigurationError(subject, first, `holds a traffic state nginx must not run (${e instanceof Error ? e.message : String(e)}). Delete the file so the next rollout writes it.`);
  }
  if (expected !== text) {
    throw new ConfigurationError(subject, firstDifference(text, expected), `differs from what model-cd wrote for its traffic state (edited by hand, or written for another upstream name or keepalive setting). Undo the edit, or delete the file so the next rollout writes it.`);
  }
  return state;
}

// The keys in one order, so the same state always renders the same bytes.
function canonical(s: TrafficState): TrafficState {
  return { stable: s.stable, canary: s.canary, weight: s.weight, revision: s.revision, status: s.status, step: s.step, updatedAt: s.updatedAt };
}

function asState(v: unknown): TrafficState {
  const o = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<string, unknown>;
  const bad = (key: string) => new ConfigurationError(`the traffic-state key \`${key}\``, JSON.stringify(o[key]) ?? 'missing', 'is missing or has the wrong type. Delete the file so the next rollout writes it.');
  if (typeof o.stable !== 'string') throw bad('stable');
  if (o.canary !== null && typeof o.canary !== 'string') throw bad('canary');
  if (typeof o.weight !== 'number') throw bad('weight');
  if (typeof o.revision !== 'string') throw bad('revision');
  if (!STATUSES.includes(o.status as TrafficState['status'])) throw bad('status');
  if (typeof o.step !== 'number') throw bad('step');
  if (typeof o.updatedAt !== 'string') throw bad('updatedAt');
  return canonical({ stable: o.stable, canary: o.canary, weight: o.weight, revision: o.revision, status: o.status as TrafficState['status'], step: o.step, updatedAt: o.updatedAt });
}

/** The first line of `text` that is not the expected one, for the message. */
function firstDifference(text: string, expected: string): string {
  const got = text.split('\n');
  const want = expected.split('\n');
  const i = got.findIndex((line, n) => line !== want[n]);
  return i === -1 ? `line ${want.length}: (missing)` : `line ${i + 1}: ${got[i]}`;
}
