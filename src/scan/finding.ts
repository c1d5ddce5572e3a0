// One vulnerability finding, the same shape whichever scanner found it: the scanners' JSON is read
// into this (trivy.ts, grype.ts), and the gate, the ignore file, VEX, SARIF and the summary work on
// it alone, so the two engines are judged and reported by one set of rules.

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Worst first; `unknown` ranks below `negligible` so a gate never fails on a finding without a rating. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

export interface Finding {
  /** The advisory's ID as the scanner reports it: CVE-…, GHSA-…, DSA-…, ALPINE-… */
  id: string;
  /** Other IDs of the same advisory (a GHSA's CVE, a CVE's GHSA), for ignore and VEX matching. */
  aliases: string[];
  severity: Severity;
  /** The highest CVSS base score the scanner gives (v3 or v4), else null. */
  cvss: number | null;
  /** The package as installed in the image. */
  package: string;
  version: string;
  /** The first version that fixes it, null when there is no fix. */
  fixedVersion: string | null;
  /** The package type as in a purl: deb, apk, rpm, pypi, npm, golang, maven, … */
  type: string;
  /** The package URL when the scanner gives one (VEX statements name products by purl). */
  purl: string | null;
  /** The file in the image the package was read from (a METADATA, a package.json), null for OS packages. */
  path: string | null;
  /** The diff_id (sha256:…) of the layer that brought the package, null when not known. */
  layer: string | null;
  title: string;
  /** The advisory's primary URL, null when the scanner gives none. */
  url: string | null;
}

/** Why a finding does not count against the gate. */
export type Suppression =
  | { by: 'ignore-file'; reason: string; expires: string | null }
  | { by: 'vex'; status: 'not_affected' | 'fixed'; justification: string | null; document: string }
  | { by: 'ignore-unfixed' };

export interface JudgedFinding extends Finding {
  /** null: the finding counts. */
  suppressed: Suppression | null;
  /** The ignore-file entry that matched but had expired (it no longer hides the finding). */
  expiredIgnore: { reason: string; expires: string } | null;
}
