// What a lint rule is: a code, a default severity, a message, and a check over the whole parsed
// Dockerfile that returns the lines it fails on. Whole-file checks keep stateful rules (stages,
// earlier instructions) as plain loops.
import type { Dockerfile, Instruction } from './dockerfile/model.js';
import { parseCommands, type ParsedShell } from './shell/commands.js';

export type Severity = 'error' | 'warning' | 'info' | 'style' | 'ignore';

export type LabelType = 'email' | 'hash' | 'text' | 'rfc3339' | 'semver' | 'spdx' | 'url';

export interface RuleOptions {
  /** DL3026: registries FROM may use; empty means the rule is off. */
  trustedRegistries: string[];
  /** DL3049-DL3058: required labels and their types; empty means those rules are off. */
  labelSchema: Record<string, LabelType>;
  /** DL3050: labels outside the schema are findings. */
  strictLabels: boolean;
}

export const defaultRuleOptions = (): RuleOptions => ({ trustedRegistries: [], labelSchema: {}, strictLabels: false });

export interface Hit {
  line: number;
  /** Overrides the rule's message (for rules whose text names what they found). */
  message?: string;
}

/** Documentation of a rule beyond hadolint's set (shown by `--help` and in docs/rules). */
export interface RuleDocs {
  rationale: string;
  bad: string;
  good: string;
}

export interface Rule {
  code: string;
  severity: Severity;
  message: string;
  docs?: RuleDocs;
  check(ctx: RuleContext): Hit[];
}

export class RuleContext {
  private readonly shells = new Map<Instruction, ParsedShell>();

  constructor(
    readonly file: Dockerfile,
    readonly options: RuleOptions,
  ) {}

  get instructions(): Instruction[] {
    return this.file.instructions;
  }

  /**
   * The shell script of a RUN (or any instruction with shell arguments), parsed once. The exec
   * form is read as its words joined by spaces, as hadolint does.
   */
  shell(inst: Instruction): ParsedShell {
    let parsed = this.shells.get(inst);
    if (!parsed) {
      parsed = parseCommands(inst.json ? inst.json.join(' ') : inst.args);
      this.shells.set(inst, parsed);
    }
    return parsed;
  }
}

/**
 * Runs `check` on every instruction and, where hadolint applies a rule inside ONBUILD too, on the
 * instruction an ONBUILD wraps (reported on the ONBUILD line).
 */
export function eachInstruction(
  ctx: RuleContext,
  check: (inst: Instruction) => boolean,
  opts: { onbuild: boolean },
): Hit[] {
  const hits: Hit[] = [];
  for (const inst of ctx.instructions) {
    if (!check(inst)) hits.push({ line: inst.line });
    else if (opts.onbuild && inst.inner && !check(inst.inner)) hits.push({ line: inst.line });
  }
  return hits;
}

/** The lines one rule fails on for a Dockerfile text: what rule unit tests assert. */
export function runRule(rule: Rule, file: Dockerfile, options: Partial<RuleOptions> = {}): number[] {
  const ctx = new RuleContext(file, { ...defaultRuleOptions(), ...options });
  return rule
    .check(ctx)
    .map((h) => h.line)
    .sort((a, b) => a - b);
}
