import { parseFrom } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';

export const DL3006: Rule = {
  code: 'DL3006',
  severity: 'warning',
  message: 'Always tag the version of an image explicitly',
  check: (ctx) => {
    const hits: Hit[] = [];
    const aliases = new Set<string>();
    for (const inst of ctx.instructions) {
      if (inst.keyword !== 'FROM') continue;
      const image = parseFrom(inst);
      // Only aliases of earlier stages count: `FROM x AS x` still fails.
      const untagged =
        image.name !== 'scratch' &&
        image.digest === null &&
        image.tag === null &&
        !image.name.startsWith('$') &&
        !aliases.has(image.name);
      if (untagged) hits.push({ line: inst.line });
      if (image.alias !== null) aliases.add(image.alias);
    }
    return hits;
  },
};
