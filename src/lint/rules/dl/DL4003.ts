// DL4003: more than one CMD in a stage; every CMD after the first is flagged.
import type { Rule } from '../../rule.js';
import { repeatsPerStage } from './util.js';

export const DL4003: Rule = {
  code: 'DL4003',
  severity: 'warning',
  message: 'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
  check: (ctx) => repeatsPerStage(ctx, 'CMD'),
};
