// Runs the lint-dockerfile action the way a runner does, through act on the host
// platform (no containers, no image pulls, no network), against a temporary copy of
// the repository holding only what a checkout of it would give the action.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = path.join(root, 'test/e2e/fixtures/act-lint.yml');
const composite = path.join(root, 'test/e2e/fixtures/act-composite.yml');
const example = path.join(root, 'examples/workflows/lint-dockerfile.yml');
const bundle = path.join(root, 'dist/lint-dockerfile/index.js');
const SETUP = 'run `bash scripts/setup-tools.sh` and put `bash scripts/setup-tools.sh --path` on PATH';

// act builds and runs a whole job; a generous bound, not a timing assertion.
const ACT_TIMEOUT_MS = 180_000;

const CLEAN = ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY serve.py .', 'USER 10001', 'CMD ["python", "serve.py"]', ''].join('\n');
// DL3000 (relative WORKDIR) is an error in hadolint, so it fails at any threshold.
const BROKEN = CLEAN.replace('WORKDIR /app', 'WORKDIR app');
const STUB_RAN = 'upload-sarif stub ran';

interface Run {
  code: number;
  log: string;
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
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

let work: string;
let act: string;
let node24Dir: string;
let count = 0;

beforeAll(async () => {
  const found = await onPath('act');
  if (!found) throw new Error(`act is not on PATH: ${SETUP}`);
  act = found;
  const node24 = (await run('bash', [path.join(root, 'scripts/setup-tools.sh'), '--node24'])).log.trim();
  if (!(await isExecutable(node24))) throw new Error(`Node 24 is not installed at ${node24}: ${SETUP}`);
  node24Dir = path.dirname(node24);
  await access(bundle).catch(() => {
    throw new Error(`${path.relative(root, bundle)} is missing: run \`npm run build\``);
  });
  work = await mkdtemp(path.join(tmpdir(), 'model-cd-act-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

// A git repository is what act reads the github context (sha, ref) from.
async function makeRepo(workflow: string, dockerfile: string): Promise<{ repo: string; home: string; cache: string }> {
  const base = path.join(work, String(count++));
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
  await writeFile(path.join(repo, 'Dockerfile'), dockerfile);
  const git = ['-c', 'user.name=model-cd test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false'];
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'fixture']]) {
    const result = await run('git', [...git, ...args], { cwd: repo, env: isolatedEnv(home) });
    if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.log}`);
  }
  return { repo, home, cache };
}

// The outer environment minus anything of a runner act may be running inside, with
// its own HOME (no user .actrc or git config) and Node 24 first, so act runs
// `using: node24` actions with the Node they declare.
function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_)/.test(key)) env[key] = value;
  }
  return { ...env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', PATH: `${node24Dir}${path.delimiter}${process.env.PATH ?? ''}` };
}

async function runAct(repo: string, home: string, cache: string, workflow: string): Promise<Run> {
  const args = [
    'push',
    '--directory', repo,
    '--workflows', path.join(repo, '.github/workflows', path.basename(workflow)),
    // `-self-hosted` runs the steps on this machine: no container, nothing to pull.
    '--platform', 'ubuntu-latest=-self-hosted',
    '--pull=false',
    '--container-daemon-socket', '-',
    // Remote actions come only from this cache; act never fetches one.
    '--action-offline-mode',
    '--action-cache-path', cache,
    '--no-cache-server',
  ];
  const result = await run(act, args, { cwd: repo, env: isolatedEnv(home) });
  return { ...result, log: `$ act ${args.join(' ')}\n${result.log}` };
}

describe('lint-dockerfile under act', () => {
  it(
    'runs through the root composite action and passes its outputs on',
    async () => {
      const clean = await makeRepo(composite, CLEAN);
      const ok = await runAct(clean.repo, clean.home, clean.cache, composite);
      expect(ok.log).toMatch(/composite-report errors=0 sarif=sarif/);
      expect(ok.code, ok.log).toBe(0);
      const broken = await makeRepo(composite, BROKEN);
      const failed = await runAct(broken.repo, broken.home, broken.cache, composite);
      expect(failed.log).toContain('DL3000');
      expect(failed.log).toMatch(/composite-report errors=1 /);
      expect(failed.code).not.toBe(0);
    },
    ACT_TIMEOUT_MS,
  );

  it(
    'passes a clean Dockerfile under Node 24 and sets errors=0',
    async () => {
      const { repo, home, cache } = await makeRepo(fixture, CLEAN);
      const result = await runAct(repo, home, cache, fixture);
      expect(result.log).toMatch(/Success - Main \.\/actions\/lint-dockerfile/);
      expect(result.log).toMatch(/act-report errors=0 node=v24\./);
      expect(result.log).toMatch(/Job succeeded/);
      expect(result.code, result.log).toBe(0);
    },
    ACT_TIMEOUT_MS,
  );

  it(
    'fails the step, the job and act on an error finding, naming the rule',
    async () => {
      const { repo, home, cache } = await makeRepo(fixture, BROKEN);
      const result = await runAct(repo, home, cache, fixture);
      expect(result.log).toMatch(/Failure - Main \.\/actions\/lint-dockerfile/);
      expect(result.log).toContain('DL3000');
      expect(result.log).toMatch(/act-report errors=[1-9]\d* node=v24\./);
      expect(result.log).toMatch(/Job failed/);
      expect(result.code, result.log).not.toBe(0);
    },
    ACT_TIMEOUT_MS,
  );

  it(
    'runs the example workflow and skips its SARIF upload under act',
    async () => {
      const { repo, home, cache } = await makeRepo(example, BROKEN);
      await stubUploadSarif(cache);
      const result = await runAct(repo, home, cache, example);
      expect(result.log).toMatch(/Failure - Main \.\/actions\/lint-dockerfile/);
      expect(result.log).toContain('DL3000');
      // The lint step failed, so only the `!env.ACT` guard keeps the upload from running.
      expect(result.log).not.toContain(STUB_RAN);
      expect(result.log).not.toMatch(/Main github\/codeql-action\/upload-sarif/);
      expect(result.code, result.log).not.toBe(0);
    },
    ACT_TIMEOUT_MS,
  );
});

// act clones every remote action before looking at its step's `if:`, and with
// --action-offline-mode it uses a clone already in its cache without fetching. This
// puts a local stand-in there, under the commit the example pins (as a tag, which
// is how act resolves it), so the example runs with no network; the stand-in fails
// loudly if the guarded step ever runs.
async function stubUploadSarif(cache: string): Promise<void> {
  const text = await readFile(example, 'utf8');
  const uses = /uses:\s*(github\/codeql-action\/upload-sarif@([0-9a-f]{40}))/.exec(text);
  if (!uses) throw new Error('examples/workflows/lint-dockerfile.yml has no SHA-pinned upload-sarif step');
  const [, spec, sha] = uses;
  // act names the clone after the `uses:` value with each `/` made `-`.
  const dir = path.join(cache, spec.replaceAll('/', '-'));
  await mkdir(path.join(dir, 'upload-sarif'), { recursive: true });
  await writeFile(
    path.join(dir, 'upload-sarif/action.yml'),
    'name: upload-sarif stub\ndescription: must never run under act\nruns:\n  using: node24\n  main: stub.mjs\n',
  );
  await writeFile(path.join(dir, 'upload-sarif/stub.mjs'), `console.log(${JSON.stringify(STUB_RAN)});\nprocess.exit(1);\n`);
  const git = ['-c', 'user.name=model-cd test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false'];
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'stub'], ['tag', sha]]) {
    const result = await run('git', [...git, ...args], { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
    if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.log}`);
  }
}
