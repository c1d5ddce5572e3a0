// Inline pragmas, read as hadolint reads them:
//   # hadolint ignore=DL3008,SC2086          the next line only
//   # hadolint stage ignore=DL3008           the rest of the stage that starts on the next line
//   # hadolint global ignore=DL3059          the whole file
//   # hadolint shell=powershell              the shell ShellCheck should assume
// A comment that does not match the grammar exactly (e.g. trailing words) is not a pragma. Codes
// may hold any capital letter (hadolint allows only D, L, S, C) so that MCD codes can be ignored.
import type { Dockerfile } from './dockerfile/model.js';

const PRAGMA = /^[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([A-Z0-9]+(?:[ \t]*,[ \t]*[A-Z0-9]+)*)[ \t]*(?:#.*)?$/;
const SHELL_PRAGMA = /^[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*([^\s]+)[ \t]*(?:#.*)?$/;

export interface IgnorePragma {
  scope: 'line' | 'stage' | 'global';
  codes: string[];
  /** Line of the comment. */
  line: number;
}

export function parseIgnorePragma(text: string, line: number): IgnorePragma | null {
  const m = PRAGMA.exec(text);
  if (!m) return null;
  const codes = (m[2] as string).split(',').map((c) => c.trim());
  const scope = m[1] === 'global' ? 'global' : m[1] === 'stage' ? 'stage' : 'line';
  return { scope, codes, line };
}

export function parseShellPragma(text: string): string | null {
  return SHELL_PRAGMA.exec(text)?.[1] ?? null;
}

export function ignorePragmas(file: Dockerfile): IgnorePragma[] {
  const out: IgnorePragma[] = [];
  for (const c of file.comments) {
    const p = parseIgnorePragma(c.text, c.line);
    if (p) out.push(p);
  }
  return out;
}

/** A predicate telling whether a finding (line, code) is silenced by the file's pragmas. */
export function pragmaFilter(file: Dockerfile): (line: number, code: string) => boolean {
  const byLine = new Map<number, Set<string>>();
  const byStage = new Map<number, Set<string>>();
  const global = new Set<string>();
  const pragmas = ignorePragmas(file);
  for (const p of pragmas) {
    if (p.scope === 'global') for (const c of p.codes) global.add(c);
    else if (p.scope === 'line') byLine.set(p.line + 1, new Set(p.codes));
    else byStage.set(p.line + 1, new Set(p.codes));
  }
  for (const inst of file.instructions) {
    if (inst.keyword === 'FROM' && !byStage.has(inst.line)) byStage.set(inst.line, new Set());
  }
  const stageStarts = [...byStage.keys()].sort((a, b) => a - b);
  return (line, code) => {
    if (global.has(code) || byLine.get(line)?.has(code)) return true;
    // hadolint looks up the last stage start strictly before the finding's line (binary search:
    // a generated file can have thousands of stages and findings).
    let lo = 0;
    let hi = stageStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((stageStarts[mid] as number) < line) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? (stageStarts[lo - 1] as number) : 0;
    return byStage.get(start)?.has(code) ?? false;
  };
}
