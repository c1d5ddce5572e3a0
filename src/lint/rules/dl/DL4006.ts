// DL4006: a RUN with a pipe while the shell is not set to fail on pipe errors. A SHELL of bash, zsh
// or ash with `-o pipefail` turns the check off for the rest of the stage, as does a non-POSIX
// shell (pwsh, powershell, cmd); any other SHELL turns it back on, and so does each FROM.
import { hasFlag, type ParsedShell } from '../../shell/commands.js';
import type { Hit, Rule } from '../../rule.js';

const NON_POSIX_SHELLS = ['pwsh', 'powershell', 'cmd'];
const PIPEFAIL_SHELLS = ['/bin/bash', '/bin/zsh', '/bin/ash', 'bash', 'zsh', 'ash'];

const hasPipefailOption = (shell: ParsedShell): boolean =>
  shell.commands.some((c) => PIPEFAIL_SHELLS.includes(c.name) && hasFlag('o', c) && c.arguments.some((a) => a.arg === 'pipefail'));

export const DL4006: Rule = {
  code: 'DL4006',
  severity: 'warning',
  message:
    'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
  check(ctx) {
    const hits: Hit[] = [];
    let safe = false;
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') safe = false;
      else if (inst.keyword === 'SHELL') {
        const shell = ctx.shell(inst);
        safe = NON_POSIX_SHELLS.some((s) => shell.original.startsWith(s)) || hasPipefailOption(shell);
      } else if (inst.keyword === 'RUN' && !safe && ctx.shell(inst).hasPipes) hits.push({ line: inst.line });
    }
    return hits;
  },
};
