// vitest globalSetup: the project's ML Python environment (scripts/ml-env.sh: scikit-learn,
// onnxruntime, skl2onnx, pyarrow, pinned and hashed) and the seeded test models and holdout sets
// that scripts/fixtures/make-models.py makes with it. Both are cached between runs: the venv by
// its requirements, the fixtures by the hash of the generator and the requirements, so a changed
// generator makes them again. The paths reach the tests as MODEL_CD_ML_PYTHON and MODEL_CD_ML_FIXTURES.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

export async function setup(): Promise<void> {
  const { stdout } = await run('bash', [join(ROOT, 'scripts', 'ml-env.sh'), '--python'], { maxBuffer: 16 << 20 });
  const python = stdout.trim();
  const generator = join(ROOT, 'scripts', 'fixtures', 'make-models.py');
  const key = createHash('sha256').update(readFileSync(generator)).update(readFileSync(join(ROOT, 'scripts', 'tools', 'ml.txt'))).digest('hex').slice(0, 12);
  const state = process.env.MODEL_CD_STATE || join(homedir(), '.cache', 'model-cd', 'state');
  const dir = join(state, `ml-fixtures-${key}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    await mkdir(state, { recursive: true });
    const temp = `${dir}.tmp-${process.pid}`;
    await rm(temp, { recursive: true, force: true });
    await run(python, [generator, temp, '--seed', '7'], { maxBuffer: 16 << 20, env: { ...process.env, PYTHONHASHSEED: '0' } });
    await rm(dir, { recursive: true, force: true });
    await rename(temp, dir);
  }
  process.env.MODEL_CD_ML_PYTHON = python;
  process.env.MODEL_CD_ML_FIXTURES = dir;
}
