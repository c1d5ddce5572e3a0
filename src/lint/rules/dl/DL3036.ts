import { hasCacheOrTmpfsMountWith } from '../../dockerfile/mounts.js';
import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, noCommands, type Command } from '../../shell/commands.js';
import { comesBefore } from './util.js';

const zypperInstall = (c: Command) => cmdHasArgs('zypper', ['install', 'in'], c);
const zypperClean = (c: Command) => cmdHasArgs('zypper', ['clean', 'cc'], c);

export const DL3036: Rule = {
  code: 'DL3036',
  severity: 'warning',
  message: '`zypper clean` missing after zypper use.',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'RUN') return true;
        const shell = ctx.shell(inst);
        return (
          noCommands(zypperInstall, shell) ||
          hasCacheOrTmpfsMountWith('/var/cache/zypp', inst) ||
          comesBefore(zypperInstall, zypperClean, shell)
        );
      },
      { onbuild: true },
    ),
};
