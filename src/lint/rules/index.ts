// Every rule lint-dockerfile runs, in report order: hadolint's DL rules, then model-cd's own.
import { helpUri, type RuleMeta } from '../format/formats.js';
import { UNKNOWN_PRAGMA_CODE } from '../lint.js';
import type { Rule } from '../rule.js';
import { dlRules } from './dl/index.js';
import { mlRules } from './ml/index.js';

export const allRules: readonly Rule[] = [...dlRules, ...mlRules].sort((a, b) => a.code.localeCompare(b.code));

export function ruleMetadata(): Map<string, RuleMeta> {
  const meta = new Map<string, RuleMeta>();
  for (const r of allRules) meta.set(r.code, { code: r.code, severity: r.severity, message: r.message, helpUri: helpUri(r.code), rationale: r.docs?.rationale });
  meta.set(UNKNOWN_PRAGMA_CODE.code, { ...UNKNOWN_PRAGMA_CODE, helpUri: helpUri(UNKNOWN_PRAGMA_CODE.code) });
  meta.set('DL1000', { code: 'DL1000', severity: 'error', message: 'The Dockerfile cannot be parsed.', helpUri: helpUri('DL1000') });
  return meta;
}

/** Codes a config or input may name: every rule's, DL1000, MCD0001; SC codes are checked by shape. */
export function isKnownCode(code: string): boolean {
  return /^SC\d{4}$/.test(code) || code === 'DL1000' || code === UNKNOWN_PRAGMA_CODE.code || allRules.some((r) => r.code === code);
}
