import { eachInstruction, type Rule } from '../../rule.js';
import { readCopyAdd } from './copy-add-exec.js';
import { dropQuotes } from './util.js';

// hadolint tests the target as written: only surrounding quotes are ignored, so a heredoc target
// with a trailing space does not end with `/`.
const endsWithSlash = (target: string) => target !== '' && dropQuotes(target).endsWith('/');

export const DL3021: Rule = {
  code: 'DL3021',
  severity: 'error',
  message: 'COPY with more than 2 arguments requires the last argument to end with /',
  check: (ctx) =>
    eachInstruction(
      ctx,
      (inst) => {
        if (inst.keyword !== 'COPY') return true;
        const copy = readCopyAdd(inst);
        return !copy || copy.sources.length <= 1 || endsWithSlash(copy.target);
      },
      { onbuild: false },
    ),
};
