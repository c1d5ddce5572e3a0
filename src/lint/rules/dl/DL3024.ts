import { parseFrom } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';

export const DL3024: Rule = {
  code: 'DL3024',
  severity: 'error',
  message: 'FROM aliases (stage names) must be unique',
  check: (ctx) => {
    const hits: Hit[] = [];
    const seen = new Set<string>();
    for (const inst of ctx.instructions) {
      if (inst.keyword !== 'FROM') continue;
      const alias = parseFrom(inst).alias;
      if (alias === null) continue;
      // Compared as written: hadolint treats `AS x` and `AS X` as different names.
      if (seen.has(alias)) hits.push({ line: inst.line });
      else seen.add(alias);
    }
    return hits;
  },
};
