// DL3053: a label the schema types as `rfc3339` is not an RFC 3339 time (timerep's parser).
import type { Rule } from '../../rule.js';
import { checkLabelValues, isRfc3339 } from './labels-flags.js';

export const DL3053: Rule = {
  code: 'DL3053',
  severity: 'warning',
  message: 'Label `<label>` is not a valid time format - must conform to RFC3339.',
  check: (ctx) =>
    checkLabelValues(ctx, 'rfc3339', (v) => !isRfc3339(v), (label) => `Label \`${label}\` is not a valid time format - must conform to RFC3339.`),
};
