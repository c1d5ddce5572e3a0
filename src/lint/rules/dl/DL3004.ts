import { eachInstruction, type Rule } from '../../rule.js';
import { usingProgram } from '../../shell/commands.js';

export const DL3004: Rule = {
  code: 'DL3004',
  severity: 'error',
  message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || !usingProgram('sudo', ctx.shell(inst)), { onbuild: true }),
};
