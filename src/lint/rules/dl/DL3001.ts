import { eachInstruction, type Rule } from '../../rule.js';
import { findCommandNames } from '../../shell/commands.js';

// `ifconfig` is named in the message but, as in hadolint, not checked.
const INVALID = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export const DL3001: Rule = {
  code: 'DL3001',
  severity: 'info',
  message:
    'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => inst.keyword !== 'RUN' || !findCommandNames(ctx.shell(inst)).some((n) => INVALID.has(n)),
      { onbuild: true },
    ),
};
