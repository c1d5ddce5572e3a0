import type { Hit, Rule } from '../../rule.js';

const isRoot = (user: string) => user.startsWith('root:') || user.startsWith('0:') || user === 'root' || user === '0';

export const DL3002: Rule = {
  code: 'DL3002',
  severity: 'warning',
  message: 'Last USER should not be root',
  check: (ctx) => {
    // The last root USER of each stage, keyed by the stage's FROM line; USER before any FROM is not tracked.
    const lastRoot = new Map<number, number>();
    let stage: number | null = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') stage = inst.line;
      else if (inst.keyword === 'USER' && stage !== null) {
        // language-docker keeps trailing spaces: `USER root ` is not root to hadolint.
        if (isRoot(inst.raw.trimStart())) lastRoot.set(stage, inst.line);
        else lastRoot.delete(stage);
      }
    }
    return [...lastRoot.values()].map((line): Hit => ({ line }));
  },
};
