import type { Instruction } from '../../dockerfile/model.js';
import { hasCacheOrTmpfsMountWith } from '../../dockerfile/mounts.js';
import type { Rule, RuleContext } from '../../rule.js';
import { cmdHasArgs, type ParsedShell } from '../../shell/commands.js';
import { failsInBuiltStages, onbuildStreams } from './util.js';

const hasUpdate = (shell: ParsedShell) =>
  shell.commands.some((c) => cmdHasArgs('apt', ['update'], c) || cmdHasArgs('apt-get', ['update'], c) || cmdHasArgs('aptitude', ['update'], c));

// hadolint accepts an `rm` with either argument: `rm -rf /tmp/x` counts as cleaning up.
const hasCleanup = (shell: ParsedShell) => shell.commands.some((c) => cmdHasArgs('rm', ['-rf', '/var/lib/apt/lists/*'], c));

function forgetsCleanup(ctx: RuleContext, inst: Instruction): boolean {
  const shell = ctx.shell(inst);
  if (!hasUpdate(shell) || hasCleanup(shell)) return false;
  if (hasCacheOrTmpfsMountWith('/var/lib/apt/lists', inst)) return false;
  return !(hasCacheOrTmpfsMountWith('/var/lib/apt', inst) && hasCacheOrTmpfsMountWith('/var/cache/apt', inst));
}

export const DL3009: Rule = {
  code: 'DL3009',
  severity: 'info',
  message: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
  // A forgotten cleanup fails only in a stage something builds on; ONBUILD instructions are a
  // separate fold that sees no FROM, so each one that forgets fails.
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => failsInBuiltStages(stream, (run) => forgetsCleanup(ctx, run))),
};
