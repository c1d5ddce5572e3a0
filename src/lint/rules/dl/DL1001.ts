import type { Rule } from '../../rule.js';
import { isIgnorePragma } from './util.js';

export const DL1001: Rule = {
  code: 'DL1001',
  severity: 'ignore',
  message: 'Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.',
  check: (ctx) => ctx.file.comments.filter((c) => isIgnorePragma(c.text)).map((c) => ({ line: c.line })),
};
