import type { Hit, Rule } from '../../rule.js';

export const DL3061: Rule = {
  code: 'DL3061',
  severity: 'error',
  message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
  check: (ctx) => {
    const hits: Hit[] = [];
    let seenFrom = false;
    // Comments and parser directives are not in `instructions`; like ARG they are allowed before FROM.
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') seenFrom = true;
      else if (inst.keyword !== 'ARG' && !seenFrom) hits.push({ line: inst.line });
    }
    return hits;
  },
};
