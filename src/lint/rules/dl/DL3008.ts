import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, dropFlagArg, getArgsNoFlags, type ParsedShell } from '../../shell/commands.js';

/** The words `apt-get install` gets besides its flags, `-t`/`--target-release` values and `install`. */
function aptGetPackages(shell: ParsedShell): string[] {
  const packages: string[] = [];
  for (const cmd of shell.commands) {
    if (!cmdHasArgs('apt-get', ['install'], cmd)) continue;
    for (const arg of getArgsNoFlags(dropFlagArg(['t', 'target-release'], cmd))) if (arg !== 'install') packages.push(arg);
  }
  return packages;
}

// A `/` (release or path) or a `.deb` suffix counts as pinned, as in hadolint.
const versionFixed = (pkg: string) => pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');

export const DL3008: Rule = {
  code: 'DL3008',
  severity: 'warning',
  message: 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || aptGetPackages(ctx.shell(inst)).every(versionFixed), { onbuild: true }),
};
