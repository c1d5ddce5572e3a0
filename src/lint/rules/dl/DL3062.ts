import { eachInstruction, type Rule } from '../../rule.js';
import { cmdsHaveArgs, getArgsNoFlags, type ParsedShell } from '../../shell/commands.js';

/** `go run <pkg>`: the first word after `run` (later words are the program's arguments). */
const runGoPackage = (shell: ParsedShell) =>
  shell.commands
    .filter((c) => cmdsHaveArgs(['go'], ['run'], c))
    .flatMap((c) => getArgsNoFlags(c).filter((a, i) => a !== 'run' && i <= 1));

const getGoPackage = (shell: ParsedShell) =>
  shell.commands
    .filter((c) => cmdsHaveArgs(['go'], ['install', 'get'], c))
    .flatMap((c) => getArgsNoFlags(c).filter((a) => a !== 'install' && a !== 'get' && a !== 'tool'));

// hadolint checks only the `go run` packages when the RUN has any.
function goPackages(shell: ParsedShell): string[] {
  const run = runGoPackage(shell);
  return run.length > 0 ? run : getGoPackage(shell);
}

const isLocalPath = (p: string) => p === '.' || p.startsWith('/') || p.startsWith('.');

const versionPinned = (p: string) => isLocalPath(p) || (p.includes('@') && !p.endsWith('@latest') && !p.endsWith('@none'));

export const DL3062: Rule = {
  code: 'DL3062',
  severity: 'warning',
  message: 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || goPackages(ctx.shell(inst)).every(versionPinned), { onbuild: true }),
};
