// DL3057: a stage has no HEALTHCHECK (off by default: severity ignore). A stage built FROM a stage
// that has one inherits it, and a HEALTHCHECK in a stage also covers the stages it builds on.
import { parseFrom } from '../../dockerfile/syntax.js';
import type { Rule } from '../../rule.js';

interface Stage {
  line: number;
  /** The image the stage is built from. */
  src: string;
  /** Its alias, or the image name when it has none. */
  name: string;
}

export const DL3057: Rule = {
  code: 'DL3057',
  severity: 'ignore',
  message: '`HEALTHCHECK` instruction missing.',
  check(ctx) {
    let current: Stage | null = null;
    const good = new Set<Stage>();
    const bad = new Set<Stage>();
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') {
        const from = parseFrom(inst);
        const stage: Stage = { line: inst.line, src: from.name, name: from.alias ?? from.name };
        const inherits = current !== null && [...good].some((g) => g.name === stage.src);
        (inherits ? good : bad).add(stage);
        current = stage;
      } else if (inst.keyword === 'HEALTHCHECK' && current !== null) {
        // The stages this one is built on, transitively, among those still without one.
        let parents = [current];
        while (parents.length > 0) {
          const next = [...bad].filter((b) => parents.some((p) => b.name === p.src));
          for (const b of next) {
            bad.delete(b);
            good.add(b);
          }
          parents = next;
        }
        good.add(current);
        bad.delete(current);
      }
    }
    return [...bad].sort((a, b) => a.line - b.line).map((s) => ({ line: s.line }));
  },
};
