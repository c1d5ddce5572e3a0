// What a cell holds to check-drift, as pandas would read it: empty cells and pandas' default NA
// tokens are nulls; numbers follow Python's float() syntax; anything else is text. Column types
// follow Evidently (pandas dtypes): a column whose every non-null reference value is a number is
// numerical; anything else (text, booleans, mixed) is categorical.
import type { Cell } from '../data/table.js';

/** pandas.read_csv's default na_values (pandas/_libs/parsers.pyx STR_NA_VALUES). */
const NA = new Set(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']);

export type Kind = 'num' | 'cat';

export const NULL = 0;
export const NUMBER = 1;
export const TEXT = 2;

/**
 * The number classify() found, and whether pandas would read it as an integer. Module state rather
 * than a returned object: classify runs for every cell, and an object per cell kept the garbage
 * collector busier than the parsing itself.
 */
export const cellNumber = { value: 0, integer: false };

/** What a cell holds: NULL, NUMBER (then see cellNumber) or TEXT. */
export function classify(cell: Cell): number {
  if (cell === null) return NULL;
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return NULL;
    cellNumber.value = cell;
    cellNumber.integer = Number.isInteger(cell);
    return NUMBER;
  }
  if (typeof cell === 'boolean') return TEXT;
  if (NA.has(cell)) return NULL;
  return parseDecimal(cell) ? NUMBER : TEXT;
}

const INFINITY = /^\s*[+-]?(inf|infinity)\s*$/i;

/**
 * Python float() syntax, as pandas parses numeric columns: decimals and exponents (no hex, octal,
 * binary or underscores, which Number() would take), and inf/infinity. A scan, not a regular
 * expression. Sets cellNumber.
 */
function parseDecimal(text: string): boolean {
  let digits = 0;
  let integer = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 || c === 101 || c === 69) integer = false; // . e E
    else if (c !== 43 && c !== 45 && c !== 32 && c !== 9) {
      if (!INFINITY.test(text)) return false;
      cellNumber.value = text.includes('-') ? -Infinity : Infinity;
      cellNumber.integer = false;
      return true;
    }
  }
  if (digits === 0) return false;
  const value = Number(text);
  if (Number.isNaN(value)) return false;
  cellNumber.value = value;
  cellNumber.integer = integer;
  return true;
}
