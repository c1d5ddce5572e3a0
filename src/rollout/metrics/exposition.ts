// Prometheus' text exposition format (0.0.4), read back: what `model-cd serve` prints on /metrics
// and what any Prometheus client library prints. Enough of the format for counters, gauges and
// histograms: `# TYPE` lines, samples with escaped label values, +Inf/-Inf/NaN, an optional
// timestamp (ignored). `# HELP` and other comments are skipped.

export interface Sample {
  /** The sample's own name: `x_bucket`, `x_sum`, `x_count` for a histogram `x`. */
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  samples: Sample[];
  /** Family name -> its `# TYPE` (counter, gauge, histogram, summary, untyped). */
  types: Map<string, string>;
}

export class ExpositionError extends Error {
  override readonly name = 'ExpositionError';
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

/** A sample value as the format writes it: Go's float syntax plus +Inf, -Inf and NaN. */
export function parseValue(text: string): number {
  switch (text) {
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    case 'NaN':
      return NaN;
  }
  // Number('') is 0 and Number('0x10') is 16: neither is a sample value.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN;
  return Number(text);
}

function parseLabels(text: string, at: number, line: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = at + 1; // past '{'
  const fail = (why: string): never => {
    throw new ExpositionError(`line ${line}: ${why}`);
  };
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === '}') return { labels, end: i + 1 };
    const name = LABEL_NAME.exec(text.slice(i))?.[0] ?? fail(`a label name is expected at column ${i + 1}`);
    i += name.length;
    while (text[i] === ' ') i++;
    if (text[i] !== '=') fail(`"=" is expected after label ${name}`);
    i++;
    while (text[i] === ' ') i++;
    if (text[i] !== '"') fail(`label ${name}'s value must be in double quotes`);
    i++;
    let value = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) fail(`label ${name}'s value has no closing quote`);
      if (c === '"') break;
      if (c === '\\') {
        const next = text[i + 1];
        value += next === 'n' ? '\n' : next === '\\' ? '\\' : next === '"' ? '"' : `\\${next ?? ''}`;
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    i++; // past the closing quote
    labels[name] = value;
    while (text[i] === ' ') i++;
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '}') return { labels, end: i + 1 };
    fail(`"," or "}" is expected after label ${name}`);
  }
}

/** Parses a whole /metrics answer; throws ExpositionError naming the line that is not the format. */
export function parseExposition(text: string): Exposition {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '').trim();
    const n = index + 1;
    if (line === '') return;
    if (line.startsWith('#')) {
      const m = /^#\s*TYPE\s+(\S+)\s+(\S+)/.exec(line);
      if (m) types.set(m[1] as string, m[2] as string);
      return;
    }
    const name = NAME.exec(line)?.[0];
    if (!name) throw new ExpositionError(`line ${n}: a metric name is expected: ${JSON.stringify(line.slice(0, 80))}`);
    let labels: Record<string, string> = {};
    let rest = line.slice(name.length);
    const brace = line.length - rest.trimStart().length;
    if (line[brace] === '{') {
      const parsed = parseLabels(line, brace, n);
      labels = parsed.labels;
      rest = line.slice(parsed.end);
    }
    const fields = rest.trim().split(/\s+/);
    if (fields.length < 1 || fields.length > 2 || fields[0] === '') throw new ExpositionError(`line ${n}: a value (and at most a timestamp) is expected after ${name}`);
    const value = parseValue(fields[0] as string);
    if (Number.isNaN(value) && fields[0] !== 'NaN') throw new ExpositionError(`line ${n}: ${JSON.stringify(fields[0])} is not a sample value`);
    samples.push({ name, labels, value });
  });
  return { samples, types };
}
