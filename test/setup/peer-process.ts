// A server process under test (MLflow's scoring server, the Flask peer): started in its own process
// group on a free loopback port, ready once GET <readyPath> answers 200, stopped as a group.
import { spawn, type ChildProcess } from 'node:child_process';
import { closedPort } from '../integration/closed-port.js';

export interface PeerProcess {
  url: string;
  /** SIGTERM to the whole group (SIGKILL after 10 s); resolves when the process has exited. */
  stop(): Promise<void>;
}

export interface PeerSpec {
  /** Shown in errors, e.g. "mlflow models serve -m <dir>". */
  label: string;
  command: string;
  /** The arguments for a port (the port is picked free for each attempt). */
  args(port: number): string[];
  env?: NodeJS.ProcessEnv;
  readyPath: string;
  timeoutMs: number;
}

const tail = (text: string, lines = 20) => text.trimEnd().split('\n').slice(-lines).join('\n');

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        // detached: the process and what it execs or forks share one process group.
        process.kill(-(child.pid as number), signal);
      } catch {
        /* already gone */
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    kill('SIGTERM');
  });
}

async function startOnce(spec: PeerSpec): Promise<PeerProcess | 'port-taken'> {
  const port = await closedPort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(spec.command, spec.args(port), { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: spec.env ?? process.env });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let gone: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      gone = signal ?? `code ${code}`;
      resolve();
    }),
  );
  child.once('error', (error) => {
    gone = error.message;
  });

  const deadline = Date.now() + spec.timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== undefined) {
      if (/address already in use/i.test(output)) return 'port-taken';
      throw new Error(`${spec.label} exited (${gone}) before GET ${spec.readyPath} answered:\n${tail(output)}`);
    }
    try {
      const res = await fetch(url + spec.readyPath, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return { url, stop: () => stopGroup(child) };
    } catch {
      /* not listening yet */
    }
    await Promise.race([new Promise((r) => setTimeout(r, 200)), exited]);
  }
  await stopGroup(child);
  throw new Error(`${spec.label} did not answer GET ${url}${spec.readyPath} with 200 within ${spec.timeoutMs / 1000}s:\n${tail(output)}`);
}

export async function startPeerProcess(spec: PeerSpec): Promise<PeerProcess> {
  // A free port can be taken between probing it and the server binding it: try another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = await startOnce(spec);
    if (started !== 'port-taken') return started;
  }
  throw new Error(`${spec.label}: three free ports in a row were taken before it could bind one`);
}
