import { eachInstruction, type Rule } from '../../rule.js';
import { usingProgram } from '../../shell/commands.js';

export const DL3027: Rule = {
  code: 'DL3027',
  severity: 'warning',
  message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || !usingProgram('apt', ctx.shell(inst)), { onbuild: true }),
};
