import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs } from '../../shell/commands.js';

export const DL3035: Rule = {
  code: 'DL3035',
  severity: 'warning',
  message: 'Do not use `zypper dist-upgrade`.',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => inst.keyword !== 'RUN' || !ctx.shell(inst).commands.some((c) => cmdHasArgs('zypper', ['dist-upgrade', 'dup'], c)),
      { onbuild: true },
    ),
};
