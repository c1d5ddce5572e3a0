// Root filesystems laid out the way test/setup/scan/images.ts builds its images (the same package
// files and versions), for scanning a test database with `grype dir:` without building an image.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

async function put(root: string, path: string, text: string): Promise<void> {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

function dpkgEntry(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
}

/** Debian 12 with openssl, zlib1g (source zlib), libc6 (source glibc), tzdata; requests, flask; lodash, minimist. */
export async function layDebianRootfs(root: string): Promise<void> {
  await put(
    root,
    'etc/os-release',
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n',
  );
  const packages: Record<string, string>[] = [
    { Package: 'openssl', Version: '3.0.11-1~deb12u2', Architecture: 'amd64' },
    { Package: 'zlib1g', Source: 'zlib', Version: '1:1.2.13.dfsg-1', Architecture: 'amd64' },
    { Package: 'libc6', Source: 'glibc', Version: '2.36-9+deb12u4', Architecture: 'amd64' },
    { Package: 'tzdata', Version: '2024a-0+deb12u1', Architecture: 'all' },
  ];
  await put(
    root,
    'var/lib/dpkg/status',
    packages
      .map(({ Package = '', ...rest }) => dpkgEntry({ Package, Status: 'install ok installed', ...rest, Description: `${Package} (test)` }))
      .join('\n'),
  );
  for (const [name, version] of [
    ['requests', '2.19.0'],
    ['flask', '2.2.0'],
  ] as const) {
    await put(
      root,
      `usr/local/lib/python3.11/site-packages/${name}-${version}.dist-info/METADATA`,
      `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`,
    );
  }
  const npm = { lodash: '4.17.15', minimist: '1.2.5' };
  const lock: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies: npm } };
  for (const [name, version] of Object.entries(npm)) {
    await put(root, `app/node_modules/${name}/package.json`, JSON.stringify({ name, version }));
    lock[`node_modules/${name}`] = { version };
  }
  await put(root, 'app/package-lock.json', JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: lock }));
}

/** Alpine 3.20 with busybox 1.36.1-r28 and musl 1.2.5-r0. */
export async function layAlpineRootfs(root: string): Promise<void> {
  await put(root, 'etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n');
  const apk = [
    ['busybox', '1.36.1-r28', 'GPL-2.0-only'],
    ['musl', '1.2.5-r0', 'MIT'],
  ]
    .map(([name, version, license]) => `P:${name}\nV:${version}\nA:x86_64\no:${name}\nL:${license}\n`)
    .join('\n');
  await put(root, 'lib/apk/db/installed', `${apk}\n`);
}
