// DL4004: more than one ENTRYPOINT in a stage; every ENTRYPOINT after the first is flagged.
import type { Rule } from '../../rule.js';
import { repeatsPerStage } from './util.js';

export const DL4004: Rule = {
  code: 'DL4004',
  severity: 'error',
  message: 'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
  check: (ctx) => repeatsPerStage(ctx, 'ENTRYPOINT'),
};
