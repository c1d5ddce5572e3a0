import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, hasAnyFlag, type Command } from '../../shell/commands.js';

const forgotYumYesOption = (c: Command) =>
  cmdHasArgs('yum', ['install', 'groupinstall', 'localinstall'], c) && !hasAnyFlag(['y', 'assumeyes'], c);

export const DL3030: Rule = {
  code: 'DL3030',
  severity: 'warning',
  message: 'Use the -y switch to avoid manual input `yum install -y <package>`',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || !ctx.shell(inst).commands.some(forgotYumYesOption), { onbuild: true }),
};
