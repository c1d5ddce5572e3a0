// Durations as Argo Rollouts writes them (Go's time.ParseDuration): a sequence of decimal numbers,
// each with a unit, "1m30s", "1.5h", "500ms". Only h, m, s and ms: nothing in a rollout is timed
// finer than a millisecond. A bare number is refused rather than guessed at (seconds? ms?).
import { ConfigurationError } from '../../common/errors.js';

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const PART = /(\d+(?:\.\d*)?|\.\d+)(ms|h|m|s)/y;
const FIX = 'is not a duration. Write a number with a unit: 500ms, 10s, 1m, 1m30s, 2h.';

/**
 * Milliseconds in `raw`, rounded to a whole millisecond.
 * @param subject the key it came from, named in the error, e.g. 'metric "error-rate" `interval`'
 */
export function parseDuration(raw: unknown, subject: string): number {
  if (typeof raw === 'number') {
    throw new ConfigurationError(subject, String(raw), `has no unit. Write ${raw}s for seconds or ${raw}ms for milliseconds.`);
  }
  if (typeof raw !== 'string') throw new ConfigurationError(subject, JSON.stringify(raw) ?? String(raw), FIX);
  const s = raw.trim();
  if (s === '0') return 0;
  if (s === '') throw new ConfigurationError(subject, raw, FIX);
  let ms = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < s.length) {
    const at = PART.lastIndex;
    const m = PART.exec(s);
    if (!m) throw new ConfigurationError(subject, raw, /^\d+(\.\d*)?$/.test(s.slice(at)) ? `has no unit after "${s.slice(at)}". ${FIX.slice(FIX.indexOf('Write'))}` : FIX);
    ms += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
  }
  return Math.round(ms);
}
