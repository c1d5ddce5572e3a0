import type { Rule } from '../../rule.js';
import { cmdHasArgs, getArgsNoFlags, type Command, type ParsedShell } from '../../shell/commands.js';
import { packageVersionFixed, unpinnedRuns } from './util.js';

function installFilter(c: Command): string[] {
  if (!cmdHasArgs('yum', ['install'], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== 'install' && a !== 'module');
}

const yumPackages = (shell: ParsedShell) => shell.commands.filter((c) => !cmdHasArgs('yum', ['module'], c)).flatMap(installFilter);
const yumModules = (shell: ParsedShell) => shell.commands.filter((c) => cmdHasArgs('yum', ['module'], c)).flatMap(installFilter);

export const DL3033: Rule = {
  code: 'DL3033',
  severity: 'warning',
  message: 'Specify version with `yum install -y <package>-<version>`.',
  check: (ctx) =>
    unpinnedRuns(
      ctx,
      (shell, scope) => yumPackages(shell).every((p) => packageVersionFixed(scope, p)) && yumModules(shell).every((m) => m.includes(':')),
    ),
};
