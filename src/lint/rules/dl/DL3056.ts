// DL3056: a label the schema types as `semver` is not a semantic version (the semver package).
import type { Rule } from '../../rule.js';
import { checkLabelValues, isSemVer } from './labels-flags.js';

export const DL3056: Rule = {
  code: 'DL3056',
  severity: 'warning',
  message: 'Label `<label>` does not conform to semantic versioning.',
  check: (ctx) => checkLabelValues(ctx, 'semver', (v) => !isSemVer(v), (label) => `Label \`${label}\` does not conform to semantic versioning.`),
};
