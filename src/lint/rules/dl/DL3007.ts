import { parseFrom } from '../../dockerfile/syntax.js';
import { eachInstruction, type Rule } from '../../rule.js';

export const DL3007: Rule = {
  code: 'DL3007',
  severity: 'warning',
  message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'FROM') return true;
        const image = parseFrom(inst);
        return image.digest !== null || image.tag !== 'latest';
      },
      { onbuild: false },
    ),
};
