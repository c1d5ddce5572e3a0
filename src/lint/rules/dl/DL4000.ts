// DL4000: MAINTAINER is deprecated (use a label).
import { eachInstruction, type Rule } from '../../rule.js';

export const DL4000: Rule = {
  code: 'DL4000',
  severity: 'error',
  message: 'MAINTAINER is deprecated',
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== 'MAINTAINER', { onbuild: false }),
};
