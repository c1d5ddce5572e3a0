// trivy: the command line for one scan, and its JSON report read into Findings.
// One `trivy image` run writes the JSON report with every package (`--list-all-pkgs`); `trivy
// convert` then turns that report into the CycloneDX SBOM without scanning again.
import type { Finding, Severity } from './finding.js';
import type { ImageSource } from './image-source.js';

export interface TrivyScan {
  source: ImageSource;
  /** trivy's --cache-dir: the DB under db/, the layer cache under fanal/. */
  cacheDir: string;
  /** OCI repositories of the DB, tried in order; empty for trivy's own default. */
  dbRepositories: string[];
  /** Use the DB in the cache as it is: no update check, no download of any kind. */
  offline: boolean;
  timeoutSeconds: number;
  platform: string;
  output: string;
}

export function trivyScanArgs(s: TrivyScan): string[] {
  const args = ['image', '--format', 'json', '--output', s.output, '--list-all-pkgs', '--scanners', 'vuln'];
  args.push('--cache-dir', s.cacheDir, '--timeout', `${s.timeoutSeconds}s`, '--no-progress', '--quiet');
  // No calls home: the version check and the usage report are not ours to make for the user.
  args.push('--skip-version-check', '--disable-telemetry');
  if (s.offline) args.push('--skip-db-update', '--skip-java-db-update', '--offline-scan');
  if (s.dbRepositories.length) args.push('--db-repository', s.dbRepositories.join(','));
  if (s.platform) args.push('--platform', s.platform);
  switch (s.source.kind) {
    case 'oci':
      args.push('--input', s.source.ref ? `${s.source.layout}:${s.source.ref}` : s.source.layout);
      break;
    case 'docker-archive':
      args.push('--input', s.source.file);
      break;
    case 'registry':
      // Straight from the registry: never a local daemon's copy of the same name.
      args.push('--image-src', 'remote', s.source.ref);
      break;
  }
  return args;
}

export function trivyConvertArgs(report: string, sbom: string): string[] {
  return ['convert', '--format', 'cyclonedx', '--output', sbom, '--quiet', report];
}

interface TrivyVulnerability {
  VulnerabilityID?: string;
  VendorIDs?: string[];
  PkgName?: string;
  PkgPath?: string;
  PkgIdentifier?: { PURL?: string };
  InstalledVersion?: string;
  FixedVersion?: string;
  Layer?: { DiffID?: string };
  PrimaryURL?: string;
  Title?: string;
  Description?: string;
  Severity?: string;
  CVSS?: Record<string, { V3Score?: number; V40Score?: number; V2Score?: number }>;
}

interface TrivyResult {
  Target?: string;
  Class?: string;
  Type?: string;
  Packages?: unknown[];
  Vulnerabilities?: TrivyVulnerability[] | null;
}

export interface TrivyReport {
  ArtifactName?: string;
  Metadata?: { OS?: { Family?: string; Name?: string }; DiffIDs?: string[]; ImageID?: string };
  Results?: TrivyResult[];
  Trivy?: { Version?: string };
}

export interface ParsedReport {
  findings: Finding[];
  packages: number;
  os: string | null;
  diffIds: string[];
  /** The scanner's version as its report states it (a leading `v` or not); null when the report does not say. */
  version: string | null;
}

export function parseTrivyReport(report: TrivyReport): ParsedReport {
  const findings: Finding[] = [];
  let packages = 0;
  for (const r of report.Results ?? []) {
    packages += r.Packages?.length ?? 0;
    for (const v of r.Vulnerabilities ?? []) {
      const purl = v.PkgIdentifier?.PURL ?? null;
      findings.push({
        id: v.VulnerabilityID ?? '',
        aliases: v.VendorIDs ?? [],
        severity: severityOf(v.Severity),
        cvss: bestScore(v.CVSS),
        package: v.PkgName ?? '',
        version: v.InstalledVersion ?? '',
        // trivy lists every fixed version ("1.2.5, 2.0.1"); the first is the one to move to on this line.
        fixedVersion: v.FixedVersion ? (v.FixedVersion.split(',')[0] as string).trim() : null,
        type: purlType(purl) ?? typeOf(r.Type),
        purl,
        path: v.PkgPath ? `/${v.PkgPath.replace(/^\/+/, '')}` : null,
        layer: v.Layer?.DiffID ?? null,
        title: v.Title ?? v.Description?.split('\n')[0] ?? '',
        url: v.PrimaryURL ?? null,
      });
    }
  }
  const os = report.Metadata?.OS ? [report.Metadata.OS.Family, report.Metadata.OS.Name].filter(Boolean).join(' ') : null;
  return { findings, packages, os: os || null, diffIds: report.Metadata?.DiffIDs ?? [], version: report.Trivy?.Version || null };
}

export function severityOf(s: string | undefined): Severity {
  const v = (s ?? '').toLowerCase();
  return v === 'critical' || v === 'high' || v === 'medium' || v === 'low' || v === 'negligible' ? v : 'unknown';
}

function bestScore(cvss: TrivyVulnerability['CVSS']): number | null {
  let best: number | null = null;
  for (const c of Object.values(cvss ?? {})) {
    for (const s of [c.V40Score, c.V3Score]) if (typeof s === 'number' && (best === null || s > best)) best = s;
  }
  return best;
}

export function purlType(purl: string | null): string | null {
  const m = purl ? /^pkg:([a-z0-9.+-]+)\//i.exec(purl) : null;
  return m ? (m[1] as string).toLowerCase() : null;
}

// trivy's result types, for findings without a purl.
const TYPES: Record<string, string> = { 'python-pkg': 'pypi', 'node-pkg': 'npm', gobinary: 'golang', jar: 'maven', 'gemspec': 'gem', debian: 'deb', ubuntu: 'deb', alpine: 'apk', redhat: 'rpm' };

function typeOf(t: string | undefined): string {
  return (t && TYPES[t]) ?? t ?? 'unknown';
}
