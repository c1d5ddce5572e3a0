// DL3063: a stage is named `scratch` or `context`, which BuildKit reserves.
import { parseFrom } from '../../dockerfile/syntax.js';
import { eachInstruction, type Rule } from '../../rule.js';

const RESERVED = ['scratch', 'context'];

export const DL3063: Rule = {
  code: 'DL3063',
  severity: 'warning',
  message: 'stage name should not be a reserved word',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'FROM') return true;
        const alias = parseFrom(inst).alias;
        return alias === null || !RESERVED.includes(alias);
      },
      { onbuild: false },
    ),
};
