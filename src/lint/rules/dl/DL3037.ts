import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, getArgsNoFlags, type ParsedShell } from '../../shell/commands.js';

function zypperPackages(shell: ParsedShell): string[] {
  return shell.commands
    .filter((c) => cmdHasArgs('zypper', ['install', 'in'], c))
    .flatMap((c) => getArgsNoFlags(c).filter((a) => a !== 'install' && a !== 'in'));
}

// hadolint's list also names `>=`, `<=`: each contains `=`, `<` or `>`, which this test covers.
const versionFixed = (pkg: string) => /[=<>]/.test(pkg) || pkg.endsWith('.rpm');

export const DL3037: Rule = {
  code: 'DL3037',
  severity: 'warning',
  message: 'Specify version with `zypper install -y <package>=<version>`.',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || zypperPackages(ctx.shell(inst)).every(versionFixed), { onbuild: true }),
};
