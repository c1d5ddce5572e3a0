// The files of the scan test images: just enough of a Debian 12 and an Alpine 3.20 root file
// system for trivy and grype to find the OS and its packages (os-release, the dpkg and apk
// databases), and the Python and npm metadata they read installed packages from. The package
// versions are the ones test/setup/scan/advisories.json is written against; no binaries.

/** One installed package as the image holds it, and the test advisories it is affected by. */
export interface ScanPackage {
  name: string;
  version: string;
  /** The purl type: deb, apk, pypi, npm. */
  type: 'deb' | 'apk' | 'pypi' | 'npm';
  /** The source package advisories are keyed by (dpkg's Source:, apk's origin); the name when it has none. */
  source: string;
  /** The file the package is read from, absolute; null for OS packages (the package database). */
  path: string | null;
  /** Which layer brings it. */
  layer: 'base' | 'app';
  /** IDs from advisories.json that apply to this version. */
  advisories: string[];
}

export interface ImageFiles {
  /** Image path (relative, "/"-separated) to content, per layer, base first. */
  layers: { role: 'base' | 'app'; files: Record<string, string> }[];
  packages: ScanPackage[];
}

const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

interface Deb {
  name: string;
  version: string;
  source?: string;
  arch: string;
  description: string;
  advisories: string[];
}

function dpkgStatus(debs: Deb[]): string {
  return debs
    .map((d) =>
      [
        `Package: ${d.name}`,
        'Status: install ok installed',
        'Priority: optional',
        'Section: libs',
        'Installed-Size: 1024',
        'Maintainer: model-cd tests <tests@model-cd.invalid>',
        `Architecture: ${d.arch}`,
        ...(d.source ? [`Source: ${d.source}`] : []),
        `Version: ${d.version}`,
        `Description: ${d.description}`,
        ' A package entry written for model-cd scan tests.',
        '',
      ].join('\n'),
    )
    .join('\n');
}

const TZDATA: Deb = { name: 'tzdata', version: '2024a-0+deb12u1', arch: 'all', description: 'time zone and daylight-saving time data', advisories: [] };

const DEBIAN_BASE: Deb[] = [
  { name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc', arch: 'amd64', description: 'GNU C Library: Shared libraries', advisories: ['CVE-2099-0003'] },
  { name: 'openssl', version: '3.0.11-1~deb12u2', arch: 'amd64', description: 'Secure Sockets Layer toolkit - cryptographic utility', advisories: ['CVE-2099-0001'] },
  TZDATA,
  { name: 'zlib1g', version: '1:1.2.13.dfsg-1', source: 'zlib', arch: 'amd64', description: 'compression library - runtime', advisories: ['CVE-2099-0002'] },
];

function debianBase(debs: Deb[]): Record<string, string> {
  return {
    'etc/os-release': DEBIAN_OS_RELEASE,
    // trivy tells Debian by this file (its os-release analyzer does not know ID=debian).
    'etc/debian_version': '12.5\n',
    'var/lib/dpkg/status': dpkgStatus(debs),
  };
}

const debPackages = (debs: Deb[]): ScanPackage[] =>
  debs.map((d) => ({ name: d.name, version: d.version, type: 'deb', source: d.source ?? d.name, path: null, layer: 'base', advisories: d.advisories }));

const SITE = 'usr/local/lib/python3.11/site-packages';

function distInfo(name: string, version: string, summary: string): Record<string, string> {
  const dir = `${SITE}/${name.toLowerCase()}-${version}.dist-info`;
  return {
    [`${dir}/METADATA`]: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: ${summary}\nLicense: BSD-3-Clause\n\n`,
    [`${dir}/INSTALLER`]: 'pip\n',
  };
}

function nodePackage(name: string, version: string): Record<string, string> {
  return { [`app/node_modules/${name}/package.json`]: `${JSON.stringify({ name, version, license: 'MIT', main: 'index.js' }, null, 2)}\n` };
}

const NPM = [
  { name: 'lodash', version: '4.17.15', advisories: ['CVE-2099-0301'] },
  { name: 'minimist', version: '1.2.5', advisories: ['CVE-2099-0302'] },
];

function appLock(): Record<string, string> {
  const deps = Object.fromEntries(NPM.map((p) => [p.name, p.version]));
  const app = { name: 'scan-app', version: '1.0.0', private: true, dependencies: deps };
  const lock = {
    name: 'scan-app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'scan-app', version: '1.0.0', dependencies: deps },
      ...Object.fromEntries(NPM.map((p) => [`node_modules/${p.name}`, { version: p.version, license: 'MIT' }])),
    },
  };
  return { 'app/package.json': `${JSON.stringify(app, null, 2)}\n`, 'app/package-lock.json': `${JSON.stringify(lock, null, 2)}\n` };
}

export function debianFiles(): ImageFiles {
  return {
    layers: [
      { role: 'base', files: debianBase(DEBIAN_BASE) },
      {
        role: 'app',
        files: {
          ...distInfo('requests', '2.19.0', 'Python HTTP for Humans.'),
          ...distInfo('flask', '2.2.0', 'A simple framework for building complex web applications.'),
          ...NPM.reduce((all, p) => ({ ...all, ...nodePackage(p.name, p.version) }), {}),
          ...appLock(),
        },
      },
    ],
    packages: [
      ...debPackages(DEBIAN_BASE),
      { name: 'requests', version: '2.19.0', type: 'pypi', source: 'requests', path: `/${SITE}/requests-2.19.0.dist-info/METADATA`, layer: 'app', advisories: ['CVE-2099-0201'] },
      { name: 'flask', version: '2.2.0', type: 'pypi', source: 'flask', path: `/${SITE}/flask-2.2.0.dist-info/METADATA`, layer: 'app', advisories: ['CVE-2099-0202'] },
      ...NPM.map((p): ScanPackage => ({ ...p, type: 'npm', source: p.name, path: `/app/node_modules/${p.name}/package.json`, layer: 'app' })),
      // The app's own package.json: trivy and grype both list it as an npm package (no advisory names it).
      { name: 'scan-app', version: '1.0.0', type: 'npm', source: 'scan-app', path: '/app/package.json', layer: 'app', advisories: [] },
    ],
  };
}

export function cleanFiles(): ImageFiles {
  return { layers: [{ role: 'base', files: debianBase([TZDATA]) }], packages: debPackages([TZDATA]) };
}

const ALPINE_OS_RELEASE = `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.3
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;

interface Apk {
  name: string;
  version: string;
  description: string;
  license: string;
  advisories: string[];
}

const APKS: Apk[] = [
  { name: 'busybox', version: '1.36.1-r28', description: 'Size optimized toolbox of many common UNIX utilities', license: 'GPL-2.0-only', advisories: ['CVE-2099-0101'] },
  { name: 'musl', version: '1.2.5-r0', description: 'the musl c library (libc) implementation', license: 'MIT', advisories: ['CVE-2099-0102'] },
];

/** lib/apk/db/installed: one paragraph per package; o: is the origin (the aport advisories name). */
function apkInstalled(apks: Apk[]): string {
  return apks
    .map((a) => [`P:${a.name}`, `V:${a.version}`, 'A:x86_64', 'S:100000', 'I:200000', `T:${a.description}`, 'U:https://alpinelinux.org/', `L:${a.license}`, `o:${a.name}`, 'm:model-cd tests <tests@model-cd.invalid>', 't:1700000000', ''].join('\n'))
    .join('\n')
    .concat('\n');
}

export function alpineFiles(): ImageFiles {
  return {
    layers: [{ role: 'base', files: { 'etc/os-release': ALPINE_OS_RELEASE, 'etc/alpine-release': '3.20.3\n', 'lib/apk/db/installed': apkInstalled(APKS) } }],
    packages: APKS.map((a) => ({ name: a.name, version: a.version, type: 'apk', source: a.name, path: null, layer: 'base', advisories: a.advisories })),
  };
}
