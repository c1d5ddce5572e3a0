import { parseFrom } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { readCopyAdd } from './copy-add-exec.js';

export const DL3023: Rule = {
  code: 'DL3023',
  severity: 'error',
  message: '`COPY --from` cannot reference its own `FROM` alias',
  check: (ctx) => {
    const hits: Hit[] = [];
    let stageAlias: string | null = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') stageAlias = parseFrom(inst).alias;
      else if (inst.keyword === 'COPY' && stageAlias !== null && readCopyAdd(inst)?.from === stageAlias) hits.push({ line: inst.line });
    }
    return hits;
  },
};
