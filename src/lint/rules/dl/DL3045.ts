import type { Instruction } from '../../dockerfile/model.js';
import type { Hit, Rule } from '../../rule.js';
import { dropQuotes, StageFlag } from './util.js';

/** language-docker's COPY target path: the last path, quotes kept unless in the exec form. */
export function copyTarget(inst: Instruction): string {
  if (inst.json) return inst.json[inst.json.length - 1] ?? '';
  if (inst.heredocs.length > 0) {
    // `COPY <<A <<B dest`: the rest of the first line after the heredoc markers.
    const m = /^(?:<<-*(?:"[^"\n]*"|'[^'\n]*'|\S+)[ \t]*)+([^\n]*)/.exec(stripFlags(inst.raw));
    return (m?.[1] ?? '').trim();
  }
  const words = inst.args.split(/[ \t\n]+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

function stripFlags(raw: string): string {
  return raw.trimStart().replace(/^(?:--\S+\s+)*/, '');
}

function relativeDest(inst: Instruction): boolean {
  const dest = dropQuotes(copyTarget(inst));
  return !dest.startsWith('/') && !/^\p{L}:/u.test(dest) && !dest.startsWith('$');
}

export const DL3045: Rule = {
  code: 'DL3045',
  severity: 'warning',
  message: '`COPY` to a relative destination without `WORKDIR` set.',
  check: (ctx) => {
    const hits: Hit[] = [];
    const workdir = new StageFlag();
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') workdir.from(inst);
      else if (inst.keyword === 'WORKDIR') workdir.set();
      else if (inst.keyword === 'COPY' && !workdir.isSet && relativeDest(inst)) hits.push({ line: inst.line });
    }
    return hits;
  },
};
