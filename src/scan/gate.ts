// The gate: which findings count, and whether the image passes. A finding is hidden by, in this
// order, a VEX statement (the authors' word on this vulnerability in this image), an ignore-file
// entry that has not expired (the team's exception, with a reason and an end date), or
// `ignore-unfixed` when no fixed version exists. The more specific reason is the one reported.
// Everything else is open, and the image fails when an open finding is at or above `fail-on`.
import { ConfigurationError } from '../common/errors.js';
import { SEVERITIES, severityRank, type Finding, type JudgedFinding, type Severity, type Suppression } from './finding.js';
import { isExpired, type IgnoreEntry } from './ignore-file.js';
import { imageIdentity, vexSuppression } from './vex-match.js';
import type { VexDocument } from './vex.js';

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function parseFailOn(raw: string): FailOn {
  const v = raw.trim().toLowerCase();
  if ((FAIL_ON as readonly string[]).includes(v)) return v as FailOn;
  throw new ConfigurationError('input `fail-on`', raw, `is not a severity. Use one of: ${FAIL_ON.join(', ')} (none reports findings without failing).`);
}

export interface JudgeOptions {
  failOn: FailOn;
  ignoreUnfixed: boolean;
  ignores: readonly IgnoreEntry[];
  vex: readonly VexDocument[];
  /** The image as VEX products may name it: references, digests, pkg:oci purls (vex-match.ts). */
  imageRefs: readonly string[];
  now: Date;
}

export interface SeverityCount {
  /** Findings that count against the gate. */
  open: number;
  /** Open and suppressed. */
  total: number;
}

export interface ExpiredIgnore {
  entry: IgnoreEntry;
  /** How many findings it would have hidden; 0 when it matches nothing any more (delete it). */
  matched: number;
}

export interface Judgement {
  /** Every finding, duplicates merged, worst first. */
  findings: JudgedFinding[];
  counts: Record<Severity, SeverityCount>;
  failOn: FailOn;
  passed: boolean;
  /** The open findings at or above fail-on, worst first. */
  failing: JudgedFinding[];
  /** Entries past their date, in file order. */
  expiredIgnores: ExpiredIgnore[];
}

export function judge(findings: readonly Finding[], o: JudgeOptions): Judgement {
  const image = imageIdentity(o.imageRefs);
  const live = o.ignores.filter((e) => !isExpired(e, o.now));
  const expired = o.ignores.filter((e) => isExpired(e, o.now));
  const matched = new Map<IgnoreEntry, number>(expired.map((e) => [e, 0]));

  const judged = mergeDuplicates(findings).map((f): JudgedFinding => {
    const gone = expired.filter((e) => ignoreMatches(e, f));
    for (const e of gone) matched.set(e, (matched.get(e) ?? 0) + 1);
    const entry = live.find((e) => ignoreMatches(e, f));
    let suppressed: Suppression | null = vexSuppression(f, o.vex, image);
    if (!suppressed && entry) suppressed = { by: 'ignore-file', reason: entry.reason, expires: entry.expires };
    if (!suppressed && o.ignoreUnfixed && f.fixedVersion === null) suppressed = { by: 'ignore-unfixed' };
    // A lapsed entry is noted on the finding unless a live entry for it took over.
    const lapsed = !entry && gone[0] ? { reason: gone[0].reason, expires: gone[0].expires } : null;
    return { ...f, suppressed, expiredIgnore: lapsed };
  });
  judged.sort(worstFirst);

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, { open: 0, total: 0 }])) as Record<Severity, SeverityCount>;
  for (const f of judged) {
    counts[f.severity].total++;
    if (!f.suppressed) counts[f.severity].open++;
  }
  const failing = o.failOn === 'none' ? [] : judged.filter((f) => !f.suppressed && atOrAbove(f.severity, o.failOn as Severity));
  return {
    findings: judged,
    counts,
    failOn: o.failOn,
    passed: failing.length === 0,
    failing,
    expiredIgnores: expired.map((entry) => ({ entry, matched: matched.get(entry) ?? 0 })),
  };
}

export function atOrAbove(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

/** Worst severity first, then the higher CVSS score, then by ID and package so the order is stable. */
export function worstFirst(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || (b.cvss ?? -1) - (a.cvss ?? -1) || a.id.localeCompare(b.id) || a.package.localeCompare(b.package) || a.version.localeCompare(b.version) || (a.path ?? '').localeCompare(b.path ?? '');
}

function ignoreMatches(e: IgnoreEntry, f: Finding): boolean {
  if (e.package !== null && e.package !== f.package) return false;
  const id = e.id.toUpperCase();
  return f.id.toUpperCase() === id || f.aliases.some((a) => a.toUpperCase() === id);
}

/**
 * One finding per advisory, package, version and path. Scanners report the same match more than
 * once (trivy once per result target, grype once per matcher); the copies are folded together,
 * keeping the worst severity and score and every alias, so counts are not inflated.
 */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = [f.id, f.package, f.version, f.path ?? ''].join('\0');
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, aliases: unique(f.aliases.filter((a) => a !== f.id)) });
      continue;
    }
    byKey.set(key, {
      ...seen,
      aliases: unique([...seen.aliases, ...f.aliases].filter((a) => a !== seen.id)),
      severity: severityRank(f.severity) > severityRank(seen.severity) ? f.severity : seen.severity,
      cvss: seen.cvss === null ? f.cvss : f.cvss === null ? seen.cvss : Math.max(seen.cvss, f.cvss),
      fixedVersion: seen.fixedVersion ?? f.fixedVersion,
      purl: seen.purl ?? f.purl,
      layer: seen.layer ?? f.layer,
      title: seen.title || f.title,
      url: seen.url ?? f.url,
    });
  }
  return [...byKey.values()];
}

const unique = (xs: string[]) => [...new Set(xs)];
