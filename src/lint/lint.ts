// Runs the rules over one parsed Dockerfile and applies what decides which findings a user sees:
// inline pragmas, configured ignores and severity overrides, in hadolint's order.
import type { LintConfig } from './config.js';
import type { Dockerfile } from './dockerfile/model.js';
import { ignorePragmas, pragmaFilter } from './pragma.js';
import { RuleContext, type Hit, type Rule, type Severity } from './rule.js';

export interface Finding {
  line: number;
  column: number;
  code: string;
  severity: Severity;
  message: string;
}

/** A finding from outside the rule set (ShellCheck), placed on an instruction line. */
export interface ExternalHit extends Hit {
  code: string;
  severity: Severity;
  message: string;
}

export function lintParsed(file: Dockerfile, config: LintConfig, rules: readonly Rule[], external: ExternalHit[] = []): Finding[] {
  if (file.error) {
    // hadolint reports only the parse error for a file it cannot parse.
    return [{ line: file.error.line, column: file.error.column, code: 'DL1000', severity: 'error', message: file.error.message }];
  }
  const ctx = new RuleContext(file, {
    trustedRegistries: config.trustedRegistries,
    labelSchema: config.labelSchema,
    strictLabels: config.strictLabels,
  });
  let findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(ctx)) {
      findings.push({ line: hit.line, column: 1, code: rule.code, severity: rule.severity, message: hit.message ?? rule.message });
    }
  }
  for (const hit of external) findings.push({ line: hit.line, column: 1, code: hit.code, severity: hit.severity, message: hit.message });
  findings.push(...unknownPragmaCodes(file, rules));

  if (!config.disableIgnorePragma) {
    const ignored = pragmaFilter(file);
    findings = findings.filter((f) => !ignored(f.line, f.code));
  }
  findings = findings.map((f) => ({ ...f, severity: overriddenSeverity(f, config) }));
  findings = findings.filter((f) => f.severity !== 'ignore' && !config.ignored.includes(f.code));
  // Stable: same line keeps rule order, as hadolint prints.
  return findings.sort((a, b) => a.line - b.line);
}

function overriddenSeverity(f: Finding, config: LintConfig): Severity {
  // hadolint applies style, info, warning, then error: the most severe listing wins.
  for (const s of ['error', 'warning', 'info', 'style'] as const) {
    if (config.override[s].includes(f.code)) return s;
  }
  return f.severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3, ignore: 4 };

/** Whether a finding of this severity fails the run under `threshold` (hadolint semantics). */
export function failsThreshold(severity: Severity, threshold: LintConfig['failureThreshold']): boolean {
  if (threshold === 'none') return false;
  return RANK[severity] <= RANK[threshold];
}

/** MCD0001's text; the code itself is listed with the rules' metadata. */
export const UNKNOWN_PRAGMA_CODE = { code: 'MCD0001', severity: 'warning', message: 'Unknown rule code in an ignore pragma: it silences nothing.' } as const;

/**
 * A pragma naming a code no rule has (a typo such as DL3O08) silences nothing; hadolint says
 * nothing about it, we report it. ShellCheck codes are accepted as they are (SC followed by digits).
 */
function unknownPragmaCodes(file: Dockerfile, rules: readonly Rule[]): Finding[] {
  const known = new Set(rules.map((r) => r.code));
  known.add('DL1000');
  known.add(UNKNOWN_PRAGMA_CODE.code);
  const out: Finding[] = [];
  for (const p of ignorePragmas(file)) {
    for (const code of p.codes) {
      if (known.has(code) || /^SC\d{4}$/.test(code)) continue;
      out.push({ line: p.line, column: 1, code: UNKNOWN_PRAGMA_CODE.code, severity: UNKNOWN_PRAGMA_CODE.severity, message: `Unknown rule code ${code} in an ignore pragma: it silences nothing. Use a DL, SC or MCD code (see docs/rules).` });
    }
  }
  return out;
}
