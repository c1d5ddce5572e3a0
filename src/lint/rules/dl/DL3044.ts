import { argName, parsePairs } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';

const VAR_CHAR = /^[0-9A-Za-z_]/;

/** `$name` occurs in `text` and at least one occurrence is not followed by a name character. */
function bareVariableInText(name: string, text: string): boolean {
  const pieces = text.split('$' + name);
  return pieces.length > 1 && pieces.slice(1).some((rest) => rest === '' || !VAR_CHAR.test(rest));
}

const referencedIn = (name: string, value: string) => value.includes('${' + name + '}') || bareVariableInText(name, value);

export const DL3044: Rule = {
  code: 'DL3044',
  severity: 'error',
  message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined.',
  check: (ctx) => {
    const hits: Hit[] = [];
    // Names ENV and ARG have defined so far, in any stage (hadolint never forgets them).
    const defined = new Set<string>();
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'ARG') defined.add(argName(inst));
      if (inst.keyword !== 'ENV') continue;
      const pairs = parsePairs(inst.args);
      // A name defined here and used in the value of another pair of the same ENV (before or after it).
      const selfRefs = pairs.filter(({ key }, i) => pairs.some((p, j) => j !== i && referencedIn(key, p.value))).map((p) => p.key);
      if (selfRefs.some((k) => !defined.has(k))) hits.push({ line: inst.line });
      for (const p of pairs) defined.add(p.key);
    }
    return hits;
  },
};
