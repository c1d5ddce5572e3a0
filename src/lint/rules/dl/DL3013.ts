import { eachInstruction, type Rule } from '../../rule.js';
import { dropFlagArg, getArgs, getArgsNoFlags, hasFlag, isPipInstall, noCommands, type Command } from '../../shell/commands.js';
import { stripInstallPrefix } from './util.js';

// Flags whose value is a separate word that is not a package.
const FLAGS_WITH_VALUE = [
  'abi',
  'b',
  'build',
  'e',
  'editable',
  'extra-index-url',
  'f',
  'find-links',
  'i',
  'index-url',
  'implementation',
  'no-binary',
  'only-binary',
  'platform',
  'prefix',
  'progress-bar',
  'proxy',
  'python',
  'python-version',
  'root',
  'root-user-action',
  'src',
  't',
  'target',
  'trusted-host',
  'upgrade-strategy',
];

// pip's VCS schemes; as in hadolint they are matched as prefixes, so `gitpython` counts as VCS.
const VCS_SCHEMES = [
  'git+file',
  'git+https',
  'git+ssh',
  'git+http',
  'git+git',
  'git',
  'hg+file',
  'hg+http',
  'hg+https',
  'hg+ssh',
  'hg+static-http',
  'svn',
  'svn+svn',
  'svn+http',
  'svn+https',
  'svn+ssh',
  'bzr+http',
  'bzr+https',
  'bzr+ssh',
  'bzr+sftp',
  'bzr+ftp',
  'bzr+lp',
];

const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

const isVcs = (pkg: string) => VCS_SCHEMES.some((s) => pkg.startsWith(s));

const versionFixed = (pkg: string) =>
  VERSION_SYMBOLS.some((s) => pkg.includes(s)) ||
  (isVcs(pkg) && pkg.includes('@')) ||
  pkg.endsWith('.whl') ||
  pkg.endsWith('.tar.gz') ||
  (!isVcs(pkg) && pkg.includes('/'));

// Every word left after the flags and their values counts as a package (`--timeout 60` gives `60`).
const packages = (cmd: Command) => stripInstallPrefix(getArgsNoFlags(dropFlagArg(FLAGS_WITH_VALUE, cmd)));

const hasConstraint = (cmd: Command) => hasFlag('constraint', cmd) || hasFlag('c', cmd);

// Only `-r`, `--requirement` and `.` as words of their own: `--requirement=x` is not one.
const requirementInstall = (cmd: Command) => getArgs(cmd).some((a) => a === '--requirement' || a === '-r' || a === '.');

const forgotToPinVersion = (cmd: Command) =>
  isPipInstall(cmd) && !hasConstraint(cmd) && !requirementInstall(cmd) && !packages(cmd).every(versionFixed);

export const DL3013: Rule = {
  code: 'DL3013',
  severity: 'warning',
  message:
    'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || noCommands(forgotToPinVersion, ctx.shell(inst)), { onbuild: true }),
};
