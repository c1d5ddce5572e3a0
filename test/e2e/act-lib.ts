// Runs workflows through act on the host platform (no containers, no image pulls, no network),
// each in a temporary git repository holding what a checkout of this one gives an action: the
// action.yml files, dist/ and package.json. Shared by the act tests.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const SETUP = 'run `bash scripts/setup-tools.sh` and put `bash scripts/setup-tools.sh --path` on PATH';

// act builds and runs a whole job; a generous bound, not a timing assertion.
export const ACT_TIMEOUT_MS = 180_000;

export interface Run {
  code: number;
  log: string;
}

export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { ...opts, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, log: `${stdout}\n${stderr}${error && typeof error.code !== 'number' ? `\n${error.message}` : ''}` });
    });
  });
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function onPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    if (await isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

export interface ActRepo {
  repo: string;
  home: string;
  /** act's action cache: remote actions come only from here. */
  cache: string;
}

/** act, Node 24 and a scratch folder; call once per test file (beforeAll) and clean up with `dispose`. */
export class ActWorld {
  private count = 0;

  private constructor(
    readonly act: string,
    private readonly node24Dir: string,
    private readonly work: string,
  ) {}

  static async create(bundles: string[]): Promise<ActWorld> {
    const act = await onPath('act');
    if (!act) throw new Error(`act is not on PATH: ${SETUP}`);
    const node24 = (await run('bash', [path.join(root, 'scripts/setup-tools.sh'), '--node24'])).log.trim();
    if (!(await isExecutable(node24))) throw new Error(`Node 24 is not installed at ${node24}: ${SETUP}`);
    for (const bundle of bundles) {
      await access(path.join(root, bundle)).catch(() => {
        throw new Error(`${bundle} is missing: run \`npm run build\``);
      });
    }
    return new ActWorld(act, path.dirname(node24), await mkdtemp(path.join(tmpdir(), 'model-cd-act-')));
  }

  async dispose(): Promise<void> {
    await rm(this.work, { recursive: true, force: true });
  }

  /** A git repository (what act reads the github context from) with the workflow and `files`, committed on main. */
  async makeRepo(workflow: string, files: Record<string, string | Buffer>): Promise<ActRepo> {
    const base = path.join(this.work, String(this.count++));
    const repo = path.join(base, 'repo');
    const home = path.join(base, 'home');
    const cache = path.join(base, 'act-cache');
    await mkdir(path.join(repo, '.github/workflows'), { recursive: true });
    await mkdir(home);
    await mkdir(cache);
    // package.json comes along because it tells node how to load the bundle (ESM or not).
    for (const entry of ['action.yml', 'actions', 'dist', 'package.json']) {
      await cp(path.join(root, entry), path.join(repo, entry), { recursive: true });
    }
    await cp(workflow, path.join(repo, '.github/workflows', path.basename(workflow)));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
      await writeFile(path.join(repo, name), text);
    }
    const git = ['-c', 'user.name=model-cd test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false'];
    for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'fixture']]) {
      const result = await run('git', [...git, ...args], { cwd: repo, env: this.isolatedEnv(home) });
      if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.log}`);
    }
    return { repo, home, cache };
  }

  // The outer environment minus anything of a runner act may be running inside, with its own
  // HOME (no user .actrc or git config) and Node 24 first, so act runs `using: node24` actions
  // with the Node they declare.
  isolatedEnv(home: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|MLFLOW_)/.test(key)) env[key] = value;
    }
    return { ...env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', PATH: `${this.node24Dir}${path.delimiter}${process.env.PATH ?? ''}` };
  }

  /** `act push` on the workflow; `extra` adds flags such as `--var NAME=value`. */
  async runAct(r: ActRepo, workflow: string, extra: string[] = []): Promise<Run> {
    const args = [
      'push',
      '--directory', r.repo,
      '--workflows', path.join(r.repo, '.github/workflows', path.basename(workflow)),
      // `-self-hosted` runs the steps on this machine: no container, nothing to pull.
      '--platform', 'ubuntu-latest=-self-hosted',
      '--pull=false',
      '--container-daemon-socket', '-',
      // Remote actions come only from this cache; act never fetches one.
      '--action-offline-mode',
      '--action-cache-path', r.cache,
      '--no-cache-server',
      ...extra,
    ];
    const result = await run(this.act, args, { cwd: r.repo, env: this.isolatedEnv(r.home) });
    return { ...result, log: `$ act ${args.join(' ')}\n${result.log}` };
  }
}

/**
 * act clones every remote action before looking at its step's `if:`, and with
 * --action-offline-mode it uses a clone already in its cache without fetching. This puts a local
 * stand-in there for each SHA-pinned remote action the workflow uses (actions/checkout aside, which
 * act runs itself), under the commit pinned (as a tag, which is how act resolves it), so the
 * workflow runs with no network; a stand-in prints `marker` and fails if its guarded step ever runs.
 */
export async function stubRemoteActions(cache: string, workflow: string, marker: string): Promise<void> {
  const text = await readFile(workflow, 'utf8');
  const specs = new Set([...text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40})/g)].map((m) => m[1] as string));
  for (const spec of specs) {
    if (spec.startsWith('actions/checkout@')) continue;
    const [name, sha] = spec.split('@') as [string, string];
    // act names the clone after the `uses:` value with each `/` made `-`; a sub-action is a folder in it.
    const dir = path.join(cache, spec.replaceAll('/', '-'));
    const sub = path.join(dir, ...name.split('/').slice(2));
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 'action.yml'), `name: ${name} stub\ndescription: must never run under act\nruns:\n  using: node24\n  main: stub.mjs\n`);
    await writeFile(path.join(sub, 'stub.mjs'), `console.log(${JSON.stringify(marker)});\nprocess.exit(1);\n`);
    const git = ['-c', 'user.name=model-cd test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false'];
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'stub'], ['tag', sha]]) {
      const result = await run('git', [...git, ...args], { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
      if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.log}`);
    }
  }
}
