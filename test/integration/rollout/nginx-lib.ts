// A real nginx master of the test's own (Debian's nginx, which scripts/builders.sh installs; the
// system's service is never started): a prefix folder with its main config, pid file, logs and temp
// folders, listening on a free port of 127.0.0.1, with the managed snippet included inside http {}.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { which } from '../../../src/common/which.js';

// The server block a production config would have in front of the upstream: HTTP/1.1 with
// keepalive to the revisions, and no keepalive to clients. A graceful reload closes the old
// workers' idle client connections at once, and a keepalive client whose next request is already
// on its way sees a reset: measured with this same load, 126 of 20 000 requests failed over 14
// reloads with nginx's default keepalive_timeout, 0 of 40 000 over 40 reloads with 0.
export const PROXY_SERVER = `
    keepalive_timeout 0;
    location / {
      proxy_pass http://model-cd;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }`;

export interface NginxSetup {
  /** The directives inside `server {}` after its listen line, e.g. a location with proxy_pass. */
  server: string;
  /** More directives at http level (e.g. keepalive_timeout). */
  http?: string;
  /** The snippet's first bytes: nginx starts only with the upstream its server block names. */
  snippet: string;
  workers?: number;
}

export interface Nginx {
  port: number;
  url: string;
  prefix: string;
  mainConfig: string;
  snippetPath: string;
  pidFile: string;
  /** The nginx program and its fixed arguments, as the router takes them. */
  command: string[];
  errorLog(): string;
  stop(): Promise<void>;
}

export function needNginx(): string {
  const path = which('nginx', process.env) ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null);
  if (!path) throw new Error('nginx is not installed: run bash scripts/builders.sh (npm test does)');
  return path;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

// A process that has exited but is not reaped yet (state Z) counts as gone.
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

export async function startNginx(setup: NginxSetup): Promise<Nginx> {
  const n = await prepareNginx(setup);
  writeFileSync(n.snippetPath, setup.snippet);
  await n.start();
  return n;
}

/** The prefix and main config of an nginx not started yet, without the snippet (mode `init` writes it). */
export async function prepareNginx(setup: Omit<NginxSetup, 'snippet'>): Promise<Nginx & { start(): Promise<void> }> {
  const nginx = needNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'model-cd-nginx-'));
  const port = await freePort();
  const mainConfig = join(prefix, 'nginx.conf');
  const snippetPath = join(prefix, 'model-cd.conf');
  const pidFile = join(prefix, 'nginx.pid');
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'tmp', d), { recursive: true });
  writeFileSync(
    mainConfig,
    `worker_processes ${setup.workers ?? 2};
pid ${pidFile};
error_log ${join(prefix, 'error.log')} notice;
events { worker_connections 1024; }
http {
  access_log ${join(prefix, 'access.log')};
  client_body_temp_path ${join(prefix, 'tmp', 'body')};
  proxy_temp_path ${join(prefix, 'tmp', 'proxy')};
  fastcgi_temp_path ${join(prefix, 'tmp', 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'tmp', 'uwsgi')};
  scgi_temp_path ${join(prefix, 'tmp', 'scgi')};
  include ${snippetPath};
${setup.http ?? ''}
  server {
    listen 127.0.0.1:${port};
${setup.server}
  }
}
`,
  );
  const command = [nginx, '-p', prefix, '-c', mainConfig];
  const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  const start = async () => {
    execFileSync(nginx, [...command.slice(1)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const deadline = Date.now() + 10_000;
    while (!existsSync(pidFile)) {
      if (Date.now() > deadline) throw new Error(`nginx wrote no pid file within 10 s: ${errorLog()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    start,
    port,
    url: `http://127.0.0.1:${port}`,
    prefix,
    mainConfig,
    snippetPath,
    pidFile,
    command,
    errorLog,
    stop: async () => {
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;
      if (pid > 0 && alive(pid)) {
        process.kill(pid, 'SIGTERM');
        const end = Date.now() + 10_000;
        while (alive(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
