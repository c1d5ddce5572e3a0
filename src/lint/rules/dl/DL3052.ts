// DL3052: a label the schema types as `url` is not an absolute URI (network-uri's parseURI).
import type { Rule } from '../../rule.js';
import { checkLabelValues, isUrl } from './labels-flags.js';

export const DL3052: Rule = {
  code: 'DL3052',
  severity: 'warning',
  message: 'Label `<label>` is not a valid URL.',
  check: (ctx) => checkLabelValues(ctx, 'url', (v) => !isUrl(v), (label) => `Label \`${label}\` is not a valid URL.`),
};
