import { eachInstruction, type Rule } from '../../rule.js';
import { cmdsHaveArgs, hasAnyFlag, noCommands, type Command } from '../../shell/commands.js';

const forgotDnfYesOption = (c: Command) =>
  cmdsHaveArgs(['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall'], c) && !hasAnyFlag(['y', 'assumeyes'], c);

export const DL3038: Rule = {
  code: 'DL3038',
  severity: 'warning',
  message: 'Use the -y switch to avoid manual input `dnf install -y <package>`',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotDnfYesOption, ctx.shell(inst)), { onbuild: true }),
};
