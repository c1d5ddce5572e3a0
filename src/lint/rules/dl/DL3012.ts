import type { Hit, Rule } from '../../rule.js';

export const DL3012: Rule = {
  code: 'DL3012',
  severity: 'error',
  message: 'Multiple `HEALTHCHECK` instructions',
  check: (ctx) => {
    const hits: Hit[] = [];
    let seen = false;
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') seen = false;
      else if (inst.keyword === 'HEALTHCHECK') {
        if (seen) hits.push({ line: inst.line });
        seen = true;
      }
    }
    return hits;
  },
};
