// The seeded ML fixtures (test/setup/python-envs.ts makes them once per generator version).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureModel {
  file: string;
  task: 'binary' | 'multiclass' | 'regression';
  classes?: string[];
  feature_columns?: string[];
  label_column?: string;
  dataset?: string;
  accuracy?: number;
  r2?: number;
  label_output?: string;
  probability_output?: string;
  inputs: { name: string; dtype: string; shape: (number | null)[] }[];
  outputs: { name: string; type: string; shape: (number | null)[] }[];
}

export interface Fixtures {
  dir: string;
  python: string;
  model(name: string): string;
  data(name: string): string;
  manifest: { models: Record<string, FixtureModel>; datasets: Record<string, { file: string; rows: number; columns: string[] }> };
}

export function fixtures(): Fixtures {
  const dir = process.env.MODEL_CD_ML_FIXTURES;
  const python = process.env.MODEL_CD_ML_PYTHON;
  if (!dir || !python) throw new Error('MODEL_CD_ML_FIXTURES is not set: run the tests through vitest (test/setup/python-envs.ts makes the fixtures), e.g. `npm test`.');
  return {
    dir,
    python,
    model: (name) => join(dir, 'models', name),
    data: (name) => join(dir, 'data', name),
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Fixtures['manifest'],
  };
}
