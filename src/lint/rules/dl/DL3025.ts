import { eachInstruction, type Rule } from '../../rule.js';
import { isExecForm } from './copy-add-exec.js';

export const DL3025: Rule = {
  code: 'DL3025',
  severity: 'warning',
  message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword === 'CMD' || inst.keyword === 'ENTRYPOINT') {
          return inst.heredocs.length === 0 && isExecForm(inst.args, ctx.file.escape);
        }
        // hadolint also checks the command of HEALTHCHECK (`HEALTHCHECK NONE` has none).
        if (inst.keyword === 'HEALTHCHECK') {
          const cmd = /^CMD[ \t]+([^]*)$/i.exec(inst.args);
          return !cmd || isExecForm(cmd[1] as string, ctx.file.escape);
        }
        return true;
      },
      { onbuild: false },
    ),
};
