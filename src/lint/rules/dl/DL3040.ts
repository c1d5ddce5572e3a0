import { hasCacheOrTmpfsMountWith } from '../../dockerfile/mounts.js';
import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, noCommands, type Command, type ParsedShell } from '../../shell/commands.js';
import { comesBefore } from './util.js';

const INSTALL = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];

const dnfInstall = (name: string) => (c: Command) => cmdHasArgs(name, INSTALL, c);
// As in hadolint: `dnf clean` or `dnf all` counts, and so does any `rm -rf`.
const dnfClean = (name: string) => (c: Command) =>
  cmdHasArgs(name, ['clean', 'all'], c) || cmdHasArgs('rm', ['-rf', '/var/cache/libdnf5*'], c);

const cleanedAfter = (shell: ParsedShell, name: string) =>
  noCommands(dnfInstall(name), shell) || comesBefore(dnfInstall(name), dnfClean(name), shell);

export const DL3040: Rule = {
  code: 'DL3040',
  severity: 'warning',
  message: '`dnf clean all` missing after dnf command.',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'RUN') return true;
        const shell = ctx.shell(inst);
        return (
          ['dnf', 'microdnf'].every((name) => cleanedAfter(shell, name)) ||
          hasCacheOrTmpfsMountWith('/var/cache/libdnf5', inst) ||
          hasCacheOrTmpfsMountWith('.cache/libdnf5', inst)
        );
      },
      { onbuild: true },
    ),
};
