import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, countFlag, getArgs, hasAnyFlag, noCommands, type Command } from '../../shell/commands.js';

// Exactly two `q` flags mean yes to apt-get; hadolint accepts neither `-qqq` nor `--quiet=2`.
const hasYesOption = (cmd: Command) =>
  hasAnyFlag(['y', 'yes', 'qq', 'assume-yes'], cmd) ||
  countFlag('q', cmd) === 2 ||
  countFlag('quiet', cmd) === 2 ||
  getArgs(cmd).includes('-q=2');

const forgotAptYesOption = (cmd: Command) => cmdHasArgs('apt-get', ['install'], cmd) && !hasYesOption(cmd);

export const DL3014: Rule = {
  code: 'DL3014',
  severity: 'warning',
  message: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotAptYesOption, ctx.shell(inst)), { onbuild: true }),
};
