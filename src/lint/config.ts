// hadolint-compatible configuration: the same YAML keys, the same HADOLINT_* environment
// variables and the same precedence (file < environment < explicit inputs).
import { ConfigurationError } from '../common/errors.js';
import type { LabelType, Severity } from './rule.js';

export const SEVERITIES = ['error', 'warning', 'info', 'style', 'ignore'] as const;
export const LABEL_TYPES: readonly LabelType[] = ['email', 'hash', 'text', 'rfc3339', 'semver', 'spdx', 'url'];

export interface LintConfig {
  ignored: string[];
  override: Record<Exclude<Severity, 'ignore'>, string[]>;
  trustedRegistries: string[];
  labelSchema: Record<string, LabelType>;
  strictLabels: boolean;
  disableIgnorePragma: boolean;
  /** Findings at or above this severity fail the run; `ignore` fails on anything, `none` never. */
  failureThreshold: Severity | 'none';
  noFail: boolean;
}

export type PartialLintConfig = Partial<LintConfig>;

export function defaultLintConfig(): LintConfig {
  return {
    ignored: [],
    override: { error: [], warning: [], info: [], style: [] },
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false,
    disableIgnorePragma: false,
    failureThreshold: 'info',
    noFail: false,
  };
}

/** Later partials win for scalars; lists are added together, as hadolint merges them. */
export function mergeConfig(...parts: PartialLintConfig[]): LintConfig {
  const out = defaultLintConfig();
  for (const p of parts) {
    if (p.ignored) out.ignored = [...out.ignored, ...p.ignored];
    if (p.override) {
      for (const k of ['error', 'warning', 'info', 'style'] as const) out.override[k] = [...out.override[k], ...(p.override[k] ?? [])];
    }
    if (p.trustedRegistries) out.trustedRegistries = [...out.trustedRegistries, ...p.trustedRegistries];
    if (p.labelSchema) out.labelSchema = { ...out.labelSchema, ...p.labelSchema };
    if (p.strictLabels !== undefined) out.strictLabels = p.strictLabels;
    if (p.disableIgnorePragma !== undefined) out.disableIgnorePragma = p.disableIgnorePragma;
    if (p.failureThreshold !== undefined) out.failureThreshold = p.failureThreshold;
    if (p.noFail !== undefined) out.noFail = p.noFail;
  }
  return out;
}

export function parseSeverity(value: string, subject: string): Severity | 'none' {
  const v = value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(v) || v === 'none') return v as Severity | 'none';
  throw new ConfigurationError(subject, value, `is not a severity. Use one of: error, warning, info, style, ignore, none.`);
}

/**
 * Reads a `.hadolint.yaml`. `path` names the file in errors. Unknown keys are reported through
 * `warn` rather than failing: configs written for a newer hadolint should still work, but a typo
 * such as `ignore:` for `ignored:` must not pass unnoticed.
 */
export async function parseConfigFile(text: string, path: string, warn: (msg: string) => void = () => {}): Promise<PartialLintConfig> {
  // Loaded only when there is a config file: the YAML parser is most of the bundle's start-up.
  const { parse: parseYaml } = await import('yaml');
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ConfigurationError(`config file ${path}`, text.slice(0, 60), `is not valid YAML (${msg}). Fix the syntax; see https://github.com/hadolint/hadolint#configure for the format.`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ConfigurationError(`config file ${path}`, String(text.slice(0, 60)), 'must be a YAML mapping with keys such as `ignored`, `override`, `trustedRegistries`, `failure-threshold`.');
  }
  const m = doc as Record<string, unknown>;
  const where = (key: string) => `key \`${key}\` in ${path}`;
  const out: PartialLintConfig = {};
  for (const key of Object.keys(m)) {
    if (!KNOWN_KEYS.has(key)) warn(`${path}: unknown key \`${key}\` is ignored (known keys: ${[...KNOWN_KEYS].join(', ')})`);
  }
  if (m.ignored !== undefined) out.ignored = stringList(m.ignored, where('ignored'));
  if (m.trustedRegistries !== undefined) out.trustedRegistries = stringList(m.trustedRegistries, where('trustedRegistries'));
  if (m.override !== undefined) {
    if (typeof m.override !== 'object' || m.override === null || Array.isArray(m.override)) {
      throw new ConfigurationError(where('override'), JSON.stringify(m.override), 'must map error/warning/info/style to lists of rule codes.');
    }
    const o = m.override as Record<string, unknown>;
    out.override = { error: [], warning: [], info: [], style: [] };
    for (const [k, v] of Object.entries(o)) {
      if (k !== 'error' && k !== 'warning' && k !== 'info' && k !== 'style') {
        throw new ConfigurationError(where('override'), k, 'is not a severity to override to. Use error, warning, info or style.');
      }
      out.override[k] = stringList(v, where(`override.${k}`));
    }
  }
  if (m['label-schema'] !== undefined) out.labelSchema = labelSchema(m['label-schema'], where('label-schema'));
  if (m['strict-labels'] !== undefined) out.strictLabels = bool(m['strict-labels'], where('strict-labels'));
  if (m['disable-ignore-pragma'] !== undefined) out.disableIgnorePragma = bool(m['disable-ignore-pragma'], where('disable-ignore-pragma'));
  if (m['no-fail'] !== undefined) out.noFail = bool(m['no-fail'], where('no-fail'));
  if (m['failure-threshold'] !== undefined) out.failureThreshold = parseSeverity(String(m['failure-threshold']), where('failure-threshold'));
  return out;
}

// Keys hadolint reads; those that only shape its own terminal output are accepted and unused.
const KNOWN_KEYS = new Set([
  'ignored',
  'override',
  'trustedRegistries',
  'label-schema',
  'strict-labels',
  'disable-ignore-pragma',
  'failure-threshold',
  'no-fail',
  'no-color',
  'verbose',
  'format',
  'formats',
]);

function stringList(v: unknown, subject: string): string[] {
  if (v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    throw new ConfigurationError(subject, JSON.stringify(v), 'must be a list of strings, e.g. `- DL3008`.');
  }
  return v.map(String);
}

function bool(v: unknown, subject: string): boolean {
  if (typeof v === 'boolean') return v;
  throw new ConfigurationError(subject, JSON.stringify(v), 'must be true or false.');
}

function labelSchema(v: unknown, subject: string): Record<string, LabelType> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new ConfigurationError(subject, JSON.stringify(v), 'must map label names to types, e.g. `maintainer: email`.');
  }
  const out: Record<string, LabelType> = {};
  for (const [name, type] of Object.entries(v as Record<string, unknown>)) {
    const t = type === null || type === '' ? 'text' : String(type);
    if (!(LABEL_TYPES as readonly string[]).includes(t)) {
      throw new ConfigurationError(`${subject} (label ${name})`, t, `is not a label type. Use one of: ${LABEL_TYPES.join(', ')}.`);
    }
    out[name] = t as LabelType;
  }
  return out;
}

const TRUTHY = new Set(['1', 'y', 'on', 'true', 'yes']);

/** hadolint's HADOLINT_* variables. */
export function configFromEnv(env: Record<string, string | undefined>): PartialLintConfig {
  const out: PartialLintConfig = {};
  const list = (name: string) =>
    (env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const flag = (name: string) => (env[name] === undefined ? undefined : TRUTHY.has((env[name] as string).toLowerCase()));
  if (env.HADOLINT_NOFAIL !== undefined) out.noFail = flag('HADOLINT_NOFAIL');
  if (env.HADOLINT_STRICT_LABELS !== undefined) out.strictLabels = flag('HADOLINT_STRICT_LABELS');
  if (env.HADOLINT_DISABLE_IGNORE_PRAGMA !== undefined) out.disableIgnorePragma = flag('HADOLINT_DISABLE_IGNORE_PRAGMA');
  if (env.HADOLINT_IGNORE) out.ignored = list('HADOLINT_IGNORE');
  if (env.HADOLINT_TRUSTED_REGISTRIES) out.trustedRegistries = list('HADOLINT_TRUSTED_REGISTRIES');
  const override = {
    error: list('HADOLINT_OVERRIDE_ERROR'),
    warning: list('HADOLINT_OVERRIDE_WARNING'),
    info: list('HADOLINT_OVERRIDE_INFO'),
    style: list('HADOLINT_OVERRIDE_STYLE'),
  };
  if (Object.values(override).some((l) => l.length)) out.override = override;
  if (env.HADOLINT_REQUIRE_LABELS) {
    const schema: Record<string, LabelType> = {};
    for (const item of list('HADOLINT_REQUIRE_LABELS')) {
      const [name, type = ''] = item.split(':');
      const t = type === '' ? 'text' : type;
      // hadolint skips entries with an unknown type; so do we.
      if (name && (LABEL_TYPES as readonly string[]).includes(t)) schema[name] = t as LabelType;
    }
    out.labelSchema = schema;
  }
  // hadolint ignores an unreadable threshold here; an explicit input is validated instead.
  const ft = env.HADOLINT_FAILURE_THRESHOLD?.trim().toLowerCase();
  if (ft && ((SEVERITIES as readonly string[]).includes(ft) || ft === 'none')) out.failureThreshold = ft as Severity | 'none';
  return out;
}
