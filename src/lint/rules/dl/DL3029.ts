import { parseFrom } from '../../dockerfile/syntax.js';
import { eachInstruction, type Rule } from '../../rule.js';

export const DL3029: Rule = {
  code: 'DL3029',
  severity: 'warning',
  message: 'Do not use --platform flag with FROM',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'FROM') return true;
        const p = parseFrom(inst).platform;
        return p === null || p.includes('BUILDPLATFORM') || p.includes('TARGETPLATFORM');
      },
      { onbuild: false },
    ),
};
