// `model-cd serve` (and dist/serve/index.js, the runtime layer of a serving image): flags and the
// environment -> serve() -> JSON log lines on stdout until SIGTERM or SIGINT. A user mistake is one
// `error:` line on stderr and exit 1 (2 for a bad flag), never a stack trace.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../common/errors.js';
import { VERSION } from '../common/version.js';
import { runnerOrtOptions } from '../evaluate/runtime/onnxruntime.js';
import { parseServeFlags, serveHelp } from '../serve/options.js';
import { serve } from '../serve/serve.js';
import type { Log } from '../serve/server.js';

const log: Log = (level, msg, fields = {}) => {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n');
};

export async function serveCommand(args: string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(serveHelp(VERSION));
    return 0;
  }
  if (args[0] === 'healthcheck') return healthcheck(args.slice(1), env);
  let options;
  try {
    options = parseServeFlags(args, env);
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    process.stderr.write(`error: ${e.message}\n`);
    return 2;
  }
  const ort = runnerOrtOptions(env, options.onnxruntimePath || besideBundle(), process.cwd(), (m) => log('info', m));
  let serving;
  try {
    serving = await serve(options, ort, process.cwd(), log);
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    process.stderr.write(`error: ${e.message}\n`);
    return 1;
  }
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      // Kubernetes sends SIGTERM once and SIGKILL later: a repeat changes nothing, except a second
      // Ctrl-C, which a person means as "now".
      if (stopping) {
        if (signal === 'SIGINT') process.exit(130);
        return;
      }
      stopping = true;
      log('info', 'shutting down', { signal });
      serving.stop().then(resolve, (e: unknown) => {
        log('error', 'shutdown failed', { error: String(e) });
        resolve();
      });
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
  await stopped;
  log('info', 'stopped');
  return 0;
}

/** The runtime layer puts onnxruntime-node beside the bundle: use it before looking elsewhere. */
function besideBundle(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  return existsSync(join(dir, 'node_modules', 'onnxruntime-node')) ? dir : '';
}

/** For an image's HEALTHCHECK (no curl in it): exit 0 when GET /v2/health/ready answers 200. */
async function healthcheck(args: string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = flag('port') ?? env.PORT ?? '8080';
  const host = flag('host') ?? '127.0.0.1';
  try {
    const res = await fetch(`http://${host}:${port}/v2/health/ready`, { signal: AbortSignal.timeout(3000) });
    await res.body?.cancel();
    if (res.ok) return 0;
    process.stderr.write(`not ready: HTTP ${res.status}\n`);
  } catch (e) {
    process.stderr.write(`not ready: ${(e as Error).message}\n`);
  }
  return 1;
}
