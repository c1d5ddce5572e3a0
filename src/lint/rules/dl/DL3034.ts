import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, hasAnyFlag, type Command } from '../../shell/commands.js';

const forgotZypperYesOption = (c: Command) =>
  cmdHasArgs('zypper', ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'], c) &&
  !hasAnyFlag(['non-interactive', 'n', 'no-confirm', 'y'], c);

export const DL3034: Rule = {
  code: 'DL3034',
  severity: 'warning',
  message: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || !ctx.shell(inst).commands.some(forgotZypperYesOption), { onbuild: true }),
};
