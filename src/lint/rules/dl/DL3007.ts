import { eachInstruction, type Rule } from '../../rule.js';
import { readImage } from './util-a.js';

export const DL3007: Rule = {
  code: 'DL3007',
  severity: 'warning',
  message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'FROM') return true;
        const image = readImage(inst);
        return image.digest !== null || image.tag !== 'latest';
      },
      { onbuild: false },
    ),
};
