// The example pipeline (examples/workflows/model-pipeline.yml) run by act against the real MLflow
// server on 127.0.0.1: a first deployment (no champion yet: the candidate becomes champion), then
// a second candidate replacing it, with the MLflow client reading the aliases back each time.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPython } from '../setup/python.js';
import { servicesEnv } from '../setup/env.js';
import { ACT_TIMEOUT_MS, ActWorld, root } from './act-lib.js';

const example = path.join(root, 'examples/workflows/model-pipeline.yml');
const tracking = servicesEnv().mlflow.trackingUri;
const name = `pipeline-${Date.now()}-${process.pid}`;
const mlflow = { MLFLOW_TRACKING_URI: tracking };

let world: ActWorld;

beforeAll(async () => {
  world = await ActWorld.create(['dist/pull-model/index.js', 'dist/publish-model/index.js']);
});

afterAll(async () => {
  await world?.dispose();
});

/** Registers a one-file model as a new version with the MLflow client and points `candidate` at it. */
async function registerCandidate(content: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'model-cd-pipeline-'));
  writeFileSync(path.join(dir, 'model.onnx'), content);
  return (await runPython<{ version: string }>('mlflow_register.py', [name, dir, 'candidate'], mlflow)).version;
}

const aliases = async (version: string) => (await runPython<{ aliases: Record<string, string> }>('mlflow_read_version.py', [name, version], mlflow)).aliases;

async function pipeline() {
  const r = await world.makeRepo(example, {});
  return world.runAct(r, example, ['--var', `MLFLOW_TRACKING_URI=${tracking}`, '--var', `MODEL_NAME=${name}`, '--secret', 'MLFLOW_TRACKING_TOKEN=pipeline-test-token']);
}

describe('the example model pipeline under act', () => {
  it(
    'promotes the first candidate when there is no champion, then the next one over it',
    async () => {
      const v1 = await registerCandidate('first model');
      const first = await pipeline();
      expect(first.code, first.log).toBe(0);
      expect(first.log).toContain(`pipeline-models champion=none candidate=${v1} sha256=`);
      expect(first.log).toMatch(/does not exist.*skipped|is not there/);
      expect(first.log).toContain(`pipeline-promoted champion=${v1} previous=none`);
      // The secret reaches the steps (bearer auth) but never the log act prints (its command line aside).
      expect(first.log.split('\n').slice(1).join('\n')).not.toContain('pipeline-test-token');
      expect(await aliases(v1)).toEqual({ candidate: v1, champion: v1 });

      const v2 = await registerCandidate('second model');
      const second = await pipeline();
      expect(second.code, second.log).toBe(0);
      expect(second.log).toContain(`pipeline-models champion=${v1} candidate=${v2} sha256=`);
      expect(second.log).toContain(`pipeline-promoted champion=${v2} previous=${v1}`);
      expect(await aliases(v2)).toEqual({ candidate: v2, champion: v2 });
    },
    2 * ACT_TIMEOUT_MS,
  );
});
