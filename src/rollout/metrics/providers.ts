// A metric's `provider:` mapping: exactly one of the providers this folder holds, read into its
// config, and the MetricProvider made from it (what the analysis' parseMetrics and runAnalysis take).
import { ConfigurationError } from '../../common/errors.js';
import type { MetricProvider } from '../types.js';
import { show } from './config-keys.js';
import { endpointCheckProvider, parseEndpointCheckConfig, type EndpointCheckConfig, type RunEndpointChecks } from './endpoint-check.js';
import { parsePrometheusConfig, prometheusProvider, type PrometheusConfig } from './prometheus.js';
import { parseServeMetricConfig, serveMetricProvider, type ServeMetricConfig, type ServeProviderOptions } from './serve-metrics.js';

export type ProviderConfig =
  | { kind: 'prometheus'; prometheus: PrometheusConfig }
  | { kind: 'serve'; serve: ServeMetricConfig }
  | { kind: 'test-endpoint'; testEndpoint: EndpointCheckConfig };

const KINDS = ['prometheus', 'serve', 'test-endpoint'];

export function parseProvider(raw: unknown, where: string): ProviderConfig {
  const keys = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  if (keys.length !== 1 || !KINDS.includes(keys[0] as string)) {
    throw new ConfigurationError(where, show(raw), `must name one provider: ${KINDS.join(', ')}, e.g. {serve: {target: canary, metric: error-rate}}.`);
  }
  const kind = keys[0] as string;
  const value = (raw as Record<string, unknown>)[kind];
  const at = `${where} \`${kind}\``;
  if (kind === 'prometheus') return { kind, prometheus: parsePrometheusConfig(value, at) };
  if (kind === 'serve') return { kind, serve: parseServeMetricConfig(value, at) };
  return { kind: 'test-endpoint', testEndpoint: parseEndpointCheckConfig(value, at) };
}

export interface ProviderOptions extends Pick<ServeProviderOptions, 'resolveTarget'> {
  runEndpointChecks: RunEndpointChecks;
  log(line: string): void;
}

/** A new provider per analysis run: the serve provider keeps its last scrape between measurements. */
export function makeProvider(c: ProviderConfig, o: ProviderOptions): MetricProvider {
  if (c.kind === 'prometheus') return prometheusProvider(c.prometheus);
  if (c.kind === 'serve') return serveMetricProvider(c.serve, o);
  return endpointCheckProvider(c.testEndpoint, { resolveTarget: o.resolveTarget, run: o.runEndpointChecks, log: o.log });
}
