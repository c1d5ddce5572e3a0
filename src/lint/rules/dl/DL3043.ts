import { eachInstruction, type Rule } from '../../rule.js';

export const DL3043: Rule = {
  code: 'DL3043',
  severity: 'error',
  message: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'ONBUILD') return true;
        // The parser leaves `inner` empty for `ONBUILD ONBUILD ...`: read the wrapped keyword from the text.
        const wrapped = inst.inner?.keyword ?? /^[A-Za-z]+/.exec(inst.args)?.[0]?.toUpperCase();
        return wrapped !== 'ONBUILD' && wrapped !== 'FROM' && wrapped !== 'MAINTAINER';
      },
      { onbuild: false },
    ),
};
