import type { Rule } from '../../rule.js';
import { repeatsPerStage } from './util.js';

export const DL3012: Rule = {
  code: 'DL3012',
  severity: 'error',
  message: 'Multiple `HEALTHCHECK` instructions',
  check: (ctx) => repeatsPerStage(ctx, 'HEALTHCHECK'),
};
