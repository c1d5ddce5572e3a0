// DL3066: USER names a user rather than a numeric id, unless the user comes from a build ARG.
import { argName } from '../../dockerfile/syntax.js';
import type { Rule } from '../../rule.js';
import { untilEol } from './labels-flags.js';

export const DL3066: Rule = {
  code: 'DL3066',
  severity: 'info',
  message: 'Non-numeric user-id may not be resolvable by host system',
  check(ctx) {
    // ARG names are remembered across stages, as hadolint does.
    const args = new Set<string>();
    const hits = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'ARG') args.add(argName(inst));
      if (inst.keyword !== 'USER') continue;
      // The text to the end of the line, trailing white space included: `USER 1000 ` fails in hadolint.
      const user = untilEol(inst);
      const uid = user.split(':')[0] as string;
      if (/^[0-9]*$/.test(uid)) continue;
      if ([...args].some((a) => user.includes('${' + a + '}') || user.includes('$' + a))) continue;
      hits.push({ line: inst.line });
    }
    return hits;
  },
};
