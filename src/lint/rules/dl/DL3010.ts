import type { Instruction } from '../../dockerfile/model.js';
import type { Hit, Rule } from '../../rule.js';
import { getArgs, getArgsNoFlags, type Command } from '../../shell/commands.js';
import { basename, isArchive } from './util.js';

const UNZIP = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

// `tar xf a.tar` (no dash) is not seen as extracting, as in hadolint.
const isTarExtract = (cmd: Command) =>
  cmd.name === 'tar' && getArgs(cmd).some((a) => a === '--extract' || a === '--get' || (a.startsWith('-') && a.includes('x')));

/** COPY's sources and target as language-docker splits them (heredoc markers are sources). */
function copyPaths(inst: Instruction): { sources: string[]; target: string } | null {
  if (inst.heredocs.length > 0) {
    const rest = inst.raw.replace(/^\s*(?:--\S+\s+)*/, '');
    const m = /^(?:<<-*(?:"[^"]*"|'[^']*'|\S+)[ \t]*)+/.exec(rest);
    if (!m) return null;
    const sources = m[0].trim().split(/[ \t]+/);
    return { sources, target: rest.slice(m[0].length) };
  }
  const words = inst.json ?? inst.args.split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  return { sources: words.slice(0, -1), target: words[words.length - 1] as string };
}

export const DL3010: Rule = {
  code: 'DL3010',
  severity: 'info',
  message: 'Use `ADD` for extracting archives into an image',
  check: (ctx) => {
    // Archives copied in the current stage (COPY line, file name) and the COPY lines extracted later.
    let archives: { line: number; name: string }[] = [];
    let extracted = new Set<number>();
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') {
        // hadolint resets its whole state here, findings of earlier stages included; we match it.
        archives = [];
        extracted = new Set();
      } else if (inst.keyword === 'COPY' && !inst.flags.some((f) => f.name === 'from' && f.value !== null)) {
        const paths = copyPaths(inst);
        if (!paths) continue;
        if (isArchive(paths.target)) archives.push({ line: inst.line, name: basename(paths.target) });
        else for (const src of paths.sources) if (isArchive(basename(src))) archives.push({ line: inst.line, name: basename(src) });
      } else if (inst.keyword === 'RUN') {
        const extracting = ctx.shell(inst).commands.filter((c) => isTarExtract(c) || UNZIP.has(c.name));
        for (const cmd of extracting) {
          const names = new Set(getArgsNoFlags(cmd).map(basename));
          for (const a of archives) if (names.has(a.name)) extracted.add(a.line);
        }
      }
    }
    return [...extracted].map((line): Hit => ({ line }));
  },
};
