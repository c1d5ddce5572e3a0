// DL4001: a stage uses both wget and curl. Flagged on each RUN that uses either once both have
// appeared in the stage. ONBUILD RUNs are counted on their own, across the whole file (hadolint's
// ONBUILD fold never sees a FROM).
import type { Instruction } from '../../dockerfile/model.js';
import { findCommandNames } from '../../shell/commands.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';

function fold(ctx: RuleContext, runs: Array<{ line: number; run: Instruction } | 'FROM'>): Hit[] {
  const hits: Hit[] = [];
  let seen = new Set<string>();
  for (const item of runs) {
    if (item === 'FROM') {
      seen = new Set();
      continue;
    }
    const used = findCommandNames(ctx.shell(item.run)).filter((n) => n === 'curl' || n === 'wget');
    for (const n of used) seen.add(n);
    if (used.length > 0 && seen.size >= 2) hits.push({ line: item.line });
  }
  return hits;
}

export const DL4001: Rule = {
  code: 'DL4001',
  severity: 'warning',
  message: 'Either use Wget or Curl but not both',
  check(ctx) {
    const main: Array<{ line: number; run: Instruction } | 'FROM'> = [];
    const onbuild: Array<{ line: number; run: Instruction }> = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') main.push('FROM');
      else if (inst.keyword === 'RUN') main.push({ line: inst.line, run: inst });
      else if (inst.inner?.keyword === 'RUN') onbuild.push({ line: inst.line, run: inst.inner });
    }
    return [...fold(ctx, main), ...fold(ctx, onbuild)].sort((a, b) => a.line - b.line);
  },
};
