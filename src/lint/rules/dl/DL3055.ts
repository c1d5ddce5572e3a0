// DL3055: a label the schema types as `hash` is not a short (7) or full (40) lower-case git hash.
import type { Rule } from '../../rule.js';
import { checkLabelValues, isGitHash } from './labels-flags.js';

export const DL3055: Rule = {
  code: 'DL3055',
  severity: 'warning',
  message: 'Label `<label>` is not a valid git hash.',
  check: (ctx) => checkLabelValues(ctx, 'hash', (v) => !isGitHash(v), (label) => `Label \`${label}\` is not a valid git hash.`),
};
