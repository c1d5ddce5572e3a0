// Registry credentials as docker/login-action (and `docker login`) leave them: the docker
// config.json (DOCKER_CONFIG, else ~/.docker), its `auths` entries (base64 user:password) and its
// credential helpers (`credHelpers` per registry, `credsStore` for all), run as
// `docker-credential-<name> get` with the registry on stdin, as docker does.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ServiceError } from '../common/errors.js';
import type { Credentials } from './registry.js';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** The keys docker uses for a registry: the host, and the URL forms older clients wrote. */
const keysFor = (host: string) => [host, `https://${host}`, `http://${host}`, ...(host === 'docker.io' || host === 'index.docker.io' ? ['https://index.docker.io/v1/'] : [])];

export async function dockerCredentials(host: string, env: Readonly<Record<string, string | undefined>>): Promise<Credentials | null> {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as DockerConfig;
  } catch {
    return null;
  }
  const helper = config.credHelpers?.[host] ?? config.credsStore;
  if (helper) {
    const found = await runHelper(helper, host, env);
    if (found) return found;
  }
  for (const key of keysFor(host)) {
    const a = config.auths?.[key];
    if (!a) continue;
    if (a.username && a.password) return { username: a.username, password: a.password };
    if (a.auth) {
      const decoded = Buffer.from(a.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
  }
  return null;
}

function runHelper(name: string, host: string, env: Readonly<Record<string, string | undefined>>): Promise<Credentials | null> {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new ServiceError(`the docker config names the credential helper ${JSON.stringify(name)}, which is not a helper name.`);
  return new Promise((resolve, reject) => {
    const child = execFile(`docker-credential-${name}`, ['get'], { env: env as NodeJS.ProcessEnv, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) {
        // "credentials not found" is an answer, not a failure: fall back to `auths`.
        if (/not found/i.test(`${stdout}${stderr}`)) return resolve(null);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new ServiceError(`the docker config asks for the credential helper docker-credential-${name}, which is not on PATH. Install it, or log in with docker/login-action.`));
        return reject(new ServiceError(`docker-credential-${name} failed for ${host}: ${stderr.trim() || error.message}`));
      }
      try {
        const out = JSON.parse(stdout) as { Username?: string; Secret?: string };
        resolve(out.Username && out.Secret ? { username: out.Username, password: out.Secret } : null);
      } catch {
        reject(new ServiceError(`docker-credential-${name} answered for ${host} with something that is not JSON.`));
      }
    });
    child.stdin?.end(host);
  });
}
