import { eachInstruction, type Rule } from '../../rule.js';
import { readCopyAdd } from './copy-add-exec.js';
import { dropQuotes, isArchive } from './util.js';

const isUrl = (src: string) => ['https://', 'http://'].some((proto) => dropQuotes(src).startsWith(proto));

export const DL3020: Rule = {
  code: 'DL3020',
  severity: 'error',
  message: 'Use COPY instead of ADD for files and folders',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'ADD') return true;
        const add = readCopyAdd(inst);
        return !add || add.sources.every((src) => isArchive(src) || isUrl(src));
      },
      { onbuild: false },
    ),
};
