// grype: the command line for one scan, and its JSON report read into Findings. One run writes
// both the JSON report and the CycloneDX SBOM (`-o format=file`, repeated).
import type { Finding } from './finding.js';
import type { ImageSource } from './image-source.js';
import { purlType, severityOf, type ParsedReport } from './trivy.js';

export interface GrypeScan {
  /** oci-dir: a layout holding exactly the image to scan (see scan-image.ts for tags). */
  target: string;
  platform: string;
  output: string;
  sbom: string;
}

export function grypeTarget(source: ImageSource, singleImageLayout: string | null): string {
  switch (source.kind) {
    case 'oci':
      return `oci-dir:${singleImageLayout ?? source.layout}`;
    case 'docker-archive':
      return `docker-archive:${source.file}`;
    case 'registry':
      return `registry:${source.ref}`;
  }
}

export function grypeScanArgs(s: GrypeScan): string[] {
  // Not --quiet: it silences grype's errors too, and the step's error is made from them. Piped,
  // grype prints log lines only (no progress UI), at warn level and above.
  const args = [s.target, '--output', `json=${s.output}`, '--output', `cyclonedx-json=${s.sbom}`, '--scope', 'squashed'];
  if (s.platform) args.push('--platform', s.platform);
  return args;
}

/**
 * The environment grype reads its settings from: the DB folder and listing, no update check when
 * offline or when the cached DB is used as it is, no check for a newer grype. Age is judged by
 * scan-image (one rule for both engines), so grype's own age check is off.
 */
export function grypeEnv(o: { cacheDir: string; dbUrl: string; autoUpdate: boolean; timeoutSeconds: number }): Record<string, string> {
  const env: Record<string, string> = {
    GRYPE_DB_CACHE_DIR: o.cacheDir,
    GRYPE_DB_AUTO_UPDATE: String(o.autoUpdate),
    GRYPE_DB_VALIDATE_AGE: 'false',
    GRYPE_CHECK_FOR_APP_UPDATE: 'false',
    GRYPE_DB_UPDATE_DOWNLOAD_TIMEOUT: `${o.timeoutSeconds}s`,
  };
  if (o.dbUrl) env.GRYPE_DB_UPDATE_URL = o.dbUrl;
  return env;
}

interface GrypeCvss {
  version?: string;
  metrics?: { baseScore?: number };
}

interface GrypeMatch {
  vulnerability?: {
    id?: string;
    severity?: string;
    urls?: string[];
    dataSource?: string;
    description?: string;
    cvss?: GrypeCvss[];
    fix?: { versions?: string[]; state?: string };
  };
  relatedVulnerabilities?: { id?: string; cvss?: GrypeCvss[]; description?: string; urls?: string[] }[];
  artifact?: {
    name?: string;
    version?: string;
    type?: string;
    purl?: string;
    locations?: { path?: string; layerID?: string }[];
  };
}

export interface GrypeReport {
  matches?: GrypeMatch[];
  source?: { target?: { layers?: { digest?: string }[] } };
  distro?: { name?: string; version?: string };
  descriptor?: { version?: string };
}

const OS_TYPES = new Set(['deb', 'apk', 'rpm', 'alpm', 'portage']);
const TYPES: Record<string, string> = { python: 'pypi', 'go-module': 'golang', 'java-archive': 'maven', 'rust-crate': 'cargo' };

export function parseGrypeReport(report: GrypeReport, packages: number): ParsedReport {
  const findings: Finding[] = [];
  for (const m of report.matches ?? []) {
    const v = m.vulnerability ?? {};
    const a = m.artifact ?? {};
    const related = m.relatedVulnerabilities ?? [];
    const purl = a.purl || null;
    const type = purlType(purl) ?? TYPES[a.type ?? ''] ?? a.type ?? 'unknown';
    const location = a.locations?.[0];
    const scores = [...(v.cvss ?? []), ...related.flatMap((r) => r.cvss ?? [])]
      .map((c) => c.metrics?.baseScore)
      .filter((s): s is number => typeof s === 'number' && s > 0);
    const fixed = v.fix?.state === 'fixed' ? (v.fix.versions?.[0] ?? null) : null;
    findings.push({
      id: v.id ?? '',
      aliases: related.map((r) => r.id ?? '').filter((id) => id && id !== v.id),
      severity: severityOf(v.severity),
      cvss: scores.length ? Math.max(...scores) : null,
      package: a.name ?? '',
      version: a.version ?? '',
      fixedVersion: fixed,
      type,
      purl,
      // OS packages are read from the package database; only language packages have a file of their own.
      path: !OS_TYPES.has(a.type ?? '') && location?.path ? location.path : null,
      layer: location?.layerID ?? null,
      title: (v.description ?? related.find((r) => r.description)?.description ?? '').split('\n')[0] as string,
      url: v.dataSource ?? v.urls?.[0] ?? related.find((r) => r.urls?.length)?.urls?.[0] ?? null,
    });
  }
  const os = report.distro?.name ? [report.distro.name, report.distro.version].filter(Boolean).join(' ') : null;
  const diffIds = (report.source?.target?.layers ?? []).map((l) => l.digest ?? '').filter(Boolean);
  return { findings, packages, os, diffIds, version: report.descriptor?.version || null };
}
