// Findings as the scanners report them for the test images (test/setup/scan/advisories.json): a
// Debian base layer with openssl, zlib1g and libc6, an app layer with Python and npm packages.
import type { Finding } from '../../../src/scan/finding.js';

export const BASE_LAYER = `sha256:${'b'.repeat(64)}`;
export const APP_LAYER = `sha256:${'a'.repeat(64)}`;
export const DIGEST = `sha256:${'d'.repeat(64)}`;
export const IMAGE_REFS = ['ghcr.io/acme/model-server:1.4', DIGEST];

const base = { aliases: [], purl: null, path: null, layer: BASE_LAYER, url: null } satisfies Partial<Finding>;

export const OPENSSL: Finding = {
  ...base,
  id: 'CVE-2099-0001',
  severity: 'critical',
  cvss: 9.8,
  package: 'openssl',
  version: '3.0.11-1~deb12u2',
  fixedVersion: '3.0.13-1~deb12u1',
  type: 'deb',
  purl: 'pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12',
  title: 'openssl: heap overflow in the test certificate parser',
  url: 'https://avd.aquasec.com/nvd/cve-2099-0001',
};

export const ZLIB: Finding = {
  ...base,
  id: 'CVE-2099-0002',
  severity: 'high',
  cvss: 7.5,
  package: 'zlib1g',
  version: '1:1.2.13.dfsg-1',
  fixedVersion: null,
  type: 'deb',
  purl: 'pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12',
  title: 'zlib: out-of-bounds read in inflate of crafted test streams',
};

export const LIBC: Finding = {
  ...base,
  id: 'CVE-2099-0003',
  severity: 'medium',
  cvss: 5.5,
  package: 'libc6',
  version: '2.36-9+deb12u4',
  fixedVersion: '2.36-9+deb12u7',
  type: 'deb',
  purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12',
  title: 'glibc: stack exhaustion in the test locale loader',
};

export const REQUESTS: Finding = {
  ...base,
  id: 'CVE-2099-0201',
  aliases: ['GHSA-9999-0201-wxyz'],
  severity: 'high',
  cvss: 7.4,
  package: 'requests',
  version: '2.19.0',
  fixedVersion: '2.20.0',
  type: 'pypi',
  purl: 'pkg:pypi/requests@2.19.0',
  path: 'usr/local/lib/python3.11/site-packages/requests-2.19.0.dist-info/METADATA',
  layer: APP_LAYER,
  title: 'requests: credentials sent on a cross-host redirect in the test client',
  url: 'https://github.com/advisories/GHSA-9999-0201-wxyz',
};

export const FLASK: Finding = {
  ...base,
  id: 'CVE-2099-0202',
  severity: 'medium',
  cvss: 5.9,
  package: 'flask',
  version: '2.2.0',
  fixedVersion: '2.2.5',
  type: 'pypi',
  purl: 'pkg:pypi/flask@2.2.0',
  path: 'usr/local/lib/python3.11/site-packages/flask-2.2.0.dist-info/METADATA',
  layer: APP_LAYER,
  title: 'flask: session cookie cached by a test proxy',
};

export const LODASH: Finding = {
  ...base,
  id: 'CVE-2099-0301',
  severity: 'critical',
  cvss: 9.1,
  package: 'lodash',
  version: '4.17.15',
  fixedVersion: '4.17.21',
  type: 'npm',
  purl: 'pkg:npm/lodash@4.17.15',
  path: 'app/node_modules/lodash/package.json',
  layer: APP_LAYER,
  title: 'lodash: prototype pollution in the test template helper',
};

export const MINIMIST: Finding = {
  ...base,
  id: 'CVE-2099-0302',
  severity: 'low',
  cvss: 2.9,
  package: 'minimist',
  version: '1.2.5',
  fixedVersion: '1.2.6',
  type: 'npm',
  purl: 'pkg:npm/minimist@1.2.5',
  path: 'app/node_modules/minimist/package.json',
  layer: APP_LAYER,
  title: 'minimist: prototype pollution through test arguments',
};

export const DEBIAN_IMAGE: Finding[] = [OPENSSL, ZLIB, LIBC, REQUESTS, FLASK, LODASH, MINIMIST];

export const NOW = new Date('2026-12-07T12:00:00Z');

export function vexDoc(statements: object[], extra: object = {}): string {
  return JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://openvex.dev/docs/example/vex-test',
    author: 'model-cd tests',
    timestamp: '2026-12-01T10:00:00Z',
    version: 1,
    statements,
    ...extra,
  });
}

export const IMAGE_PRODUCT = { '@id': 'pkg:oci/model-server?repository_url=ghcr.io%2Facme%2Fmodel-server' };
