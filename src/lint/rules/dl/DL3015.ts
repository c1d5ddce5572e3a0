import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, hasArg, hasFlag, noCommands, type Command } from '../../shell/commands.js';

const forgotNoInstallRecommends = (cmd: Command) =>
  cmdHasArgs('apt-get', ['install'], cmd) && !(hasFlag('no-install-recommends', cmd) || hasArg('APT::Install-Recommends=false', cmd));

export const DL3015: Rule = {
  code: 'DL3015',
  severity: 'info',
  message: 'Avoid additional packages by specifying `--no-install-recommends`',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotNoInstallRecommends, ctx.shell(inst)), { onbuild: true }),
};
