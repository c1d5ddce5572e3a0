// The ignore file: advisories a team has looked at and accepted for a while. Each entry says why
// and until when, so an exception gets revisited instead of forgotten. Format (YAML):
//
//   ignore:
//     - id: CVE-2099-0002        # or a GHSA-…, DSA-…: matches the finding's ID or any of its aliases
//       package: zlib1g          # optional: only findings in this package (its name as installed)
//       reason: no fix upstream; zlib is not reachable from the model server   # required
//       expires: 2027-03-31      # required, YYYY-MM-DD: hides the finding until the end of that day (UTC)
//
// IDs match case-insensitively, package names exactly. An entry past its date hides nothing: the
// finding counts again and the summary names the entry so someone renews or deletes it. An empty
// file, or `ignore:` with no entries, ignores nothing. Dates far ahead are allowed; `expires` is
// still required, so every exception has an end.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigurationError } from '../common/errors.js';

export interface IgnoreEntry {
  id: string;
  /** null: every package with the advisory. */
  package: string | null;
  reason: string;
  /** YYYY-MM-DD, the last day the entry hides findings. */
  expires: string;
  /** Where it is written, for messages: the file, the 1-based position in the list, the line. */
  file: string;
  entry: number;
  line: number | null;
}

const KEYS = ['id', 'package', 'reason', 'expires'];
const INPUT = 'input `ignore-file`';
const EXAMPLE = '`ignore: [{id: CVE-2099-0002, reason: why it is acceptable, expires: 2027-03-31}]` (docs/scan-image.md)';

/** Reads the ignore file; every mistake is a ConfigurationError naming the file, the entry and the key. */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const where = `${INPUT} (${file})`;
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new ConfigurationError(`${where}, line ${line}`, syntax.message.split('\n')[0] ?? '', 'is not valid YAML. Fix the syntax; the file is a list under `ignore:`, e.g. ' + EXAMPLE);
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isMap(root)) throw new ConfigurationError(where, JSON.stringify(doc.toJS()), 'must be a mapping with one key, `ignore`, holding a list of entries, e.g. ' + EXAMPLE);
  const top = doc.toJS() as Record<string, unknown>;
  const unknown = Object.keys(top).filter((k) => k !== 'ignore');
  if (unknown.length) throw new ConfigurationError(where, unknown.join(', '), `${unknown.length === 1 ? 'is not a key' : 'are not keys'} of the ignore file; it has one key, \`ignore\`, holding the list of entries.`);
  const list = root.get('ignore', true) as Node | undefined;
  if (top.ignore === null || top.ignore === undefined) return [];
  if (!isSeq(list)) throw new ConfigurationError(`${where}: \`ignore\``, JSON.stringify(top.ignore), 'must be a list of entries (`- id: …`), e.g. ' + EXAMPLE);

  const entries: IgnoreEntry[] = [];
  list.items.forEach((item, i) => {
    const offset = (item as Node | null)?.range?.[0];
    const line = offset === undefined ? null : lines.linePos(offset).line;
    entries.push(readEntry((top.ignore as unknown[])[i], file, i + 1, line));
  });

  const seen = new Map<string, IgnoreEntry>();
  for (const e of entries) {
    const key = `${e.id.toUpperCase()}\0${e.package ?? ''}`;
    const first = seen.get(key);
    if (first) {
      throw new ConfigurationError(
        label(e),
        e.id,
        `repeats entry ${first.entry}${first.line ? ` (line ${first.line})` : ''}${e.package ? ` for package ${e.package}` : ''}. Keep one entry per advisory and package: merge the reasons and keep the date you mean.`,
      );
    }
    seen.set(key, e);
  }
  return entries;
}

/** The moment the entry stops hiding findings: the end of its `expires` day, UTC. */
export function expiresAt(e: Pick<IgnoreEntry, 'expires'>): Date {
  return new Date(`${e.expires}T23:59:59.999Z`);
}

export function isExpired(e: Pick<IgnoreEntry, 'expires'>, now: Date): boolean {
  return now.getTime() > expiresAt(e).getTime();
}

/** Entry N (ID, line L) in FILE, as messages name it. */
function label(e: Pick<IgnoreEntry, 'file' | 'entry' | 'line' | 'id'>, key?: string): string {
  const what = [e.id, e.line ? `line ${e.line}` : ''].filter(Boolean).join(', ');
  return `${INPUT} (${e.file}), entry ${e.entry}${what ? ` (${what})` : ''}${key ? `: \`${key}\`` : ''}`;
}

function readEntry(raw: unknown, file: string, entry: number, line: number | null): IgnoreEntry {
  const at = { file, entry, line, id: '' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError(label(at), JSON.stringify(raw) ?? String(raw), 'must be a mapping with id, reason and expires (and optionally package), e.g. ' + EXAMPLE);
  }
  const m = raw as Record<string, unknown>;
  if (typeof m.id === 'string' && m.id.trim()) at.id = m.id.trim();
  const unknown = Object.keys(m).filter((k) => !KEYS.includes(k));
  if (unknown.length) {
    const hint = unknown.map((k) => suggest(k)).find(Boolean);
    throw new ConfigurationError(label(at), unknown.join(', '), `${unknown.length === 1 ? 'is not a key' : 'are not keys'} of an ignore entry (they are ${KEYS.join(', ')}).${hint ? ` Did you mean \`${hint}\`?` : ''}`);
  }
  if (typeof m.id !== 'string' || !m.id.trim()) {
    throw new ConfigurationError(label(at, 'id'), m.id === undefined ? '' : String(m.id), m.id === undefined || m.id === null ? 'is missing. Give the advisory ID the scanner reports (CVE-…, GHSA-…).' : 'must be an advisory ID as text (CVE-…, GHSA-…).');
  }
  if (/\s/.test(at.id)) throw new ConfigurationError(label(at, 'id'), at.id, 'is not one advisory ID (it has spaces). Write one ID per entry.');
  let pkg: string | null = null;
  if (m.package !== undefined && m.package !== null) {
    if (typeof m.package !== 'string' || !m.package.trim()) throw new ConfigurationError(label(at, 'package'), String(m.package), 'must be a package name as text (as installed, e.g. zlib1g or requests), or left out to match every package.');
    pkg = m.package.trim();
  }
  if (m.reason === undefined || m.reason === null || (typeof m.reason === 'string' && !m.reason.trim())) {
    throw new ConfigurationError(label(at, 'reason'), typeof m.reason === 'string' ? m.reason : '', 'is missing or blank. Say why the finding is acceptable (e.g. "no fix upstream; not reachable from the model server"): the summary and SARIF show it.');
  }
  if (typeof m.reason !== 'string') throw new ConfigurationError(label(at, 'reason'), JSON.stringify(m.reason), 'must be text saying why the finding is acceptable.');
  if (m.expires === undefined || m.expires === null) {
    throw new ConfigurationError(label(at, 'expires'), '', 'is missing. Every entry needs an end date, YYYY-MM-DD (e.g. 2027-03-31); after that day (UTC) the finding counts again.');
  }
  const expires = typeof m.expires === 'string' ? m.expires.trim() : String(m.expires);
  if (typeof m.expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) {
    throw new ConfigurationError(label(at, 'expires'), expires, 'is not a date written YYYY-MM-DD (e.g. 2027-03-31).');
  }
  if (!isCalendarDate(expires)) throw new ConfigurationError(label(at, 'expires'), expires, 'is not a real calendar date. Give a day that exists, YYYY-MM-DD (e.g. 2027-03-31).');
  return { id: at.id, package: pkg, reason: m.reason.trim(), expires, file, entry, line };
}

function isCalendarDate(s: string): boolean {
  const [y, mo, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// The usual slips: plural keys, other tools' names for the same thing.
const ALIASES: Record<string, string> = { ids: 'id', cve: 'id', vulnerability: 'id', pkg: 'package', packages: 'package', justification: 'reason', comment: 'reason', expiry: 'expires', expires_at: 'expires', until: 'expires', expired_at: 'expires' };

function suggest(key: string): string | null {
  const k = key.toLowerCase();
  return ALIASES[k] ?? KEYS.find((known) => known.startsWith(k.slice(0, 3))) ?? null;
}
