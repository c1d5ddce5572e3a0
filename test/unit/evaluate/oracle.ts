// Runs test/evaluate/py/sklearn_metrics.py: scikit-learn's own values for the same predictions.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', 'evaluate', 'py', 'sklearn_metrics.py');

export async function sklearn(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return runOracle(SCRIPT, input);
}

/** Runs a Python oracle of the ML venv on one JSON case file and parses what it prints. */
export async function runOracle(script: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const python = process.env.MODEL_CD_ML_PYTHON;
  if (!python) {
    throw new Error(
      'MODEL_CD_ML_PYTHON is unset: point it at a Python with scikit-learn 1.9.1 and numpy ' +
        '(the project ML venv) to compare the metrics against sklearn',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-oracle-'));
  try {
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(input));
    const { stdout } = await promisify(execFile)(python, [script, file], { maxBuffer: 256 << 20 });
    return JSON.parse(stdout) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Seeded so a failure reproduces (mulberry32).
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Every number within `rel` relative (or 1e-12 absolute near zero); nulls, strings, keys and lengths equal. */
export function expectClose(actual: unknown, expected: unknown, rel = 1e-9, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = Math.max(rel * Math.abs(expected), 1e-12);
    expect(Math.abs(actual - expected) <= tolerance, `${path}: ${actual} vs ${expected}`).toBe(true);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    const a = actual as unknown[];
    expect(a.length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose(a[i], e, rel, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true);
    const a = actual as Record<string, unknown>;
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) expectClose(a[k], e, rel, `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}
