// The progression a rollout runs, read from the `steps` input (canary) or made from the blue/green
// inputs. A canary's steps are Argo Rollouts' (set-weight, pause, analysis) in kebab-case YAML:
//
//   - set-weight: 10
//   - pause: 30s          # `pause: {}` or `pause: until-promoted` waits for mode `promote`
//   - analysis: [error-rate, prediction-agreement]
//   - set-weight: 50
//
// After the last step the new revision takes all traffic (promotion), as in Argo Rollouts.
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../common/errors.js';
import { parseDuration } from './analysis/duration.js';

export type Step =
  | { kind: 'set-weight'; weight: number }
  /** ms null: until a later job runs mode `promote`. */
  | { kind: 'pause'; ms: number | null }
  | { kind: 'analysis'; metrics: string[] };

export const DEFAULT_CANARY_STEPS = '[{set-weight: 10}, {pause: 30s}, {set-weight: 50}, {pause: 30s}]';

const INPUT = 'input `steps`';

/** Parses and checks the canary steps; `metrics` are the names the `analysis` input defines. */
export function parseSteps(text: string, metrics: readonly string[]): Step[] {
  const doc = parseDocument(text.trim() || DEFAULT_CANARY_STEPS);
  if (doc.errors.length) throw new ConfigurationError(INPUT, text, `is not YAML (${doc.errors[0]?.message.split('\n')[0]}). Give a list such as ${DEFAULT_CANARY_STEPS}.`);
  const list: unknown = doc.toJS();
  if (!Array.isArray(list) || list.length === 0) throw new ConfigurationError(INPUT, text, `is not a list of steps. Give a list such as ${DEFAULT_CANARY_STEPS}.`);
  const steps = list.map((raw, i) => parseStep(raw, i + 1, metrics));
  let last = 0;
  steps.forEach((s, i) => {
    if (s.kind !== 'set-weight') return;
    if (s.weight < last) throw new ConfigurationError(`${INPUT}, step ${i + 1}`, `set-weight: ${s.weight}`, `lowers the weight from ${last}. A canary's weights only go up; a failed analysis, or mode \`abort\`, takes traffic back.`);
    last = s.weight;
  });
  return steps;
}

function parseStep(raw: unknown, n: number, metrics: readonly string[]): Step {
  const where = `${INPUT}, step ${n}`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length !== 1) {
    throw new ConfigurationError(where, JSON.stringify(raw) ?? String(raw), 'is not one step. Each step is one of `set-weight: <0-100>`, `pause: <duration>` (or `pause: {}` to wait for mode `promote`), `analysis: [<metric>, …]`.');
  }
  const [key, value] = Object.entries(raw)[0] as [string, unknown];
  if (key === 'set-weight') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) throw new ConfigurationError(`${where}: set-weight`, String(value), 'is not a whole percent from 0 to 100.');
    return { kind: 'set-weight', weight: value };
  }
  if (key === 'pause') {
    if (value === null || value === 'until-promoted' || (typeof value === 'object' && value && !Array.isArray(value) && Object.keys(value).length === 0)) return { kind: 'pause', ms: null };
    const duration = typeof value === 'object' && value && 'duration' in value ? (value as { duration: unknown }).duration : value;
    return { kind: 'pause', ms: parseDuration(duration, `${where}: pause`) };
  }
  if (key === 'analysis') {
    const names = (Array.isArray(value) ? value : [value]).map(String);
    for (const name of names) {
      if (!metrics.includes(name)) throw new ConfigurationError(`${where}: analysis`, name, metrics.length ? `is not a metric of input \`analysis\` (its metrics: ${metrics.join(', ')}).` : 'names a metric, and input `analysis` defines none. Define it there.');
    }
    return { kind: 'analysis', metrics: names };
  }
  throw new ConfigurationError(where, key, 'is not a step. Use `set-weight`, `pause` or `analysis`.');
}

/**
 * Blue/green as steps: analysis of the preview while it takes no traffic, the switch, analysis
 * after it, and the scale-down delay during which the old revision still stands by (a failure
 * switches back to it).
 */
export function blueGreenSteps(o: { prePromotion: string[]; postPromotion: string[]; scaleDownDelayMs: number }): Step[] {
  return [
    ...(o.prePromotion.length ? [{ kind: 'analysis' as const, metrics: o.prePromotion }] : []),
    { kind: 'set-weight', weight: 100 },
    ...(o.postPromotion.length ? [{ kind: 'analysis' as const, metrics: o.postPromotion }] : []),
    ...(o.scaleDownDelayMs > 0 ? [{ kind: 'pause' as const, ms: o.scaleDownDelayMs }] : []),
  ];
}

export function describeStep(s: Step): string {
  if (s.kind === 'set-weight') return `set-weight ${s.weight}`;
  if (s.kind === 'pause') return s.ms === null ? 'pause until promoted' : `pause ${s.ms / 1000} s`;
  return `analysis ${s.metrics.join(', ')}`;
}

