// The vulnerability DB in the cache folder: how old it is, and whether it may be used. Both engines
// are judged by one rule (`max-db-age`, `old-db`), so their own age checks are turned off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../common/errors.js';

export interface DbStatus {
  /** When the DB's content was built upstream; null when there is no DB. */
  builtAt: Date | null;
}

/** trivy keeps `db/metadata.json` beside `db/trivy.db`; its UpdatedAt is when the DB was built. */
export function trivyDbStatus(cacheDir: string): DbStatus {
  try {
    const meta = JSON.parse(readFileSync(join(cacheDir, 'db', 'metadata.json'), 'utf8')) as { UpdatedAt?: string };
    const at = meta.UpdatedAt ? new Date(meta.UpdatedAt) : null;
    return { builtAt: at && !Number.isNaN(at.getTime()) ? at : null };
  } catch {
    return { builtAt: null };
  }
}

/** `grype db status -o json`, as grype prints it. */
export function grypeDbStatus(statusJson: string): DbStatus {
  try {
    const s = JSON.parse(statusJson) as { built?: string; valid?: boolean };
    const at = s.valid && s.built ? new Date(s.built) : null;
    return { builtAt: at && !Number.isNaN(at.getTime()) ? at : null };
  } catch {
    return { builtAt: null };
  }
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
