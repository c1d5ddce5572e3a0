import { eachInstruction, type Rule } from '../../rule.js';
import { cmdHasArgs, type Command, type ParsedShell } from '../../shell/commands.js';

const yumInstall = (c: Command) => cmdHasArgs('yum', ['install'], c);
// As in hadolint: any of the words counts, so `yum clean metadata` and `rm -rf /tmp` also do.
const yumClean = (c: Command) => cmdHasArgs('yum', ['clean', 'all'], c) || cmdHasArgs('rm', ['-rf', '/var/cache/yum/*'], c);

function cleansAfterInstall(shell: ParsedShell): boolean {
  const install = shell.commands.findIndex(yumInstall);
  if (install < 0) return true;
  const clean = shell.commands.findIndex(yumClean);
  return clean >= 0 && install < clean;
}

export const DL3032: Rule = {
  code: 'DL3032',
  severity: 'warning',
  message: '`yum clean all` missing after yum command.',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'RUN' || cleansAfterInstall(ctx.shell(inst)), { onbuild: true }),
};
