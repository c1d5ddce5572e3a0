import { eachInstruction, type Rule } from '../../rule.js';
import { dropQuotes } from './util.js';

export const DL3000: Rule = {
  code: 'DL3000',
  severity: 'error',
  message: 'Use absolute WORKDIR',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'WORKDIR') return true;
        const path = dropQuotes(inst.args);
        // hadolint crashes on a one-letter path (`WORKDIR a`); we report it as relative.
        return path.startsWith('$') || path.startsWith('/') || /^\p{L}:/u.test(path);
      },
      { onbuild: false },
    ),
};
