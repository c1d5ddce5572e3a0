// Pinning `torch==2.3.1` pins one package: its dependency tree (numpy, the CUDA wheels, tokenizers,
// protobuf, ...) still resolves anew on every build. Hashes or a constraints/lock file fix the tree.
import type { Instruction } from '../../dockerfile/model.js';
import { parsePairs } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { dropFlagArg, getArgs, getArgsNoFlags, hasAnyFlag, isPipInstall, type Command } from '../../shell/commands.js';
import { stagesOf } from './util.js';

export const ML_FRAMEWORKS = [
  'torch',
  'torchvision',
  'torchaudio',
  'tensorflow',
  'tensorflow-cpu',
  'tensorflow-gpu',
  'keras',
  'jax',
  'jaxlib',
  'onnxruntime',
  'onnxruntime-gpu',
  'transformers',
  'sentence-transformers',
  'vllm',
  'xgboost',
  'lightgbm',
  'catboost',
  'scikit-learn',
];

/** A requirement's project name, normalised as PyPI does (`Scikit_Learn[x]>=1` -> `scikit-learn`). */
const projectName = (req: string): string => (req.split(/[[<>=!~;@\s]/)[0] as string).toLowerCase().replace(/[-_.]+/g, '-');

/** pip options whose value is a separate word, as hadolint DL3013 lists them. */
const DL3013_VALUE_FLAGS = [
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation',
  'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root',
  'root-user-action', 'src', 't', 'target', 'trusted-host', 'upgrade-strategy',
];
/** Those plus requirement and constraint files, and uv's `--index-strategy` and `-p`. */
const VALUE_FLAGS = [...DL3013_VALUE_FLAGS, 'r', 'requirement', 'c', 'constraint', 'constraints', 'index-strategy', 'p'];

const afterInstall = (args: string[]): string[] => args.slice(args.indexOf('install') + 1).filter((a) => a !== 'install');

/** `pip install`, `python -m pip install`, `uv pip install`. */
const isInstall = (cmd: Command): boolean => isPipInstall(cmd) || (cmd.name === 'uv' && getArgs(cmd)[0] === 'pip' && getArgs(cmd)[1] === 'install');

/** hadolint DL3013 (pip versions not pinned) fires on this command: stay quiet then, it already reports it. */
function dl3013Fires(cmd: Command): boolean {
  if (!isPipInstall(cmd) || hasAnyFlag(['constraint', 'c'], cmd)) return false;
  const args = getArgs(cmd);
  if (args.includes('--requirement') || args.includes('-r') || args.includes('.')) return false;
  const vcs = (p: string) => /^(git|hg|svn|bzr)(\+|$)/.test(p);
  const fixed = (p: string) =>
    ['==', '>=', '<=', '>', '<', '!=', '~='].some((s) => p.includes(s)) ||
    (vcs(p) && p.includes('@')) ||
    p.endsWith('.whl') ||
    p.endsWith('.tar.gz') ||
    (!vcs(p) && p.includes('/'));
  const pkgs = afterInstall(getArgsNoFlags(dropFlagArg(DL3013_VALUE_FLAGS, cmd)));
  return !pkgs.every(fixed);
}

/** The ML frameworks an install names on its command line, when nothing locks their dependency tree. */
function unlockedFrameworks(cmd: Command): string[] {
  if (!isInstall(cmd)) return [];
  if (hasAnyFlag(['require-hashes', 'c', 'constraint', 'constraints', 'no-deps'], cmd)) return [];
  const pkgs = afterInstall(getArgsNoFlags(dropFlagArg(VALUE_FLAGS, cmd)));
  const frameworks = pkgs.filter((p) => ML_FRAMEWORKS.includes(projectName(p)));
  if (frameworks.length === 0 || dl3013Fires(cmd)) return [];
  return frameworks;
}

/** Environment variables that turn on hash checking or a constraints file for every install. */
const LOCKING_ENV = ['PIP_REQUIRE_HASHES', 'PIP_CONSTRAINT', 'UV_CONSTRAINT', 'UV_REQUIRE_HASHES'];

/** ENV with a value, or ARG (its value comes with the build), that sets one of LOCKING_ENV. */
function setsLockingEnv(inst: Instruction, argToo: boolean): boolean {
  if (inst.keyword === 'ENV') return parsePairs(inst.args).some((p) => LOCKING_ENV.includes(p.key) && p.value !== '');
  if (inst.keyword === 'ARG' && argToo) return inst.args.split(/\s+/).some((w) => LOCKING_ENV.includes(w.split('=')[0] as string));
  return false;
}

function hitFor(ctx: Parameters<Rule['check']>[0], inst: Instruction, line: number): Hit | null {
  const found = ctx.shell(inst).commands.flatMap(unlockedFrameworks);
  if (found.length === 0) return null;
  return {
    line,
    message:
      `\`${found.join(' ')}\` is installed without hashes or a lock: use \`--require-hashes\` with a hashed requirements ` +
      'file, or a constraints/lock file (`-c constraints.txt`, `uv sync --frozen`), so rebuilds get the same dependency tree.',
  };
}

export const MCD1006: Rule = {
  code: 'MCD1006',
  severity: 'warning',
  message:
    'Install ML frameworks with `--require-hashes` or a constraints/lock file (`-c constraints.txt`, `uv sync --frozen`), ' +
    'so rebuilds of the serving image get the same dependency tree.',
  docs: {
    rationale:
      'Pinning `torch==2.3.1` pins one package: its dependency tree (numpy, the CUDA wheels, tokenizers, protobuf, ...) still ' +
      'resolves anew on each build, so two builds of the same commit can serve the model with different numerics or fail to ' +
      'load it. A hashed requirements file (`--require-hashes`) or a constraints/lock file fixes the whole tree. hadolint ' +
      'DL3013 asks only for a version on each package named on the command line; this rule fires where DL3013 is satisfied ' +
      '(the frameworks are pinned, or installed together with `-r` files) but nothing locks the rest, and stays quiet where ' +
      'DL3013 already reports the command.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.3.1 transformers==4.44.2\n',
    good:
      'FROM python:3.12-slim\nWORKDIR /srv\nCOPY constraints.txt .\n' +
      'RUN pip install --no-cache-dir -c constraints.txt torch==2.3.1 transformers==4.44.2\n',
  },
  check: (ctx): Hit[] => {
    const hits: Hit[] = [];
    const stages = stagesOf(ctx);
    // Whether a stage leaves PIP_CONSTRAINT and friends set by ENV for the stages built on it.
    const envLocked: boolean[] = [];
    stages.forEach((stage) => {
      // Set earlier in this stage, or by ENV in a stage it builds on: every install is covered.
      let locked = stage.parent >= 0 && envLocked[stage.parent] === true;
      envLocked.push(locked || stage.body.some((i) => setsLockingEnv(i, false)));
      for (const inst of stage.body) {
        if (setsLockingEnv(inst, true)) locked = true;
        const target = inst.keyword === 'ONBUILD' ? inst.inner : inst;
        if (locked || target?.keyword !== 'RUN') continue;
        const hit = hitFor(ctx, target, inst.line);
        if (hit) hits.push(hit);
      }
    });
    return hits;
  },
};
