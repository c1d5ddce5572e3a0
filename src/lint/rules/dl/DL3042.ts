import type { Instruction } from '../../dockerfile/model.js';
import { hasCacheOrTmpfsMountWith } from '../../dockerfile/mounts.js';
import { parsePairs } from '../../dockerfile/syntax.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { getArgs, isInfixOf, isPipInstall, noCommands, type Command, type ParsedShell } from '../../shell/commands.js';
import { onbuildStreams, StageFlag } from './util.js';

const TRUTHY = ['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES'];

function isPipWrapper(c: Command): boolean {
  const isWrapper = (w: string) => c.name.includes(w) || (c.name.startsWith('python') && isInfixOf(['-m', w], getArgs(c)));
  return isWrapper('pipx') || isWrapper('pipenv');
}

const forgotNoCacheDir = (c: Command) => isPipInstall(c) && !getArgs(c).includes('--no-cache-dir') && !isPipWrapper(c);

/** `PIP_NO_CACHE_DIR=<truthy>` anywhere in the script text (only its first occurrence is read). */
function pipNoCacheDirIsSet(shell: ParsedShell): boolean {
  const at = shell.original.indexOf('PIP_NO_CACHE_DIR=');
  if (at < 0) return false;
  const rest = shell.original.slice(at + 'PIP_NO_CACHE_DIR='.length);
  return TRUTHY.some((t) => rest.startsWith(t));
}

/** An ENV whose first PIP_NO_CACHE_DIR has a truthy value. */
function envSetsNoCacheDir(inst: Instruction): boolean {
  const pair = parsePairs(inst.args).find((p) => p.key === 'PIP_NO_CACHE_DIR');
  return pair !== undefined && TRUTHY.includes(pair.value);
}

function fold(ctx: RuleContext, instructions: Instruction[]): Hit[] {
  const hits: Hit[] = [];
  const noCache = new StageFlag();
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') noCache.from(inst);
    else if (inst.keyword === 'ENV' && envSetsNoCacheDir(inst)) noCache.set();
    else if (inst.keyword === 'RUN') {
      const shell = ctx.shell(inst);
      const ok =
        noCache.isSet ||
        pipNoCacheDirIsSet(shell) ||
        noCommands(forgotNoCacheDir, shell) ||
        hasCacheOrTmpfsMountWith('.cache/pip', inst);
      if (!ok) hits.push({ line: inst.line });
    }
  }
  return hits;
}

export const DL3042: Rule = {
  code: 'DL3042',
  severity: 'warning',
  message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => fold(ctx, stream)),
};
