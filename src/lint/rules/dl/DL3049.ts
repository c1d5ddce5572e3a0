// DL3049: a label of the schema is missing from a stage. A stage built FROM an earlier stage that
// has the label inherits it; a stage counts as labelled when a later stage copies from it or
// builds on it and sets the label (hadolint's quirk, kept).
import { parseFrom } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { labelPairs, rawFlag, schemaLabels } from './labels-flags.js';

interface Stage {
  line: number;
  image: string;
  alias: string | null;
}

export const DL3049: Rule = {
  code: 'DL3049',
  severity: 'info',
  message: 'Label `<label>` is missing.',
  check(ctx) {
    const hits: Hit[] = [];
    for (const label of schemaLabels(ctx)) {
      let current: Stage | null = null;
      const good = new Set<Stage>();
      const bad = new Set<Stage>();
      // Bad stages with this alias stop being reported (hadolint moves them to a "silent" set).
      const silence = (name: string) => {
        for (const s of bad) if (s.alias !== null && s.alias === name) bad.delete(s);
      };
      for (const inst of ctx.instructions) {
        if (inst.keyword === 'FROM') {
          const from = parseFrom(inst);
          const stage: Stage = { line: inst.line, image: from.name, alias: from.alias };
          const inherits = current !== null && [...good].some((g) => g.alias !== null && g.alias === stage.image);
          (inherits ? good : bad).add(stage);
          current = stage;
        } else if (current === null) {
          continue;
        } else if (inst.keyword === 'COPY') {
          const source = rawFlag(inst, 'from');
          if (source !== null) silence(source);
        } else if (inst.keyword === 'LABEL' && labelPairs(inst).some((p) => p.key === label)) {
          silence(current.alias ?? current.image);
          good.add(current);
          bad.delete(current);
        }
      }
      for (const s of [...bad].sort((a, b) => a.line - b.line)) hits.push({ line: s.line, message: `Label \`${label}\` is missing.` });
    }
    return hits;
  },
};
