import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, cmdHasPrefixArg, getArgs, type ParsedShell } from '../../shell/commands.js';

/** Drops each `-x` option together with the word after it, as hadolint does. */
function removeOptions(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') continue;
    if (a.startsWith('-')) i++;
    else out.push(a);
  }
  return out;
}

function gems(shell: ParsedShell): string[] {
  return shell.commands
    .filter(
      (c) =>
        cmdHasArgs('gem', ['install', 'i'], c) &&
        !cmdHasArgs('gem', ['-v'], c) &&
        !cmdHasArgs('gem', ['--version'], c) &&
        !cmdHasPrefixArg('gem', '--version=', c),
    )
    .flatMap((c) => {
      const args = getArgs(c);
      const dd = args.indexOf('--');
      return removeOptions(dd < 0 ? args : args.slice(0, dd)).filter((a) => a !== 'install' && a !== 'i');
    });
}

export const DL3028: Rule = {
  code: 'DL3028',
  severity: 'warning',
  message: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || gems(ctx.shell(inst)).every((g) => g.includes(':')), { onbuild: true }),
};
