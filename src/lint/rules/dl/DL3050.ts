// DL3050: with strict labels on, a LABEL sets a label outside the schema. Unlike the other label
// rules this one runs with an empty schema too (every label is then superfluous), as hadolint does.
import { eachInstruction, type Rule } from '../../rule.js';
import { labelPairs } from './labels-flags.js';

export const DL3050: Rule = {
  code: 'DL3050',
  severity: 'info',
  message: 'Superfluous label(s) present.',
  check(ctx) {
    if (!ctx.options.strictLabels) return [];
    const schema = ctx.options.labelSchema;
    return eachInstruction(ctx, (inst) => inst.keyword !== 'LABEL' || labelPairs(inst).every((p) => Object.hasOwn(schema, p.key)), { onbuild: false });
  },
};
