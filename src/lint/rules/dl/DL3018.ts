import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, dropFlagArg, getArgsNoFlags, type ParsedShell } from '../../shell/commands.js';

/** The packages of every `apk add`, without flags and without the values of -t/--virtual/--repository/-X. */
function apkAddPackages(shell: ParsedShell): string[] {
  return shell.commands
    .filter((c) => cmdHasArgs('apk', ['add'], c))
    .flatMap((c) => getArgsNoFlags(dropFlagArg(['t', 'virtual', 'repository', 'X'], c)).filter((a) => a !== 'add'));
}

const versionFixed = (pkg: string) => ['=', '~', '>', '<'].some((ch) => pkg.includes(ch));

export const DL3018: Rule = {
  code: 'DL3018',
  severity: 'warning',
  message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => inst.keyword !== 'RUN' || apkAddPackages(ctx.shell(inst)).every((p) => versionFixed(p) || p.endsWith('.apk')),
      { onbuild: true },
    ),
};
