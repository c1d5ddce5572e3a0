// What the benchmarks share: the repository root, `--name value` options, the local services'
// addresses, random model files, sizes, medians.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(fileURLToPath(import.meta.url), '..', '..');

const args = process.argv.slice(2);

/** The value after `--name` on the command line, else `def`. */
export function opt(name, def) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
}

/**
 * Starts `service` of scripts/services.sh (a no-op when it runs) and returns the `export` lines of
 * its `env` as an object, checking that each of `required` is there.
 */
export function servicesEnv(service, required) {
  const script = join(root, 'scripts', 'services.sh');
  const start = spawnSync('bash', [script, 'start', service], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (start.status !== 0) throw new Error(`scripts/services.sh start ${service} exited ${start.status}`);
  const r = spawnSync('bash', [script, 'env', service], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/services.sh env ${service} exited ${r.status}: ${r.stderr}`);
  const out = {};
  for (const m of r.stdout.matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)) out[m[1]] = m[2].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  for (const k of required) if (!out[k]) throw new Error(`scripts/services.sh env ${service} printed no ${k}`);
  return out;
}

/** Writes `bytes` random bytes to `file` in 8 MiB chunks (random, so gzip cannot shrink them); returns their sha256. */
export function writeRandom(file, bytes) {
  const h = createHash('sha256');
  const fd = openSync(file, 'w');
  try {
    for (let left = bytes; left > 0; ) {
      const chunk = randomBytes(Math.min(left, 8 << 20));
      h.update(chunk);
      writeSync(fd, chunk);
      left -= chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

/** `--size` values: bytes, or e.g. 256MiB, 1GiB, 1.5GB. */
export function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)?$/i.exec(String(s).trim());
  if (!m) throw new Error(`--size ${s}: expected bytes or e.g. 256MiB, 1GiB`);
  const units = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
  return Math.round(Number(m[1]) * units[(m[2] ?? 'b').toLowerCase()]);
}

export function fmtSize(n) {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2).replace(/\.00$/, '')} GiB` : `${(n / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MiB`;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const lastLine = (s) => s.trim().split('\n').at(-1);
