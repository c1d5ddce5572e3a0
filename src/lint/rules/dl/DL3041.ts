import type { Instruction } from '../../dockerfile/model.js';
import { parsePairs } from '../../dockerfile/syntax.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { cmdsHaveArgs, getArgsNoFlags, type Command, type ParsedShell } from '../../shell/commands.js';
import { argName, onbuildStreams, stageName } from './util-c.js';

const DNF = ['dnf', 'microdnf'];

function installFilter(c: Command): string[] {
  if (!cmdsHaveArgs(DNF, ['install'], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== 'install' && a !== 'module');
}

const dnfPackages = (shell: ParsedShell) =>
  shell.commands.filter((c) => !cmdsHaveArgs(DNF, ['module', 'group'], c)).flatMap(installFilter);

const dnfModules = (shell: ParsedShell) => shell.commands.filter((c) => cmdsHaveArgs(DNF, ['module'], c)).flatMap(installFilter);

/** hadolint's state: ENV names per stage (a stage starts from the ENVs of the stage it names), ARG names for the whole file. */
class Scope {
  private started = false;
  private stage = 0;
  /** Alias -> the first stage that has it (a map, not a scan: files may have thousands of stages). */
  private readonly aliases = new Map<string, number>();
  private readonly envs = new Map<number, Set<string>>();
  private readonly args = new Set<string>();

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.stage = 0;
    this.aliases.set('', 0);
    this.envs.set(0, new Set());
  }

  env(names: string[]): void {
    this.start();
    const set = this.envs.get(this.stage);
    if (set) for (const n of names) set.add(n);
  }

  arg(name: string): void {
    this.start();
    this.args.add(name);
  }

  from(inst: Instruction): void {
    const { image, alias } = stageName(inst);
    if (!this.started) {
      this.started = true;
      this.stage = 1;
      if (!this.aliases.has(alias ?? '')) this.aliases.set(alias ?? '', 1);
      this.envs.set(1, new Set());
      return;
    }
    const next = this.stage + 1;
    // The lowest-numbered stage whose alias is this FROM's image name; else the (empty) new stage.
    const parent = this.aliases.get(image) ?? next;
    if (!this.aliases.has(alias ?? '')) this.aliases.set(alias ?? '', next);
    this.envs.set(next, new Set(this.envs.get(parent) ?? []));
    this.stage = next;
  }

  defines(pkg: string): boolean {
    if (!this.started) return false;
    const inText = (v: string) => pkg.includes('${' + v + '}');
    return [...(this.envs.get(this.stage) ?? [])].some(inText) || [...this.args].some(inText);
  }
}

const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;

function packageVersionFixed(scope: Scope, pkg: string): boolean {
  const parts = pkg.split('-');
  if (parts.length <= 1) return false;
  if (pkg.endsWith('.rpm')) return true;
  if (pkg.includes('$')) return scope.defines(pkg);
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

function fold(ctx: RuleContext, instructions: Instruction[]): Hit[] {
  const hits: Hit[] = [];
  const scope = new Scope();
  for (const inst of instructions) {
    switch (inst.keyword) {
      case 'RUN': {
        const shell = ctx.shell(inst);
        const ok = dnfPackages(shell).every((p) => packageVersionFixed(scope, p)) && dnfModules(shell).every((m) => m.includes(':'));
        if (!ok) hits.push({ line: inst.line });
        break;
      }
      case 'ENV':
        scope.env(parsePairs(inst.args).map((p) => p.key));
        break;
      case 'ARG':
        scope.arg(argName(inst));
        break;
      case 'FROM':
        scope.from(inst);
        break;
      default:
    }
  }
  return hits;
}

export const DL3041: Rule = {
  code: 'DL3041',
  severity: 'warning',
  message: 'Specify version with `dnf install -y <package>-<version>`.',
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => fold(ctx, stream)),
};
