// The gates test-model applies: the contract's, with the `gates` input's (a YAML/JSON file or the
// same mapping inline) replacing them metric by metric.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { parseGate, type Gate } from './gates.js';
import { ALL_METRICS } from './report.js';

/** `gates`: a YAML/JSON file, or the same mapping written inline. */
export async function readGates(raw: string, cwd: string): Promise<Gate[]> {
  const value = raw.trim();
  if (!value) return [];
  const { parse } = await import('yaml');
  let text = value;
  let where = 'input `gates`';
  if (!/[:{\n]/.test(value)) {
    const file = resolve(cwd, value);
    try {
      text = await readFile(file, 'utf8');
      where = `gates file ${value}`;
    } catch {
      throw new ConfigurationError('input `gates`', value, 'is neither a readable file nor a mapping. Give a YAML/JSON file, or inline YAML such as `accuracy: {threshold: 0.85, min_relative_change: 0.0}`.');
    }
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigurationError(where, (e as Error).message.split('\n')[0] ?? '', 'is not valid YAML or JSON.');
  }
  const gates = doc && typeof doc === 'object' && 'gates' in doc ? (doc as { gates: unknown }).gates : doc;
  if (!gates || typeof gates !== 'object' || Array.isArray(gates)) throw new ConfigurationError(where, JSON.stringify(doc), 'must map metric names to {threshold, min_absolute_change, min_relative_change, greater_is_better}.');
  return Object.entries(gates).map(([metric, spec]) => parseGate(metric, spec, where, ALL_METRICS));
}

/** The input's gates replace the contract's for the same metric. */
export function mergeGates(fromContract: Gate[], fromInput: Gate[]): Gate[] {
  const byMetric = new Map(fromContract.map((g) => [g.metric, g]));
  for (const g of fromInput) byMetric.set(g.metric, g);
  return [...byMetric.values()];
}
