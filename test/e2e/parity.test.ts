// Parity with the real hadolint: both linters over the same corpus (the hand-written files plus
// 300 generated ones), the same config; every (file, line, DL rule) must agree, and so must the
// messages. Also proves the corpus exercises every DL rule hadolint has.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness.js';
// @ts-expect-error plain ESM helper without types
import { formatComparison, runParity } from '../../scripts/parity-lib.mjs';

interface Finding {
  file: string;
  line: number;
  code: string;
  message: string;
}

interface Row {
  rule: string;
  hadolint: number;
}

const HADOLINT_RULES = [
  'DL1001', 'DL3000', 'DL3001', 'DL3002', 'DL3003', 'DL3004', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3010', 'DL3011',
  'DL3012', 'DL3013', 'DL3014', 'DL3015', 'DL3016', 'DL3018', 'DL3019', 'DL3020', 'DL3021', 'DL3022', 'DL3023', 'DL3024',
  'DL3025', 'DL3026', 'DL3027', 'DL3028', 'DL3029', 'DL3030', 'DL3032', 'DL3033', 'DL3034', 'DL3035', 'DL3036', 'DL3037',
  'DL3038', 'DL3040', 'DL3041', 'DL3042', 'DL3043', 'DL3044', 'DL3045', 'DL3046', 'DL3047', 'DL3048', 'DL3049', 'DL3050',
  'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3057', 'DL3058', 'DL3059', 'DL3060', 'DL3061', 'DL3062',
  'DL3063', 'DL3064', 'DL3065', 'DL3066', 'DL3067', 'DL4000', 'DL4001', 'DL4003', 'DL4004', 'DL4005', 'DL4006',
];

describe('parity with hadolint 2.15.1', () => {
  it('reports the same (file, line, rule) set and messages for every DL rule', { timeout: 600_000 }, async () => {
    const result = await runParity({ generated: 300 });
    expect(result.files.length).toBeGreaterThanOrEqual(300);
    expect(result.parseErrors, 'corpus files hadolint cannot parse').toEqual([]);
    if (!result.comparison.agree) console.log(formatComparison(result.comparison));
    expect(result.comparison.disagreements).toBe(0);

    const fired = new Set((result.comparison.rules as Row[]).filter((r) => r.hadolint > 0).map((r) => r.rule));
    expect(HADOLINT_RULES.filter((r) => !fired.has(r)), 'rules the corpus never triggers').toEqual([]);

    // One line can hold several findings of a rule (DL3049 per missing label): compare the
    // messages of each (file, line, rule) as sorted lists.
    const messages = (findings: Finding[]) => {
      const m = new Map<string, string[]>();
      for (const f of findings.filter((x) => x.code.startsWith('DL'))) {
        const key = `${resolve(ROOT, f.file)}:${f.line}:${f.code}`;
        m.set(key, [...(m.get(key) ?? []), f.message].sort());
      }
      return m;
    };
    const h = messages(result.hadolint);
    const o = messages(result.ours);
    const differing = [...h].filter(([k, v]) => JSON.stringify(o.get(k)) !== JSON.stringify(v)).map(([k, v]) => `${k}: ${v.join(' | ')} <> ${o.get(k)?.join(' | ')}`);
    expect(differing.slice(0, 10)).toEqual([]);
  });
});
