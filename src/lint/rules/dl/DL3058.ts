// DL3058: a label the schema types as `email` is not an address email-validate accepts.
import type { Rule } from '../../rule.js';
import { checkLabelValues, isEmail } from './labels-flags.js';

export const DL3058: Rule = {
  code: 'DL3058',
  severity: 'warning',
  message: 'Label `<label>` is not a valid email format - must conform to RFC5322.',
  check: (ctx) =>
    checkLabelValues(ctx, 'email', (v) => !isEmail(v), (label) => `Label \`${label}\` is not a valid email format - must conform to RFC5322.`),
};
