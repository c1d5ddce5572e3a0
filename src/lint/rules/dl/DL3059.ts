import { runFlagsKey } from '../../dockerfile/mounts.js';
import type { Hit, Rule } from '../../rule.js';

export const DL3059: Rule = {
  code: 'DL3059',
  severity: 'info',
  message: 'Multiple consecutive `RUN` instructions. Consider consolidation.',
  check: (ctx) => {
    const hits: Hit[] = [];
    // The last remembered RUN: its flags and how many commands it runs. Any other instruction
    // (an ONBUILD RUN too) forgets it; comment lines are not instructions here and change nothing.
    let prev: { flags: string; count: number } | null = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword !== 'RUN') {
        prev = null;
        continue;
      }
      const flags = runFlagsKey(inst);
      // hadolint's command list holds every command twice (ShellCheck's T_Redirecting and the
      // T_SimpleCommand inside it both match), so one command counts 2 and two count 4. ShellCheck
      // reads `[ ... ]` as a test expression, not a command.
      const count = 2 * ctx.shell(inst).commands.filter((c) => c.name !== '[' && c.name !== '[[').length;
      // RUNs that run more than one command, and RUNs with other flags, are left alone.
      // On a hit hadolint keeps the first RUN's state, not this one's.
      if (prev === null || prev.flags !== flags || count > 2 || prev.count > 2) prev = { flags, count };
      else hits.push({ line: inst.line });
    }
    return hits;
  },
};
