// DL3065: `FROM --platform=$TARGETPLATFORM` only restates the default.
import { eachInstruction, type Rule } from '../../rule.js';
import { rawFlag } from './labels-flags.js';

export const DL3065: Rule = {
  code: 'DL3065',
  severity: 'warning',
  message: 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'FROM') return true;
        // The value as written: a quoted `"$TARGETPLATFORM"` does not count, as in hadolint.
        const platform = /^[ \t]*--platform=/.test(inst.raw) ? rawFlag(inst, 'platform') : null;
        return platform !== '$TARGETPLATFORM' && platform !== '${TARGETPLATFORM}';
      },
      { onbuild: false },
    ),
};
