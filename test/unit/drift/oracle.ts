// Runs test/unit/drift/py/scipy_oracle.py: scipy's own values for the drift statistics.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { rng } from '../evaluate/oracle.js';

const SCRIPT = join(import.meta.dirname, 'py', 'scipy_oracle.py');

type Json = number | string | null | boolean | Json[] | { [k: string]: Json };

export async function scipy(cases: Record<string, unknown[]>): Promise<Record<string, Json[]>> {
  const python = process.env.MODEL_CD_ML_PYTHON;
  if (!python) {
    throw new Error(
      'MODEL_CD_ML_PYTHON is unset: point it at the project ML venv Python (scipy 1.17.1), e.g. ' +
        'MODEL_CD_ML_PYTHON=$(bash scripts/py-env.sh ml --python), to compare the drift statistics against scipy',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-drift-'));
  try {
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(cases, (_k, v: unknown) => (v instanceof Float64Array ? Array.from(v) : v)));
    const { stdout } = await promisify(execFile)(python, [SCRIPT, file], { maxBuffer: 256 << 20 });
    return JSON.parse(stdout) as Record<string, Json[]>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function fromJson(v: Json | undefined): number {
  if (typeof v === 'number') return v;
  if (v === 'nan') return Number.NaN;
  if (v === 'inf') return Number.POSITIVE_INFINITY;
  if (v === '-inf') return Number.NEGATIVE_INFINITY;
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

/**
 * Within `rel` relative; 1e-15 absolute for tiny values; both below 1e-300 counts as equal
 * (scipy's exact paths underflow differently there). NaN and infinities must match exactly.
 */
export function expectClose(actual: number, expectedJson: Json | undefined, label: string, rel = 1e-9): void {
  const expected = fromJson(expectedJson);
  if (!Number.isFinite(expected)) {
    expect(Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)), `${label}: ${actual} vs ${expected}`).toBe(true);
    return;
  }
  if (Math.abs(expected) < 1e-300 && Math.abs(actual) < 1e-300) return;
  const tolerance = Math.max(rel * Math.abs(expected), 1e-15);
  expect(Math.abs(actual - expected) <= tolerance, `${label}: ${actual} vs ${expected} (rel ${Math.abs(actual - expected) / Math.abs(expected)})`).toBe(true);
}

export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function sample(n: number, draw: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return out;
}

export { rng };
