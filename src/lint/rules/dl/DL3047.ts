import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, hasAnyFlag, hasFlag, noCommands, type Command } from '../../shell/commands.js';

const hasSpecialFlags = (c: Command) =>
  hasAnyFlag(['q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'], c) || cmdHasArgs('wget', ['-nv'], c);

const forgotProgress = (c: Command) => c.name === 'wget' && !hasFlag('progress', c) && !hasSpecialFlags(c);

export const DL3047: Rule = {
  code: 'DL3047',
  severity: 'info',
  message:
    'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. ' +
    'Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotProgress, ctx.shell(inst)), { onbuild: true }),
};
