// The two engines' command lines and their reports read into Findings: the seam between
// scan-image and the scanner binaries (the binaries themselves run in test/integration/scan).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAge, parseMaxAge } from '../../../src/scan/db.js';
import { grypeScanArgs, grypeTarget, parseGrypeReport } from '../../../src/scan/grype.js';
import { parseImageSource } from '../../../src/scan/image-source.js';
import { parseTrivyReport, trivyScanArgs } from '../../../src/scan/trivy.js';

function layout(tags: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-src-'));
  mkdirSync(join(dir, 'blobs'));
  const manifests = tags.map((t, i) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${String(i).repeat(64)}`, size: 1, annotations: { 'org.opencontainers.image.ref.name': t } }));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }));
  return dir;
}

describe('parseImageSource', () => {
  it('reads registry references with a tag, a digest or both, and finds the registry host', () => {
    expect(parseImageSource('ghcr.io/acme/fraud@sha256:' + 'a'.repeat(64), '/')).toEqual({ kind: 'registry', ref: 'ghcr.io/acme/fraud@sha256:' + 'a'.repeat(64), host: 'ghcr.io' });
    expect(parseImageSource('127.0.0.1:5000/scan/debian:v1', '/')).toMatchObject({ host: '127.0.0.1:5000' });
    expect(parseImageSource('library/nginx:1.27', '/')).toMatchObject({ host: 'docker.io' });
    expect(parseImageSource('localhost/app', '/')).toMatchObject({ host: 'localhost' });
  });

  it('names the forms it takes when the value is none of them', () => {
    expect(() => parseImageSource('', '/')).toThrow(/input `image`: "" is required\. Give a registry reference/);
    expect(() => parseImageSource('Not An Image!', '/')).toThrow(/input `image`: "Not An Image!" is not an image reference\. Give a registry reference/);
  });

  it('checks an OCI layout and its tag before any scanner runs', () => {
    const dir = layout(['candidate', 'candidate-base']);
    expect(parseImageSource(`oci:${dir}:candidate-base`, '/')).toEqual({ kind: 'oci', layout: dir, ref: 'candidate-base', digest: `sha256:${'1'.repeat(64)}` });
    expect(() => parseImageSource(`oci:${dir}:latest`, '/')).toThrow(/names the tag "latest", which .* does not hold \(tags: candidate, candidate-base\)/);
    expect(() => parseImageSource(`oci:${dir}`, '/')).toThrow(/holds 2 images; name one with `oci:<folder>:<tag>` \(tags: candidate, candidate-base\)/);
    expect(() => parseImageSource(`oci:${join(dir, 'blobs')}:x`, '/')).toThrow(/which has no index\.json, so it is not an OCI image layout/);
  });
});

describe('the command lines', () => {
  const oci = { kind: 'oci' as const, layout: '/l', ref: 'candidate', digest: '' };
  const base = { cacheDir: '/c', dbRepositories: [], offline: false, timeoutSeconds: 60, platform: '', output: '/r.json' };

  it('trivy: a layout by tag, an archive and a registry image, never a daemon, no calls home', () => {
    expect(trivyScanArgs({ ...base, source: oci })).toEqual(expect.arrayContaining(['--input', '/l:candidate', '--skip-version-check', '--disable-telemetry', '--list-all-pkgs']));
    expect(trivyScanArgs({ ...base, source: { kind: 'docker-archive', file: '/a.tar' } })).toEqual(expect.arrayContaining(['--input', '/a.tar']));
    expect(trivyScanArgs({ ...base, source: { kind: 'registry', ref: 'r.io/a:1', host: 'r.io' } }).slice(-3)).toEqual(['--image-src', 'remote', 'r.io/a:1']);
  });

  it('trivy: offline skips every download; db-repository lists mirrors in order', () => {
    const offline = trivyScanArgs({ ...base, source: oci, offline: true });
    expect(offline).toEqual(expect.arrayContaining(['--skip-db-update', '--skip-java-db-update', '--offline-scan']));
    expect(trivyScanArgs({ ...base, source: oci })).not.toContain('--skip-db-update');
    expect(trivyScanArgs({ ...base, source: oci, dbRepositories: ['a.io/db:2', 'b.io/db:2'] })).toEqual(expect.arrayContaining(['--db-repository', 'a.io/db:2,b.io/db:2']));
  });

  it('grype: the source schemes, and both reports from one run', () => {
    expect(grypeTarget(oci, null)).toBe('oci-dir:/l');
    expect(grypeTarget(oci, '/view')).toBe('oci-dir:/view');
    expect(grypeTarget({ kind: 'docker-archive', file: '/a.tar' }, null)).toBe('docker-archive:/a.tar');
    expect(grypeTarget({ kind: 'registry', ref: 'r.io/a:1', host: 'r.io' }, null)).toBe('registry:r.io/a:1');
    expect(grypeScanArgs({ target: 'oci-dir:/l', platform: 'linux/arm64', output: '/r.json', sbom: '/s.json' })).toEqual(['oci-dir:/l', '--output', 'json=/r.json', '--output', 'cyclonedx-json=/s.json', '--scope', 'squashed', '--platform', 'linux/arm64']);
  });
});

describe('the reports', () => {
  it('trivy: severity, the best CVSS, the first fixed version, the path made absolute, the layer', () => {
    const parsed = parseTrivyReport({
      Trivy: { Version: '0.74.0' },
      Metadata: { OS: { Family: 'debian', Name: '12.5' }, DiffIDs: ['sha256:aa'] },
      Results: [
        {
          Type: 'python-pkg',
          Packages: [{}, {}],
          Vulnerabilities: [
            {
              VulnerabilityID: 'CVE-2099-0201',
              VendorIDs: ['GHSA-aaaa-bbbb-cccc'],
              PkgName: 'requests',
              PkgPath: 'usr/lib/requests-2.19.0.dist-info/METADATA',
              InstalledVersion: '2.19.0',
              FixedVersion: '2.20.0, 3.0.1',
              Layer: { DiffID: 'sha256:aa' },
              Severity: 'HIGH',
              CVSS: { nvd: { V3Score: 7.4 }, ghsa: { V3Score: 7.1, V40Score: 7.6 } },
              Title: 'requests: a title',
              PrimaryURL: 'https://example.com/a',
            },
          ],
        },
        { Type: 'debian', Vulnerabilities: null },
      ],
    });
    expect(parsed).toEqual({
      findings: [
        {
          id: 'CVE-2099-0201',
          aliases: ['GHSA-aaaa-bbbb-cccc'],
          severity: 'high',
          cvss: 7.6,
          package: 'requests',
          version: '2.19.0',
          fixedVersion: '2.20.0',
          type: 'pypi',
          purl: null,
          path: '/usr/lib/requests-2.19.0.dist-info/METADATA',
          layer: 'sha256:aa',
          title: 'requests: a title',
          url: 'https://example.com/a',
        },
      ],
      packages: 2,
      os: 'debian 12.5',
      diffIds: ['sha256:aa'],
      version: '0.74.0',
    });
    expect(parseTrivyReport({}).version).toBeNull();
  });

  it('grype: fixed only when its state says so, aliases from related vulnerabilities, no path for OS packages', () => {
    const parsed = parseGrypeReport(
      {
        matches: [
          {
            vulnerability: { id: 'GHSA-aaaa-bbbb-cccc', severity: 'Critical', cvss: [{ metrics: { baseScore: 9.1 } }], fix: { versions: ['4.17.21'], state: 'fixed' }, dataSource: 'https://example.com/ghsa' },
            relatedVulnerabilities: [{ id: 'CVE-2099-0301', cvss: [{ metrics: { baseScore: 9.8 } }] }],
            artifact: { name: 'lodash', version: '4.17.15', type: 'npm', purl: 'pkg:npm/lodash@4.17.15', locations: [{ path: '/app/node_modules/lodash/package.json', layerID: 'sha256:bb' }] },
          },
          {
            vulnerability: { id: 'CVE-2099-0002', severity: 'High', fix: { versions: [], state: 'not-fixed' } },
            artifact: { name: 'zlib1g', version: '1:1.2.13.dfsg-1', type: 'deb', purl: '', locations: [{ path: '/var/lib/dpkg/status', layerID: 'sha256:aa' }] },
          },
        ],
        distro: { name: 'debian', version: '12.5' },
        descriptor: { version: '0.120.1' },
      },
      9,
    );
    expect(parsed.findings.map((f) => [f.id, f.aliases, f.severity, f.cvss, f.fixedVersion, f.type, f.path, f.layer])).toEqual([
      ['GHSA-aaaa-bbbb-cccc', ['CVE-2099-0301'], 'critical', 9.8, '4.17.21', 'npm', '/app/node_modules/lodash/package.json', 'sha256:bb'],
      ['CVE-2099-0002', [], 'high', null, null, 'deb', null, 'sha256:aa'],
    ]);
    expect(parsed).toMatchObject({ packages: 9, os: 'debian 12.5', version: '0.120.1' });
  });
});

describe('max-db-age', () => {
  it('takes hours and days, 0 for no limit, and says what it takes otherwise', () => {
    expect(parseMaxAge('36h')).toBe(36);
    expect(parseMaxAge('5d')).toBe(120);
    expect(parseMaxAge('0')).toBeNull();
    expect(() => parseMaxAge('soon')).toThrow(/input `max-db-age`: "soon" is not an age\. Give hours or days, e.g\. `36h` or `5d`/);
    expect(describeAge(3)).toBe('3 h');
    expect(describeAge(240)).toBe('10 days');
  });
});
