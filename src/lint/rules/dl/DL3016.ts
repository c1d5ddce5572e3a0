import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, dropFlagArg, getArgsNoFlags, noCommands, type Command } from '../../shell/commands.js';
import { stripInstallPrefix } from './util.js';

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];
const PATH_PREFIXES = ['/', './', '../', '~/'];

/** The words after the flags (and the values of `--loglevel`/`--registry`). */
const words = (cmd: Command) => getArgsNoFlags(dropFlagArg(['loglevel', 'registry'], cmd));

/**
 * hadolint drops a scope by dropping every leading character above `/` in ASCII (letters, digits,
 * `@`...), so `@my-scope/pkg@1` keeps `-scope/pkg@1`; we match it.
 */
function dropScope(pkg: string): string {
  if (!pkg.startsWith('@')) return pkg;
  let i = 0;
  while (i < pkg.length && (pkg[i] as string) > '/') i++;
  return pkg.slice(i);
}

function versionFixed(pkg: string): boolean {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes('#');
  if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s))) return true;
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true;
  return dropScope(pkg).includes('@');
}

const forgotToPinVersion = (cmd: Command) =>
  cmdHasArgs('npm', ['install'], cmd) && words(cmd)[0] === 'install' && !stripInstallPrefix(words(cmd)).every(versionFixed);

export const DL3016: Rule = {
  code: 'DL3016',
  severity: 'warning',
  message: 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotToPinVersion, ctx.shell(inst)), { onbuild: true }),
};
