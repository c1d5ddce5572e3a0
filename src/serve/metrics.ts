// The metrics a server exposes on GET /metrics, in Prometheus' text format (0.0.4): what rollout
// analysis reads (error rate, latency quantiles, prediction class shares) and what an operator
// reads (validation failures by reason, batch sizes). A handful of counters and histograms with
// fixed buckets need no client library; the names are model-cd's public interface (docs/serve.md).

type Labels = Record<string, string>;

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (l: Labels) => {
  const parts = Object.entries(l).map(([k, v]) => `${k}="${escape(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};
const num = (v: number) => (Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN');

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  render(): string[];
}

export class Counter implements Family {
  readonly type = 'counter';
  private values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    const v = this.values.get(key);
    if (v) v.value += by;
    else this.values.set(key, { labels, value: by });
  }

  render(): string[] {
    return [...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${num(v.value)}`);
  }
}

export class Gauge implements Family {
  readonly type = 'gauge';
  private values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  set(labels: Labels, value: number): void {
    this.values.set(labelText(labels), { labels, value });
  }

  render(): string[] {
    return [...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${num(v.value)}`);
  }
}

export class Histogram implements Family {
  readonly type = 'histogram';
  private series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    /** Upper bounds, ascending; +Inf is implied. */
    readonly buckets: readonly number[],
  ) {}

  observe(value: number, labels: Labels = {}): void {
    const key = labelText(labels);
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { labels, counts: new Array<number>(this.buckets.length).fill(0), sum: 0, count: 0 }));
    // Counts per bucket here, made cumulative when rendered.
    const i = this.buckets.findIndex((b) => value <= b);
    if (i >= 0) s.counts[i] = (s.counts[i] as number) + 1;
    s.sum += value;
    s.count++;
  }

  render(): string[] {
    const lines: string[] = [];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((b, i) => {
        cumulative += s.counts[i] as number;
        lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: num(b) })} ${cumulative}`);
      });
      lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      lines.push(`${this.name}_sum${labelText(s.labels)} ${num(s.sum)}`);
      lines.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines;
  }
}

export class Registry {
  private families: Family[] = [];

  add<T extends Family>(f: T): T {
    this.families.push(f);
    return f;
  }

  render(): string {
    const out: string[] = [];
    for (const f of this.families) {
      out.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`, ...f.render());
    }
    return out.join('\n') + '\n';
  }
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/** The serve metrics, registered in the order /metrics prints them. */
export function serveMetrics(model: { name: string; version: string; sha256: string }, valueBuckets: readonly number[] | null) {
  const r = new Registry();
  const m = {
    registry: r,
    info: r.add(new Gauge('model_cd_model_info', 'The model this server serves (always 1).')),
    requests: r.add(new Counter('model_cd_http_requests_total', 'HTTP requests by route template and status code.')),
    duration: r.add(new Histogram('model_cd_http_request_duration_seconds', 'Time from the request to the end of the answer, by route template.', LATENCY_BUCKETS)),
    rows: r.add(new Counter('model_cd_rows_predicted_total', 'Rows the model predicted.')),
    predictions: r.add(new Counter('model_cd_predictions_total', 'Predicted rows by class (classifiers).')),
    values: valueBuckets ? r.add(new Histogram('model_cd_prediction_value', 'Predicted values (regressors).', valueBuckets)) : null,
    invalid: r.add(new Counter('model_cd_input_validation_failures_total', 'Requests refused for their content, by reason.')),
    batch: r.add(new Histogram('model_cd_inference_batch_rows', 'Rows per model run (requests that arrive together run together).', BATCH_BUCKETS)),
  };
  m.info.set({ name: model.name, version: model.version, sha256: model.sha256 }, 1);
  return m;
}

export type ServeMetrics = ReturnType<typeof serveMetrics>;
