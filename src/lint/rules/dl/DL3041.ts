import type { Rule } from '../../rule.js';
import { cmdsHaveArgs, getArgsNoFlags, type Command, type ParsedShell } from '../../shell/commands.js';
import { packageVersionFixed, unpinnedRuns } from './util.js';

const DNF = ['dnf', 'microdnf'];

function installFilter(c: Command): string[] {
  if (!cmdsHaveArgs(DNF, ['install'], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== 'install' && a !== 'module');
}

const dnfPackages = (shell: ParsedShell) =>
  shell.commands.filter((c) => !cmdsHaveArgs(DNF, ['module', 'group'], c)).flatMap(installFilter);

const dnfModules = (shell: ParsedShell) => shell.commands.filter((c) => cmdsHaveArgs(DNF, ['module'], c)).flatMap(installFilter);

export const DL3041: Rule = {
  code: 'DL3041',
  severity: 'warning',
  message: 'Specify version with `dnf install -y <package>-<version>`.',
  check: (ctx) =>
    unpinnedRuns(
      ctx,
      (shell, scope) => dnfPackages(shell).every((p) => packageVersionFixed(scope, p)) && dnfModules(shell).every((m) => m.includes(':')),
    ),
};
