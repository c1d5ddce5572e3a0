import { hasCacheOrTmpfsMountWith } from '../../dockerfile/mounts.js';
import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, hasFlag, type Command } from '../../shell/commands.js';

const forgotCacheOption = (c: Command) => cmdHasArgs('apk', ['add'], c) && !hasFlag('no-cache', c);

export const DL3019: Rule = {
  code: 'DL3019',
  severity: 'info',
  message:
    'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) =>
        inst.keyword !== 'RUN' ||
        hasCacheOrTmpfsMountWith('/var/cache/apk', inst) ||
        !ctx.shell(inst).commands.some(forgotCacheOption),
      { onbuild: true },
    ),
};
