import type { Instruction } from '../../dockerfile/model.js';
import { parseFrom, parsePairs } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { cmdHasArgs, getArgsNoFlags, type Command, type ParsedShell } from '../../shell/commands.js';
import { fromImage, onbuildPasses } from './util-b.js';

function installFilter(c: Command): string[] {
  if (!cmdHasArgs('yum', ['install'], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== 'install' && a !== 'module');
}

const yumPackages = (shell: ParsedShell) => shell.commands.filter((c) => !cmdHasArgs('yum', ['module'], c)).flatMap(installFilter);
const yumModules = (shell: ParsedShell) => shell.commands.filter((c) => cmdHasArgs('yum', ['module'], c)).flatMap(installFilter);

/**
 * hadolint's stage bookkeeping: ARG names are global (never reset); ENV names belong to the stage
 * and a stage built `FROM <earlier alias>` starts with that stage's ENV names. Before any ENV, ARG
 * or FROM nothing is defined.
 */
interface Acc {
  stage: number;
  /** Alias -> the first stage that has it (a map, not a scan: files may have thousands of stages). */
  aliases: Map<string, number>;
  envs: Map<number, Set<string>>;
  args: Set<string>;
}

function packageVersionFixed(acc: Acc | null, pkg: string): boolean {
  const parts = pkg.split('-');
  if (parts.length <= 1) return false; // also `x.rpm`: hadolint looks for a dash first
  if (pkg.endsWith('.rpm')) return true;
  if (pkg.includes('$')) return acc !== null && envDefined(acc, pkg);
  return isVersionLike(parts.slice(1));
}

function envDefined(acc: Acc, pkg: string): boolean {
  const inText = (v: string) => pkg.includes('${' + v + '}');
  return [...(acc.envs.get(acc.stage) ?? [])].some(inText) || [...acc.args].some(inText);
}

const isVersionLike = (parts: string[]) =>
  parts.length > 0 && parts.every((p) => /^[0-9A-Za-z.~^_:+]*$/.test(p)) && parts.some((p) => /^[0-9]/.test(p));

/** hadolint's ARG name: up to `=` or whitespace. */
const argName = (inst: Instruction) => /^[^=\s]*/.exec(inst.args)?.[0] ?? '';

function newAcc(stage: number, alias: string): Acc {
  return { stage, aliases: new Map([[alias, stage]]), envs: new Map([[stage, new Set()]]), args: new Set() };
}

function step(acc: Acc | null, inst: Instruction): Acc | null {
  switch (inst.keyword) {
    case 'ENV': {
      const a = acc ?? newAcc(0, '');
      const env = a.envs.get(a.stage);
      if (env) for (const p of parsePairs(inst.args)) env.add(p.key);
      return a;
    }
    case 'ARG': {
      const a = acc ?? newAcc(0, '');
      a.args.add(argName(inst));
      return a;
    }
    case 'FROM': {
      const alias = parseFrom(inst).alias ?? '';
      if (!acc) return newAcc(1, alias);
      const next = acc.stage + 1;
      // The first stage whose alias is this image's name (registry aside) passes on its ENV names.
      const name = fromImage(inst).name;
      const parent = acc.aliases.get(name) ?? next;
      acc.envs.set(next, new Set(acc.envs.get(parent) ?? []));
      if (!acc.aliases.has(alias)) acc.aliases.set(alias, next);
      acc.stage = next;
      return acc;
    }
    default:
      return acc;
  }
}

export const DL3033: Rule = {
  code: 'DL3033',
  severity: 'warning',
  message: 'Specify version with `yum install -y <package>-<version>`.',
  check: (ctx) => {
    const hits: Hit[] = [];
    // Top-level instructions, then the ONBUILD-wrapped ones on their own state, as hadolint's
    // `rule <> onbuild rule` folds them.
    for (const pass of onbuildPasses(ctx.instructions)) {
      let acc: Acc | null = null;
      for (const { inst, line } of pass) {
        if (inst.keyword === 'RUN') {
          const shell = ctx.shell(inst);
          const state = acc;
          const ok = yumPackages(shell).every((p) => packageVersionFixed(state, p)) && yumModules(shell).every((m) => m.includes(':'));
          if (!ok) hits.push({ line });
        } else acc = step(acc, inst);
      }
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
