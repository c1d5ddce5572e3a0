import { parsePairs } from '../../dockerfile/syntax.js';
import { eachInstruction, type Rule } from '../../rule.js';

function invalidKey(key: string): boolean {
  return (
    !/^[a-z]/.test(key) ||
    !/[a-z0-9]$/.test(key) ||
    /[^0-9a-z._/-]/.test(key) ||
    key.startsWith('com.docker.') ||
    key.startsWith('io.docker.') ||
    key.startsWith('org.dockerproject.') ||
    key.includes('..') ||
    key.includes('--')
  );
}

export const DL3048: Rule = {
  code: 'DL3048',
  severity: 'style',
  message: 'Invalid label key.',
  check: (ctx) =>
    eachInstruction(ctx, (inst) => inst.keyword !== 'LABEL' || !parsePairs(inst.args).some((p) => invalidKey(p.key)), { onbuild: false }),
};
