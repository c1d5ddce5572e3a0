// DL3051: a label of the schema is set to an empty value.
import type { Rule } from '../../rule.js';
import { checkLabelValues } from './labels-flags.js';

export const DL3051: Rule = {
  code: 'DL3051',
  severity: 'warning',
  message: 'label `<label>` is empty.',
  check: (ctx) => checkLabelValues(ctx, undefined, (v) => v === '', (label) => `label \`${label}\` is empty.`),
};
