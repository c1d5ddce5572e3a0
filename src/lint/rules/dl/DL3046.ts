import { eachInstruction, type Rule } from '../../rule.js';
import { getFlagArg, hasAnyFlag, noCommands, type Command } from '../../shell/commands.js';

// As in hadolint, only the value of `-u` is measured (`--uid 100000` passes).
const forgotFlagL = (c: Command) =>
  c.name === 'useradd' &&
  !hasAnyFlag(['l', 'no-log-init'], c) &&
  hasAnyFlag(['u', 'uid'], c) &&
  getFlagArg('u', c).some((uid) => [...uid].length > 5);

export const DL3046: Rule = {
  code: 'DL3046',
  severity: 'warning',
  message: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotFlagL, ctx.shell(inst)), { onbuild: true }),
};
