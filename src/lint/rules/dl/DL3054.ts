// DL3054: a label the schema types as `spdx` is not one SPDX license identifier (list 3.23).
import type { Rule } from '../../rule.js';
import { checkLabelValues, isSpdxLicenseId } from './labels-flags.js';

export const DL3054: Rule = {
  code: 'DL3054',
  severity: 'warning',
  message: 'Label `<label>` is not a valid SPDX identifier.',
  check: (ctx) => checkLabelValues(ctx, 'spdx', (v) => !isSpdxLicenseId(v), (label) => `Label \`${label}\` is not a valid SPDX identifier.`),
};
