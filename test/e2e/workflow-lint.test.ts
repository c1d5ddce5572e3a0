// Every workflow and action this repository ships or runs passes actionlint and
// zizmor with zero findings: users copy them, so their mistakes would become ours.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SETUP = 'run `bash scripts/setup-tools.sh` and put `bash scripts/setup-tools.sh --path` on PATH';
// Both tools are quick; the bound only keeps a hang from stalling the suite.
const TOOL_TIMEOUT_MS = 60_000;

interface Run {
  code: number;
  log: string;
}

function run(cmd: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, log: `$ ${cmd} ${args.join(' ')}\n${stdout}\n${stderr}` });
    });
  });
}

async function requireTool(name: string): Promise<string> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    const ok = await access(file, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return file;
  }
  throw new Error(`${name} is not on PATH: ${SETUP}`);
}

// Repo-relative `dir/*.yml` (and .yaml); a folder that does not exist yet holds none.
async function yamlIn(dir: string): Promise<string[]> {
  const names = await readdir(path.join(root, dir)).catch(() => [] as string[]);
  return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => path.posix.join(dir, n)).sort();
}

async function exists(file: string): Promise<boolean> {
  return access(path.join(root, file)).then(
    () => true,
    () => false,
  );
}

async function workflows(): Promise<string[]> {
  return [
    ...(await yamlIn('.github/workflows')),
    ...(await yamlIn('examples/workflows')),
    ...(await yamlIn('test/e2e/fixtures')),
  ];
}

async function actions(): Promise<string[]> {
  const dirs = await readdir(path.join(root, 'actions')).catch(() => [] as string[]);
  const files = ['action.yml', ...dirs.sort().map((d) => `actions/${d}/action.yml`)];
  const found: string[] = [];
  for (const file of files) if (await exists(file)) found.push(file);
  return found;
}

describe('workflow and action lint', () => {
  it(
    'actionlint finds nothing in the workflows',
    async () => {
      const actionlint = await requireTool('actionlint');
      const files = await workflows();
      expect(files.length).toBeGreaterThan(0);
      // actionlint checks workflows only; it reads the local actions they use to
      // check their inputs, and runs shellcheck on `run:` scripts when on PATH.
      const result = await run(actionlint, ['-no-color', ...files]);
      expect(result.code, result.log).toBe(0);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'zizmor finds nothing in the workflows and actions',
    async () => {
      const zizmor = await requireTool('zizmor');
      const files = [...(await workflows()), ...(await actions())];
      expect(files).toContain('actions/lint-dockerfile/action.yml');
      // --offline: no network here; the online audits (impostor commits, known
      // vulnerable actions) need the GitHub API.
      const result = await run(zizmor, ['--offline', '--no-progress', '--color', 'never', '--strict-collection', ...files]);
      expect(result.code, result.log).toBe(0);
      // zizmor reports each input it audited; a file it skipped would pass unseen.
      for (const file of files) expect(result.log, result.log).toContain(`completed ${file}`);
    },
    TOOL_TIMEOUT_MS,
  );
});
