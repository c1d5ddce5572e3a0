// Helpers several DL rules share: hadolint's small text helpers, the ONBUILD split of stateful
// rules, command order, and the stage bookkeeping hadolint repeats in several rules. Readings of
// Dockerfile syntax live in ../../dockerfile/ (syntax.ts, mounts.ts).
import type { Instruction, Keyword } from '../../dockerfile/model.js';
import { argName, parseFrom, parsePairs, sameBaseImage, SCRATCH, type BaseImage } from '../../dockerfile/syntax.js';
import type { Hit, RuleContext } from '../../rule.js';
import type { Command, ParsedShell } from '../../shell/commands.js';

// ---- Text ----

/** hadolint's `dropQuotes`: every leading and trailing `"` or `'` removed. */
export function dropQuotes(s: string): string {
  return s.replace(/^["']+/, '').replace(/["']+$/, '');
}

/** hadolint's `stripInstallPrefix`: the words after the first run of `install`. */
export function stripInstallPrefix(args: string[]): string[] {
  let i = args.indexOf('install');
  if (i < 0) return [];
  while (args[i] === 'install') i++;
  return args.slice(i);
}

/**
 * hadolint's inline ignore pragma (`# hadolint ignore=DL3000,SC2086`), matched on a comment's text
 * after `#`. Codes are runs of `DLSC0-9`; a trailing `# ...` comment is allowed; the separators are
 * commas only (`ignore=DL3000 DL3001` is not a pragma); `global`/`stage` pragmas are not this one.
 */
export function isIgnorePragma(text: string): boolean {
  return /^[ \t]*hadolint[ \t]+ignore[ \t]*=[ \t]*[DLSC0-9]+[ \t]*(?:,[ \t]*[DLSC0-9]+[ \t]*)*(?:#.*)?$/.test(text);
}

/** hadolint's `archiveFileFormatExtensions`. */
export const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

/** A path with one of hadolint's archive extensions, quotes dropped first. */
export const isArchive = (path: string): boolean => {
  const p = dropQuotes(path);
  return ARCHIVE_EXTENSIONS.some((ext) => p.endsWith(ext));
};

/** The last path component (after `/` or `\`), quotes dropped first. */
export function basename(path: string): string {
  const p = dropQuotes(path);
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return p.slice(cut + 1);
}

// ---- ONBUILD and command order ----

/**
 * The instruction streams a stateful `rule <> onbuild rule` folds over, each with fresh state:
 * all top-level instructions (an ONBUILD is seen as itself), then only the instructions ONBUILDs
 * wrap. A wrapped instruction has its ONBUILD's line, so hits land on the ONBUILD line.
 */
export function onbuildStreams(instructions: Instruction[]): Instruction[][] {
  const inner: Instruction[] = [];
  for (const inst of instructions) if (inst.inner) inner.push(inst.inner);
  return [instructions, inner];
}

/** `found(a) < found(b)`, both present: hadolint's `(<) <$> findCommandIndex a <*> findCommandIndex b`. */
export function comesBefore(first: (c: Command) => boolean, second: (c: Command) => boolean, shell: ParsedShell): boolean {
  const a = shell.commands.findIndex(first);
  const b = shell.commands.findIndex(second);
  return a >= 0 && b >= 0 && a < b;
}

// ---- Stages ----

/** The repeats of `keyword` within each stage (ONBUILD ones are not counted). */
export function repeatsPerStage(ctx: RuleContext, keyword: Keyword): Hit[] {
  const hits: Hit[] = [];
  let seen = false;
  for (const inst of ctx.instructions) {
    if (inst.keyword === 'FROM') seen = false;
    else if (inst.keyword === keyword) {
      if (seen) hits.push({ line: inst.line });
      seen = true;
    }
  }
  return hits;
}

/**
 * The per-stage boolean of hadolint's DL3042 and DL3045 (`Map Stage Bool` with `None` before any
 * FROM): a stage inherits the value of the stage its FROM names; a FROM without alias keeps the
 * value already stored under its image name; the first FROM starts from an empty map.
 */
export class StageFlag {
  private started = false;
  private current: string | null = null;
  private readonly values = new Map<string | null, boolean>();

  from(inst: Instruction): void {
    const { name: image, alias } = parseFrom(inst);
    const name = alias ?? image;
    if (!this.started) {
      this.started = true;
      this.values.clear();
    } else {
      this.values.set(name, this.values.get(image) ?? false);
    }
    this.current = name;
  }

  /** Sets the flag on the current stage (or on `None` before any FROM). */
  set(): void {
    if (!this.started) {
      this.started = true;
      this.current = null;
    }
    this.values.set(this.current, true);
  }

  get isSet(): boolean {
    return this.started && this.values.get(this.current) === true;
  }
}

/**
 * hadolint's DL3009 and DL3060: each RUN that `fails` is remembered with its stage's FROM, and at
 * the end those are reported whose FROM equals the last FROM, or whose alias some FROM uses as its
 * image: stages nothing builds on are not reported. Before any FROM the stage is `FROM scratch`.
 */
export function failsInBuiltStages(instructions: Instruction[], fails: (run: Instruction) => boolean): Hit[] {
  let current: BaseImage = SCRATCH;
  const images = new Set<string>();
  const failing: { line: number; from: BaseImage }[] = [];
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      current = parseFrom(inst);
      images.add(current.name);
    } else if (inst.keyword === 'RUN' && fails(inst)) {
      failing.push({ line: inst.line, from: current });
    }
  }
  return failing
    .filter(({ from }) => sameBaseImage(from, current) || (from.alias !== null && images.has(from.alias)))
    .map(({ line }) => ({ line }));
}

/**
 * The state of hadolint's DL3033 and DL3041: ENV names per stage (a stage built `FROM <earlier
 * alias>` starts with that stage's ENV names), ARG names for the whole file (never reset). Before
 * any ENV, ARG or FROM nothing is defined.
 */
export class PackageScope {
  private started = false;
  private stage = 0;
  /** Alias -> the first stage that has it (a map, not a scan: files may have thousands of stages). */
  private readonly aliases = new Map<string, number>();
  private readonly envs = new Map<number, Set<string>>();
  private readonly args = new Set<string>();

  /** Records what an ENV, ARG or FROM defines; other instructions change nothing. */
  visit(inst: Instruction): void {
    if (inst.keyword === 'ENV') {
      this.start();
      const set = this.envs.get(this.stage);
      if (set) for (const p of parsePairs(inst.args)) set.add(p.key);
    } else if (inst.keyword === 'ARG') {
      this.start();
      this.args.add(argName(inst));
    } else if (inst.keyword === 'FROM') {
      this.from(inst);
    }
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.stage = 0;
    this.aliases.set('', 0);
    this.envs.set(0, new Set());
  }

  private from(inst: Instruction): void {
    const { name: image, alias } = parseFrom(inst);
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

  /** `${name}` of an ENV of this stage or of any ARG so far occurs in `text`. */
  defines(text: string): boolean {
    if (!this.started) return false;
    const inText = (v: string) => text.includes('${' + v + '}');
    return [...(this.envs.get(this.stage) ?? [])].some(inText) || [...this.args].some(inText);
  }
}

const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;

/** hadolint's `packageVersionFixed` of DL3033 and DL3041 (yum and dnf packages). */
export function packageVersionFixed(scope: PackageScope, pkg: string): boolean {
  const parts = pkg.split('-');
  if (parts.length <= 1) return false; // also `x.rpm`: hadolint looks for a dash first
  if (pkg.endsWith('.rpm')) return true;
  if (pkg.includes('$')) return scope.defines(pkg);
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * The RUNs `pinned` rejects given the ENV and ARG names defined before them (DL3033, DL3041),
 * the top-level instructions and the ONBUILD-wrapped ones folded separately.
 */
export function unpinnedRuns(ctx: RuleContext, pinned: (shell: ParsedShell, scope: PackageScope) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const stream of onbuildStreams(ctx.instructions)) {
    const scope = new PackageScope();
    for (const inst of stream) {
      if (inst.keyword === 'RUN') {
        if (!pinned(ctx.shell(inst), scope)) hits.push({ line: inst.line });
      } else scope.visit(inst);
    }
  }
  return hits;
}
