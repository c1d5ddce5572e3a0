// DL4005: `ln ... /bin/sh` in a RUN: change the shell with SHELL instead. Also inside ONBUILD.
import { cmdHasArgs, noCommands } from '../../shell/commands.js';
import { eachInstruction, type Rule } from '../../rule.js';

export const DL4005: Rule = {
  code: 'DL4005',
  severity: 'warning',
  message: 'Use SHELL to change the default shell',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands((c) => cmdHasArgs('ln', ['/bin/sh'], c), ctx.shell(inst)), { onbuild: true }),
};
