import { eachInstruction, type Rule } from '../../rule.js';
import { usingProgram } from '../../shell/commands.js';

export const DL3003: Rule = {
  code: 'DL3003',
  severity: 'warning',
  message: 'Use WORKDIR to switch to a directory',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || !usingProgram('cd', ctx.shell(inst)), { onbuild: false }),
};
