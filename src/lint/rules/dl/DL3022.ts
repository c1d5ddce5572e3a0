import { parseFrom } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { readCopyAdd } from './copy-add-exec.js';
import { dropQuotes } from './util.js';

export const DL3022: Rule = {
  code: 'DL3022',
  severity: 'warning',
  message: '`COPY --from` should reference a previously defined `FROM` alias',
  check: (ctx) => {
    const hits: Hit[] = [];
    const names = new Set<string>();
    let count = 0;
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') {
        count++;
        const alias = parseFrom(inst).alias;
        if (alias !== null) names.add(alias);
        continue;
      }
      const src = inst.keyword === 'COPY' ? readCopyAdd(inst)?.from : null;
      if (src == null) continue;
      if (dropQuotes(src).includes(':') || names.has(src)) continue;
      // hadolint reads a leading number (`1abc` is stage 1) and compares it with the FROMs so far.
      const num = /^\d+/.exec(src);
      if (num && Number(num[0]) < count) continue;
      hits.push({ line: inst.line });
    }
    return hits;
  },
};
