// The order sklearn gives class labels (np.unique / sorted on the labels' Python type). The action
// reads labels as strings, but a model trained on integer targets would be scored by sklearn on
// numbers, so when every label seen reads as a finite decimal number we order numerically ("2"
// before "10"), else by Unicode code point, which is how Python and numpy compare str.
//
// sklearn itself refuses a mix of numbers and strings (unique_labels: "Mix of label input types
// (string and number)"); as strings a mix is well defined, so it falls back to code-point order.
// Two strings that are the same number ("1" and "1.0") stay distinct classes here, ordered by code
// point between themselves; sklearn would see one class.

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isNumericLabel(label: string): boolean {
  return DECIMAL.test(label) && Number.isFinite(Number(label));
}

// JavaScript's < compares UTF-16 code units, which misorders characters above U+FFFF against
// those in U+E000..U+FFFF; comparing code points matches Python.
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

export type LabelOrder = 'numeric' | 'lexicographic';

export function labelOrder(labels: Iterable<string>): LabelOrder {
  for (const l of labels) if (!isNumericLabel(l)) return 'lexicographic';
  return 'numeric';
}

export function sortLabels(labels: Iterable<string>, order: LabelOrder = labelOrder(labels)): string[] {
  const unique = [...new Set(labels)];
  if (order === 'lexicographic') return unique.sort(compareCodePoints);
  return unique.sort((a, b) => Number(a) - Number(b) || compareCodePoints(a, b));
}
