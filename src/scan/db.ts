// The vulnerability DB in the cache folder: how old it is, and whether it may be used. Both engines
// are judged by one rule (`max-db-age`, `old-db`), so their own age checks are turned off.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../common/errors.js';

export interface DbStatus {
  /** When the DB's content was built upstream; null when there is no DB, or it cannot be read. */
  builtAt: Date | null;
  /**
   * Why a DB that is there cannot be used (a damaged or half-deleted cache), null when it can be
   * or there is none: an unreadable DB must not pass for a missing one, whose fix is different.
   */
  damage: string | null;
}

const validDate = (s: string | undefined): Date | null => {
  const at = s ? new Date(s) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
};

/** trivy keeps `db/metadata.json` beside `db/trivy.db`; its UpdatedAt is when the DB was built. */
export function trivyDbStatus(cacheDir: string): DbStatus {
  const meta = join(cacheDir, 'db', 'metadata.json');
  const db = join(cacheDir, 'db', 'trivy.db');
  const hasMeta = existsSync(meta);
  const hasDb = existsSync(db);
  if (!hasMeta && !hasDb) return { builtAt: null, damage: null };
  // trivy takes a folder without metadata.json for a first run, and fails on one without trivy.db.
  if (!hasDb) return { builtAt: null, damage: 'db/trivy.db is missing beside db/metadata.json' };
  if (!hasMeta) return { builtAt: null, damage: 'db/metadata.json is missing beside db/trivy.db' };
  try {
    const at = validDate((JSON.parse(readFileSync(meta, 'utf8')) as { UpdatedAt?: string }).UpdatedAt);
    return at ? { builtAt: at, damage: null } : { builtAt: null, damage: 'db/metadata.json has no UpdatedAt date' };
  } catch (e) {
    return { builtAt: null, damage: `db/metadata.json is not JSON (${(e as Error).message})` };
  }
}

/** grype says this when the folder holds no DB at all. */
const NO_GRYPE_DB = /^database does not exist$/i;

/** `grype db status -o json`, as grype prints it (`valid: false` with an `error` when it cannot use the DB). */
export function grypeDbStatus(statusJson: string): DbStatus {
  let s: { built?: string; valid?: boolean; error?: string };
  try {
    s = JSON.parse(statusJson) as typeof s;
  } catch {
    return { builtAt: null, damage: null };
  }
  if (s.valid) return { builtAt: validDate(s.built), damage: null };
  const error = (s.error ?? '').trim();
  return { builtAt: null, damage: error && !NO_GRYPE_DB.test(error) ? error : null };
}

/** `max-db-age`: `36h`, `5d`, or `0` / empty for no limit. Returns hours, null for no limit. */
export function parseMaxAge(raw: string): number | null {
  const v = raw.trim();
  if (v === '' || v === '0') return null;
  const m = /^(\d+(?:\.\d+)?)\s*([hd])$/.exec(v);
  if (!m) throw new ConfigurationError('input `max-db-age`', raw, 'is not an age. Give hours or days, e.g. `36h` or `5d`, or `0` for no limit.');
  return Number(m[1]) * (m[2] === 'd' ? 24 : 1);
}

export function ageHours(status: DbStatus, now: Date): number | null {
  return status.builtAt ? Math.max(0, (now.getTime() - status.builtAt.getTime()) / 3_600_000) : null;
}

/** "3 h", "2.5 days": for messages and the summary. */
export function describeAge(hours: number): string {
  return hours < 48 ? `${Number(hours.toFixed(1))} h` : `${Number((hours / 24).toFixed(1))} days`;
}
