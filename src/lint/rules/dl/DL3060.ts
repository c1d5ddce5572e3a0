import type { Instruction } from '../../dockerfile/model.js';
import { hasCacheOrTmpfsMountWith } from '../../dockerfile/mounts.js';
import type { Rule, RuleContext } from '../../rule.js';
import { anyCommands, cmdHasArgs, noCommands, type Command } from '../../shell/commands.js';
import { comesBefore, failsInBuiltStages, onbuildStreams } from './util.js';

const yarnInstall = (c: Command) => cmdHasArgs('yarn', ['install'], c);
const yarnCacheClean = (c: Command) => cmdHasArgs('yarn', ['cache', 'clean'], c);

function forgetsCacheClean(ctx: RuleContext, inst: Instruction): boolean {
  const shell = ctx.shell(inst);
  if (!anyCommands(yarnInstall, shell)) return false;
  const notCleaned = noCommands(yarnCacheClean, shell) && !hasCacheOrTmpfsMountWith('.cache/yarn', inst);
  return notCleaned || comesBefore(yarnCacheClean, yarnInstall, shell);
}

export const DL3060: Rule = {
  code: 'DL3060',
  severity: 'info',
  message: '`yarn cache clean` missing after `yarn install` was run.',
  // Only stages something builds on are reported, as in hadolint; ONBUILD instructions are folded apart.
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => failsInBuiltStages(stream, (run) => forgetsCacheClean(ctx, run))),
};
