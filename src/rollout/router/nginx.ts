// rollout's nginx provider: the weights live in a snippet the user's config includes inside
// `http {}`; apply() writes it atomically, has `nginx -T` validate the whole config (putting the
// previous bytes back when nginx refuses it), reloads gracefully and resolves once the workers
// that route by the new snippet are the ones accepting connections.
import { isAbsolute, join } from 'node:path';
import { ConfigurationError, ServiceError } from '../../common/errors.js';
import type { TrafficRouter, TrafficState } from '../types.js';
import { LocalHost, SshHost, type Host, type ProcessInfo } from './host.js';
import { checkUpstreamName, parseSnippet, renderSnippet, type SnippetOptions } from './nginx-config.js';

export interface NginxRouterOptions {
  /** The managed snippet; the user's nginx config includes it inside `http {}`. */
  snippet: string;
  /** The upstream's name (`proxy_pass http://<name>;`). Default "model-cd". */
  upstream?: string;
  /** The nginx program and its fixed arguments, e.g. ["nginx", "-p", prefix, "-c", conf]. Default ["nginx"]. */
  command?: string[];
  /** Run everything on this host through the runner's ssh. */
  sshHost?: string;
  /** ssh options before the host (-p, -i, -F, -o ...). */
  sshArgs?: string[];
  /** The master's pid file. Default: a `pid` given with -g in `command`, else the config's `pid`, else /run/nginx.pid. */
  pidFile?: string;
  /** Idle upstream connections per worker. Default 16; 0: none. */
  keepalive?: number;
  /** Seconds nginx keeps an idle upstream connection; below the revisions' own idle timeout. Default 4. */
  keepaliveTimeoutS?: number;
  /** How long apply() waits for the reload to be live. Default 30 000. */
  reloadTimeoutMs?: number;
  /** Where files and commands live; default: this machine, or `sshHost`. A seam for unit tests. */
  host?: Host;
}

const DEFAULT_PID_FILE = '/run/nginx.pid';
const POLL_MS = 50;

export class NginxRouter implements TrafficRouter {
  readonly describe: string;
  private readonly snippet: string;
  private readonly command: string[];
  private readonly host: Host;
  private readonly render: SnippetOptions;
  private readonly pidFile: string | undefined;
  private readonly reloadTimeoutMs: number;

  constructor(o: NginxRouterOptions) {
    if (!isAbsolute(o.snippet)) throw new ConfigurationError('input `nginx-snippet`', o.snippet, 'must be an absolute path: nginx and the router must agree on the file whatever their working directories.');
    this.snippet = o.snippet;
    this.command = o.command?.length ? [...o.command] : ['nginx'];
    const upstream = o.upstream ?? 'model-cd';
    checkUpstreamName(upstream, 'input `nginx-upstream`');
    const keepalive = o.keepalive ?? 16;
    if (!Number.isInteger(keepalive) || keepalive < 0) throw new ConfigurationError('the nginx keepalive', String(keepalive), 'must be a whole number of connections, 0 or more.');
    const keepaliveTimeoutS = o.keepaliveTimeoutS ?? 4;
    if (!Number.isInteger(keepaliveTimeoutS) || keepaliveTimeoutS < 1) throw new ConfigurationError('the nginx keepalive timeout', String(keepaliveTimeoutS), 'must be a whole number of seconds, 1 or more.');
    this.render = { upstream, keepalive, keepaliveTimeoutS };
    this.pidFile = o.pidFile ?? pidFromCommand(this.command);
    this.reloadTimeoutMs = o.reloadTimeoutMs ?? 30_000;
    this.host = o.host ?? (o.sshHost ? new SshHost(o.sshHost, o.sshArgs ?? []) : new LocalHost());
    this.describe = `nginx (${o.sshHost ? `${o.sshHost}:` : ''}${o.snippet})`;
  }

  async read(): Promise<TrafficState | null> {
    const text = await this.host.readFile(this.snippet);
    return text === null ? null : parseSnippet(text, this.snippet, this.render);
  }

  apply(state: TrafficState): Promise<void> {
    return this.write(state, false);
  }

  install(state: TrafficState): Promise<void> {
    return this.write(state, true);
  }

  /** @param mayBeStopped true: a stopped nginx gets the checked file and no reload (it reads it when it starts). */
  private async write(state: TrafficState, mayBeStopped: boolean): Promise<void> {
    // A state nginx must not see is refused before anything is touched.
    const next = renderSnippet(state, this.render);
    const previous = await this.host.readFile(this.snippet);
    await this.host.writeFileAtomic(this.snippet, next);
    const undo = async () => (previous === null ? this.host.removeFile(this.snippet) : this.host.writeFileAtomic(this.snippet, previous));

    // -T: the test of -t, plus the whole config on stdout, where the pid file can be found.
    const test = await this.host.run([...this.command, '-T']);
    if (test.code !== 0) {
      await undo();
      throw new ServiceError(`nginx refused the config with the new snippet ${this.snippet}${this.host.where} (\`${this.command.join(' ')} -t\`); nothing was applied and the previous snippet is back: ${nginxMessage(test.stderr)}`);
    }
    let master: number;
    let before: ProcessInfo[];
    try {
      const pidFile = this.pidFile ?? pidFromDump(test.stdout, this.command) ?? DEFAULT_PID_FILE;
      // A stopped nginx: no pid file, or the empty one `nginx -t` leaves.
      if (mayBeStopped && !(await this.host.readFile(pidFile))?.trim()) return;
      master = await this.masterPid(pidFile);
      before = await this.host.children(master);
      if (mayBeStopped && before.length === 0) return;
      if (before.length === 0) throw new ServiceError(`nginx is not running${this.host.where}: its master ${master} has no worker processes. Start nginx with the snippet included, then rerun.`);
      const reload = await this.host.run([...this.command, '-s', 'reload']);
      if (reload.code !== 0) throw new ServiceError(`\`${this.command.join(' ')} -s reload\` failed${this.host.where}: ${nginxMessage(reload.stderr)}`);
    } catch (e) {
      await undo();
      throw e;
    }
    await this.waitForNewWorkers(master, before);
  }

  private async masterPid(pidFile: string): Promise<number> {
    const text = await this.host.readFile(pidFile);
    if (text === null) throw new ServiceError(`nginx is not running${this.host.where}: its pid file ${pidFile} does not exist. Start nginx with the snippet included (or give the router the pid file it writes), then rerun.`);
    const pid = Number(text.trim());
    if (!Number.isInteger(pid) || pid <= 0) throw new ServiceError(`nginx's pid file ${pidFile}${this.host.where} does not hold a process id: ${JSON.stringify(text.slice(0, 40))}`);
    return pid;
  }

  /**
   * A graceful reload is live once the master has started workers of its own for the new config
   * and every worker from before has stopped accepting: nginx retitles those "worker process is
   * shutting down" while they finish the requests they hold, by the old config.
   */
  private async waitForNewWorkers(master: number, before: ProcessInfo[]): Promise<void> {
    const old = new Set(before.map((p) => p.pid));
    const deadline = Date.now() + this.reloadTimeoutMs;
    for (;;) {
      const now = (await this.host.children(master)).filter((p) => p.title !== '');
      const fresh = now.filter((p) => !old.has(p.pid));
      const stillServing = now.filter((p) => old.has(p.pid) && !p.title.includes('shutting down'));
      if (fresh.length > 0 && stillServing.length === 0) return;
      if (Date.now() > deadline) {
        throw new ServiceError(
          `nginx did not take the new snippet ${this.snippet}${this.host.where} within ${this.reloadTimeoutMs / 1000} s of the reload: ` +
            `its master ${master} still has workers from before it (${stillServing.map((p) => p.pid).join(', ') || 'none'}) and ${fresh.length} new ones. ` +
            'A reload nginx cannot carry out is written to its error log; the snippet on disk is the new one.',
        );
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}

/** nginx's own complaint: its [emerg]/[error] lines, else everything it printed. */
export function nginxMessage(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const serious = lines.filter((l) => /\[(emerg|alert|crit|error)\]/.test(l));
  return (serious.length ? serious : lines).join(' / ') || 'no message';
}

/** The `-p` prefix in the command, which nginx resolves a relative pid path against. */
function prefixOf(command: readonly string[]): string | null {
  const i = command.indexOf('-p');
  return i >= 0 ? (command[i + 1] ?? null) : null;
}

function resolvePid(path: string, command: readonly string[]): string {
  if (isAbsolute(path)) return path;
  const prefix = prefixOf(command);
  if (prefix === null) throw new ConfigurationError('the nginx pid file', path, 'is relative and the nginx command has no -p prefix to resolve it against: give an absolute pid path.');
  return join(prefix, path);
}

const PID = /(?:^|;)\s*pid\s+([^;\s]+)\s*;/m;

/** A `pid` among the -g directives of the command (they override the config's). */
export function pidFromCommand(command: readonly string[]): string | undefined {
  for (let i = 0; i < command.length - 1; i++) {
    if (command[i] !== '-g') continue;
    const m = PID.exec(command[i + 1] as string);
    if (m) return resolvePid(m[1] as string, command);
  }
  return undefined;
}

/** The `pid` directive of the configuration `nginx -T` printed (it lives in the main context only). */
export function pidFromDump(dump: string, command: readonly string[]): string | undefined {
  for (const line of dump.split('\n')) {
    const m = /^\s*pid\s+([^;\s]+)\s*;/.exec(line);
    if (m) return resolvePid(m[1] as string, command);
  }
  return undefined;
}
