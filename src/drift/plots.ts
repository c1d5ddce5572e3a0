// Pictures of a column's reference and current distributions: the shares per bin both sides share
// (numbers in equal bins over both sides' range, categories by the most common reference ones),
// drawn as a Mermaid chart for the job summary (GitHub renders it as an image) and as an SVG file
// for the report folder.
import type { ColumnData, Kind } from './columns.js';

export interface Distribution {
  labels: string[];
  /** Shares of each side's values per bin, 0 to 1. */
  ref: number[];
  cur: number[];
}

const short = (v: number) => (v === 0 ? '0' : Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(3))));

/** Both sides in `bins` bins: numbers in equal-width bins over both ranges; categories by the most common in the reference, the rest as "other". */
export function distribution(kind: Kind, ref: ColumnData, cur: ColumnData, bins: number, categoryText: (code: number) => string = String): Distribution {
  if (kind === 'cat') {
    const top = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort((x, y) => (ref.counts.get(y) ?? 0) - (ref.counts.get(x) ?? 0) || (cur.counts.get(y) ?? 0) - (cur.counts.get(x) ?? 0));
    const shown = top.length > bins ? top.slice(0, bins - 1) : top;
    const shares = (c: ColumnData) => {
      const out = shown.map((k) => (c.counts.get(k) ?? 0) / c.count);
      if (shown.length < top.length) out.push(1 - out.reduce((a, b) => a + b, 0));
      return out;
    };
    return { labels: [...shown.map(categoryText), ...(shown.length < top.length ? ['other'] : [])], ref: shares(ref), cur: shares(cur) };
  }
  const [lo, hi] = range(ref, cur);
  const binOf = (v: number) => (hi === lo ? 0 : Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins)));
  const shares = (c: ColumnData) => {
    const out = new Array<number>(bins).fill(0);
    if (c.sketch) {
      // A summarised side: its histogram bins, at their centres.
      const s = c.sketch;
      s.counts.forEach((n, i) => n && (out[binOf(Math.min(hi, Math.max(lo, (s.start + i + 0.5) * s.w)))]! += n / s.count));
    } else for (const v of c.numbers) out[binOf(v)]! += 1 / c.numbers.length;
    return out;
  };
  const width = (hi - lo) / bins;
  return { labels: Array.from({ length: bins }, (_, i) => short(lo + (i + 0.5) * width)), ref: shares(ref), cur: shares(cur) };
}

function range(ref: ColumnData, cur: ColumnData): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of [ref, cur]) {
    if (c.sketch) [lo, hi] = [Math.min(lo, c.sketch.lo), Math.max(hi, c.sketch.hi)];
    else for (const v of c.numbers) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  return [lo, hi];
}

const quote = (s: string) => `"${s.replace(/["\\\n\r]/g, "'").slice(0, 24)}"`;
const percent = (v: number) => Number((v * 100).toFixed(2));

/** A Mermaid xychart: reference as bars, current as a line, shares in percent. */
export function mermaidChart(title: string, d: Distribution): string {
  const max = Math.max(...d.ref, ...d.cur, 0.0001) * 100;
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis [${d.labels.map(quote).join(', ')}]`,
    `  y-axis "% of rows" 0 --> ${Math.ceil(max)}`,
    `  bar [${d.ref.map(percent).join(', ')}]`,
    `  line [${d.cur.map(percent).join(', ')}]`,
    '```',
  ].join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained SVG: reference and current bars side by side per bin, with a legend. */
export function svgChart(title: string, d: Distribution): string {
  const [W, H, left, top, bottom] = [640, 300, 60, 36, 56];
  const plotW = W - left - 16;
  const plotH = H - top - bottom;
  const max = Math.max(...d.ref, ...d.cur, 0.0001);
  const slot = plotW / d.labels.length;
  const bar = Math.max(1, slot * 0.4);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<title>${esc(title)}: reference vs current</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<rect x="${W - 190}" y="10" width="10" height="10" fill="#7f8c9b"/><text x="${W - 176}" y="19">reference</text>`,
    `<rect x="${W - 106}" y="10" width="10" height="10" fill="#e8590c"/><text x="${W - 92}" y="19">current</text>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${percent(max)}%</text>`,
    `<text x="${left - 6}" y="${top + plotH}" text-anchor="end">0</text>`,
  ];
  d.labels.forEach((label, i) => {
    const x = left + i * slot + (slot - 2 * bar) / 2;
    const r = d.ref[i] as number;
    const c = d.cur[i] as number;
    out.push(`<rect x="${x.toFixed(1)}" y="${y(r).toFixed(1)}" width="${bar.toFixed(1)}" height="${(top + plotH - y(r)).toFixed(1)}" fill="#7f8c9b"><title>reference ${percent(r)}%</title></rect>`);
    out.push(`<rect x="${(x + bar).toFixed(1)}" y="${y(c).toFixed(1)}" width="${bar.toFixed(1)}" height="${(top + plotH - y(c)).toFixed(1)}" fill="#e8590c"><title>current ${percent(c)}%</title></rect>`);
    const lx = left + (i + 0.5) * slot;
    out.push(`<text x="${lx.toFixed(1)}" y="${top + plotH + 14}" text-anchor="end" transform="rotate(-35 ${lx.toFixed(1)} ${top + plotH + 14})">${esc(label.slice(0, 16))}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
