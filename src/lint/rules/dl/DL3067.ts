// DL3067: `COPY --from=stage / /` copies a whole filesystem from another stage.
import { eachInstruction, type Rule } from '../../rule.js';
import { rawFlag } from './labels-flags.js';
import { dropQuotes } from './util.js';

export const DL3067: Rule = {
  code: 'DL3067',
  severity: 'warning',
  message: 'Do not copy an entire filesystem from another stage',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'COPY' || rawFlag(inst, 'from') === null || inst.heredocs.length > 0) return true;
        // language-docker keeps the quotes of space-separated paths; dropQuotes removes them.
        const paths = inst.json ?? inst.args.split(/[ \t]+/).filter(Boolean);
        if (paths.length < 2) return true;
        const target = paths[paths.length - 1] as string;
        return !(paths.slice(0, -1).some((p) => dropQuotes(p) === '/') && dropQuotes(target) === '/');
      },
      { onbuild: false },
    ),
};
