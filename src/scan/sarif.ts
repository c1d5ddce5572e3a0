// scan-image's SARIF 2.1.0 for GitHub code scanning: every finding, the hidden ones too with a
// `suppressions` entry saying why, so the Security tab and the gate tell the same story.
//
// One rule per advisory. `security-severity` is what code scanning sorts and labels by (over 9.0
// critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low, 0.0 none): the CVSS score when it lies in
// the band of the finding's severity, else a fixed score inside that band (9.5, 8.0, 5.5, 3.0;
// 0.0 for negligible and unknown). Keeping the score inside the band keeps GitHub's label equal
// to the severity the gate and summary use; a vendor rating a 9.8 CVE "high" stays high.
// A result's `level` is what the finding is (critical/high error, medium warning, the rest note),
// whatever fail-on says.
//
// Code scanning shows a result only with a location. With a Dockerfile, results point at it: the
// base image's FROM line for packages from base layers (bump the base to fix them), line 1 for
// the rest. Without one, at the file in the image the package was read from (or its name), under
// the uriBaseId IMAGE, as trivy and grype do when they have no source file.
// partialFingerprints hash advisory, package and path (not the version, not the line), so an
// upgrade that leaves the advisory open, or an edited Dockerfile, keeps the same alert.
import { createHash } from 'node:crypto';
import { cell, link, plain } from '../common/markdown.js';
import { toUri } from '../lint/format/formats.js';
import { baseFrom } from './dockerfile-base.js';
import type { JudgedFinding, Severity, Suppression } from './finding.js';
import { worstFirst } from './gate.js';

export interface SarifOptions {
  /** model-cd's version (the driver's). */
  version: string;
  scanner: { name: string; version: string };
  /** The scanned image as the summary names it. */
  image: string;
  /** The Dockerfile the image was built from: path relative to the repository root, and its text. */
  dockerfile?: { path: string; text: string } | null;
  /** diff_ids of the base image's layers. */
  baseLayers?: ReadonlySet<string>;
}

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', negligible: 'note', unknown: 'note' };
/** [lowest, highest] score GitHub reads as this severity, and the score used when CVSS is outside. */
const BAND: Record<Severity, { min: number; max: number; fallback: number }> = {
  critical: { min: 9.1, max: 10, fallback: 9.5 },
  high: { min: 7, max: 9, fallback: 8 },
  medium: { min: 4, max: 6.9, fallback: 5.5 },
  low: { min: 0.1, max: 3.9, fallback: 3 },
  negligible: { min: 0, max: 0, fallback: 0 },
  unknown: { min: 0, max: 0, fallback: 0 },
};
const MAX_TEXT = 1024;
export const IMAGE_BASE_ID = 'IMAGE';

export function securitySeverity(severity: Severity, cvss: number | null): string {
  const band = BAND[severity];
  const score = cvss !== null && cvss >= band.min && cvss <= band.max ? cvss : band.fallback;
  return score.toFixed(1);
}

export function scanSarif(findings: readonly JudgedFinding[], o: SarifOptions): object {
  const sorted = [...findings].sort(worstFirst);
  const byRule = new Map<string, JudgedFinding[]>();
  for (const f of sorted) byRule.set(f.id, [...(byRule.get(f.id) ?? []), f]);
  const ids = [...byRule.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const from = o.dockerfile ? baseFrom(o.dockerfile.text) : null;
  const base = o.baseLayers ?? new Set<string>();

  const rules = ids.map((id) => rule(byRule.get(id) as JudgedFinding[]));
  const results = sorted.map((f) => {
    const inBase = f.layer !== null && base.has(f.layer);
    const where = `${f.package} ${f.version}${f.path ? ` (/${f.path.replace(/^\/+/, '')})` : ''}`;
    const physicalLocation = o.dockerfile
      ? { artifactLocation: { uri: toUri(o.dockerfile.path) }, region: { startLine: inBase && from ? from.line : 1, startColumn: 1 } }
      : { artifactLocation: { uri: toUri((f.path ?? f.package).replace(/^\/+/, '')), uriBaseId: IMAGE_BASE_ID }, region: { startLine: 1, startColumn: 1 } };
    const fix = f.fixedVersion ? `Fixed in ${f.fixedVersion}.` : 'No fixed version yet.';
    const origin = inBase ? ` It comes with the base image${from ? ` (${from.image})` : ''}.` : '';
    return {
      ruleId: f.id,
      ruleIndex: index.get(f.id),
      level: LEVEL[f.severity],
      message: { text: `${f.id} (${f.severity}) in ${where}: ${f.title || 'no title given'}. ${fix}${origin}` },
      locations: [{ physicalLocation, message: { text: `${where} in ${o.image}` } }],
      partialFingerprints: { primaryLocationLineHash: createHash('sha256').update([f.id, f.package, f.path ?? ''].join('\0')).digest('hex').slice(0, 32) },
      ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: justification(f.suppressed) }] } : {}),
      properties: {
        package: f.package,
        installedVersion: f.version,
        fixedVersion: f.fixedVersion,
        packageType: f.type,
        ...(f.purl ? { purl: f.purl } : {}),
        ...(f.path ? { path: f.path } : {}),
        ...(f.layer ? { layer: f.layer } : {}),
      },
    };
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'model-cd scan-image', informationUri: 'https://github.com/model-cd/model-cd', version: o.version, semanticVersion: o.version, rules },
          extensions: [{ name: o.scanner.name, version: o.scanner.version }],
        },
        ...(o.dockerfile ? {} : { originalUriBaseIds: { [IMAGE_BASE_ID]: { description: { text: `The root file system of ${o.image}.` } } } }),
        results,
        properties: { image: o.image, scanner: o.scanner.name, scannerVersion: o.scanner.version },
      },
    ],
  };
}

/** Why a suppressed finding does not count, as GitHub shows it next to the dismissed alert. */
export function justification(s: Suppression): string {
  switch (s.by) {
    case 'ignore-file':
      return s.reason;
    case 'vex':
      return `VEX ${s.status}${s.justification ? `: ${s.justification}` : ''} (${s.document})`;
    case 'ignore-unfixed':
      return 'No fixed version exists and ignore-unfixed is on.';
  }
}

function rule(group: JudgedFinding[]): object {
  // Worst first, so the rule carries the worst rating any package has for the advisory.
  const f = group[0] as JudgedFinding;
  const title = clip(f.title || f.id);
  const aliases = [...new Set(group.flatMap((g) => g.aliases))].filter((a) => a !== f.id);
  const full = clip(`${f.id}${aliases.length ? ` (also ${aliases.join(', ')})` : ''}: ${f.title || 'no title given'}`);
  const url = f.url && /^https?:\/\//i.test(f.url) ? f.url : null;
  const cvss = group.map((g) => g.cvss).filter((c): c is number => c !== null);
  const rating = `${f.severity}${cvss.length ? `, CVSS ${Math.max(...cvss).toFixed(1)}` : ''}`;
  // The score of the findings that carry the rule's severity, so it can land in that band.
  const rated = group.filter((g) => g.severity === f.severity && g.cvss !== null).map((g) => g.cvss as number);
  const worstScore = rated.length ? Math.max(...rated) : null;
  const rows = group.map((g) => `| ${md(g.package)} | ${md(g.version)} | ${g.fixedVersion ? md(g.fixedVersion) : 'no fix yet'} | ${g.path ? md(g.path) : ''} |`);
  const text = [`${f.id} (${rating}): ${f.title || 'no title given'}`, ...group.map((g) => `${g.package} ${g.version}: ${g.fixedVersion ? `fixed in ${g.fixedVersion}` : 'no fix yet'}`), ...(url ? [`More: ${url}`] : [])].join('\n');
  const markdown = [
    `**${md(f.id)}** (${rating}): ${md(f.title || 'no title given')}`,
    '',
    '| Package | Installed | Fixed in | Path |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(url ? ['', link(md(f.id), url)] : []),
  ].join('\n');
  return {
    id: f.id,
    shortDescription: { text: title },
    fullDescription: { text: full },
    help: { text, markdown },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { 'security-severity': securitySeverity(f.severity, worstScore), tags: ['security', 'vulnerability', f.severity] },
  };
}

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
const md = (s: string) => cell(plain(s));
