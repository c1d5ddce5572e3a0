// The contract check of one answer: as many rows as were sent; labels of the declared type (a
// string "false" where int labels are declared fails, so does a number where strings are) and
// among the declared labels; probabilities numbers in [0, 1], one per declared class, each row
// summing to 1; a regressor's values finite numbers. Each difference names the row, the output,
// the value and what was expected.
import type { ColumnType } from '../evaluate/contract.js';
import { hasType, TYPE_WORDS, type Expectations } from './expectations.js';
import type { Decoded } from './protocol.js';

/** float32 rounding: each probability carries up to one float32 ulp of error into the sum. */
const FLOAT32_EPS = 2 ** -23;

const V2_LABEL: Record<ColumnType, string[]> = { int: ['INT64', 'INT32', 'INT16', 'INT8', 'UINT8', 'UINT16', 'UINT32', 'UINT64'], float: ['FP32', 'FP64'], string: ['BYTES'], bool: ['BOOL'] };
const V2_LABEL_WORDS: Record<ColumnType, string> = { int: 'INT64 or another integer datatype', float: 'FP32 or FP64', string: 'BYTES', bool: 'BOOL' };

/** Rows listed per kind of difference before "… and N more". */
const SHOWN = 5;

export function checkAnswer(d: Decoded, ex: Expectations, sent: number, tolerance: number): string[] {
  const failures = [...d.problems];
  if (d.rows !== sent && !d.problems.length) failures.push(`the answer has ${d.rows} rows for the ${sent} sent`);
  const has = d.names.length ? ` (the answer has ${d.names.map((n) => `\`${n}\``).join(', ')})` : '';
  if (ex.task === 'regression') {
    if (!d.value) return [...failures, `the answer has no value per row for this regressor${has}`];
    failures.push(...listed(d.value.values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? null : `row ${i + 1}: \`${d.value?.name}\` is ${show(v)}, not a finite number`))));
    return failures;
  }
  const classification = ex.task !== null || d.label !== null || d.proba !== null;
  if (!classification) return [...failures, `the answer has neither labels, probabilities nor values${has}`];
  if (!d.label && (ex.labelOutput || !d.proba)) failures.push(`the answer has no label output${ex.labelOutput ? ` \`${ex.labelOutput}\`` : ''}${has}`);
  if (!d.proba && ex.probaOutput) failures.push(`the answer has no probability output \`${ex.probaOutput}\`${has}`);
  if (d.label) failures.push(...checkLabels(d.label, ex));
  if (d.proba) failures.push(...checkProba(d.proba, ex, tolerance));
  return failures;
}

function checkLabels(label: NonNullable<Decoded['label']>, ex: Expectations): string[] {
  const out: string[] = [];
  const t = ex.labelType;
  if (t && label.datatype !== null && !V2_LABEL[t].includes(label.datatype)) {
    out.push(`output \`${label.name}\` has the datatype ${label.datatype}; the contract declares ${t} labels (${V2_LABEL_WORDS[t]})`);
  }
  if (t) {
    out.push(...listed(label.values.map((v, i) => (hasType(v, t) ? null : `row ${i + 1}: \`${label.name}\` is ${show(v)}; the contract declares ${TYPE_WORDS[t]} labels`))));
  }
  const classes = ex.classes;
  if (classes) {
    // A value of the wrong type is reported once, above.
    out.push(...listed(label.values.map((v, i) => (v === null || v === undefined || (t && !hasType(v, t)) || classes.includes(String(v)) ? null : `row ${i + 1}: \`${label.name}\` is ${show(v)}, not one of the declared labels ${classes.join(', ')}`))));
  }
  return out;
}

function checkProba(p: NonNullable<Decoded['proba']>, ex: Expectations, tolerance: number): string[] {
  const out: string[] = [];
  const classes = ex.classes;
  if (classes && p.classes) {
    const missing = classes.filter((c) => !p.classes?.includes(c));
    const extra = p.classes.filter((c) => !classes.includes(c));
    if (missing.length || extra.length) out.push(`output \`${p.name}\` has the classes ${p.classes.join(', ')}; the contract declares ${classes.join(', ')}`);
  }
  const width = classes?.length ?? p.classes?.length ?? null;
  const rowProblems = p.rows.map((row, i) => {
    const at = `row ${i + 1}: \`${p.name}\``;
    if (width !== null && row.length !== width) return `${at} has ${row.length} values for ${width} classes`;
    const bad = row.find((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad !== undefined) return `${at} holds ${show(bad)}, not a number`;
    const nums = row as number[];
    const out = nums.find((v) => v < -tolerance || v > 1 + tolerance);
    if (out !== undefined) return `${at} holds ${out}, outside [0, 1]`;
    const sum = nums.reduce((a, b) => a + b, 0);
    const allowed = tolerance + nums.length * FLOAT32_EPS;
    if (Math.abs(sum - 1) > allowed) return `${at} sums to ${sum} (${nums.join(' + ')}), not 1 within ${allowed < 1e-3 ? allowed.toExponential(2) : allowed.toPrecision(3)}`;
    return null;
  });
  out.push(...listed(rowProblems));
  return out;
}

/** The first few, then a count of the rest. */
function listed(items: (string | null)[]): string[] {
  const found = items.filter((x): x is string => x !== null);
  if (found.length <= SHOWN) return found;
  return [...found.slice(0, SHOWN), `… and ${found.length - SHOWN} more rows like these`];
}

export function show(v: unknown): string {
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  if (v === undefined) return 'missing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
