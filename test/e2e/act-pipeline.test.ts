// The example pipeline (examples/workflows/model-pipeline.yml) run by act against the real MLflow
// server on 127.0.0.1, with real ONNX models from the seeded fixtures: a first deployment (no
// champion yet: the candidate is tested on its thresholds alone and becomes champion), a better
// candidate replacing it, then a worse one that test-model stops before any promotion. The MLflow
// client reads the aliases back each time. The serving image is scanned by the real trivy (its DB
// fetched from the test registry into the job's empty cache) before it is pushed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../setup/fixtures.js';
import { scanFixtures } from '../setup/scan/fixtures.js';
import { runPython } from '../setup/python.js';
import { servicesEnv } from '../setup/env.js';
import { ACT_TIMEOUT_MS, ActWorld, root, stubRemoteActions } from './act-lib.js';

const example = path.join(root, 'examples/workflows/model-pipeline.yml');
const tracking = servicesEnv().mlflow.trackingUri;
const name = `pipeline-${Date.now()}-${process.pid}`;
const mlflow = { MLFLOW_TRACKING_URI: tracking };
const CONTRACT = ['version: 1', 'task: binary', 'data:', '  label: label', 'gates:', '  accuracy: {threshold: 0.8, min_relative_change: 0.0}', ''].join('\n');

const STUB_RAN = 'remote action stub ran';
let world: ActWorld;
let scanDb = '';

beforeAll(async () => {
  world = await ActWorld.create(['dist/pull-model/index.js', 'dist/test-model/index.js', 'dist/build-push/index.js', 'dist/scan-image/index.js', 'dist/publish-model/index.js']);
  scanDb = (await scanFixtures()).trivy.dbRepository;
  // The service base image, made locally and pushed to the registry on loopback.
  const layout = path.join(mkdtempSync(path.join(tmpdir(), 'base-')), 'base');
  execFileSync('umoci', ['init', '--layout', layout]);
  execFileSync('umoci', ['new', '--image', `${layout}:py`]);
  execFileSync('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout}:py`, `docker://${registry}/${name}/base:py`]);
}, 300_000);

afterAll(async () => {
  await world?.dispose();
});

/** Registers a fixture model as a new version with the MLflow client and points `candidate` at it. */
async function registerCandidate(model: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'model-cd-pipeline-'));
  copyFileSync(fixtures().model(model), path.join(dir, 'model.onnx'));
  return (await runPython<{ version: string }>('mlflow_register.py', [name, dir, 'candidate'], mlflow)).version;
}

/** The registered model's aliases (read through a version of it). */
const aliases = async (version: string) => (await runPython<{ aliases: Record<string, string> }>('mlflow_read_version.py', [name, version], mlflow)).aliases;

const registry = servicesEnv().registry.address;

async function pipeline() {
  const r = await world.makeRepo(example, { 'model-contract.yaml': CONTRACT, 'data/holdout.csv': readFileSync(fixtures().data('binary.csv'), 'utf8') });
  // actions/cache and the SARIF upload are guarded by `!env.ACT`; their stand-ins fail if they run.
  await stubRemoteActions(r.cache, example, STUB_RAN);
  return world.runAct(r, example, [
    '--var', `MLFLOW_TRACKING_URI=${tracking}`,
    '--var', `MODEL_NAME=${name}`,
    '--var', `BASE_IMAGE=${registry}/${name}/base:py`,
    '--var', `IMAGE_REPOSITORY=${registry}/${name}/serving`,
    // The pinned trivy release cannot be downloaded here: the one the tests built from its Go module.
    '--var', `SCANNER_PATH=${process.env.MODEL_CD_TRIVY ?? 'trivy'}`,
    '--var', `SCAN_DB_REPOSITORY=${scanDb}`,
    '--secret', 'MLFLOW_TRACKING_TOKEN=pipeline-test-token',
  ]);
}

describe('the example model pipeline under act', () => {
  it(
    'first deployment, a better candidate promoted over it, a worse one stopped by the gates',
    async () => {
      const v1 = await registerCandidate('champion.onnx');
      const first = await pipeline();
      expect(first.code, first.log).toBe(0);
      expect(first.log).toContain(`pipeline-models champion=none candidate=${v1} sha256=`);
      expect(first.log).toContain('passed=true');
      expect(first.log).toMatch(/test-model: the candidate may ship — all 1 gate passed \(no champion: first deployment\)/);
      expect(first.log).toContain(`pipeline-promoted champion=${v1} previous=none`);
      // The candidate was built into the serving image, with its lineage.
      const image = /pipeline-models .* image=(\S+@sha256:[0-9a-f]{64})/.exec(first.log)?.[1];
      expect(image, first.log).toMatch(new RegExp(`^${registry.replace(/\./g, '\\.')}/${name}/serving@sha256:`));
      // What was pushed is what was scanned: the same digest, built twice from the same inputs.
      expect(first.log).toMatch(/scan-image: nothing open at high or above in oci:\S+serving-image:candidate: passed/);
      expect(first.log).toContain(`scanned=${image?.split('@')[1]}`);
      expect(first.log).not.toContain(STUB_RAN);
      const labels = JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${image}`], { encoding: 'utf8' })).Labels as Record<string, string>;
      expect(labels).toMatchObject({ 'dev.model-cd.model.name': name, 'dev.model-cd.model.version': v1, 'dev.model-cd.model.source-uri': `models:/${name}/${v1}` });
      // The secret reaches the steps (bearer auth) but never the log act prints (its command line aside).
      expect(first.log.split('\n').slice(1).join('\n')).not.toContain('pipeline-test-token');
      expect(await aliases(v1)).toEqual({ candidate: v1, champion: v1 });

      const v2 = await registerCandidate('candidate_better.onnx');
      const second = await pipeline();
      expect(second.code, second.log).toBe(0);
      expect(second.log).toContain(`pipeline-models champion=${v1} candidate=${v2} sha256=`);
      expect(second.log).toContain(`pipeline-promoted champion=${v2} previous=${v1}`);
      expect(await aliases(v2)).toEqual({ candidate: v2, champion: v2 });

      const v3 = await registerCandidate('candidate_worse.onnx');
      const third = await pipeline();
      expect(third.code).not.toBe(0);
      expect(third.log).toMatch(/gate accuracy: candidate 0\.6925, champion 0\.9055; >= 0\.8; >= champion \(0\.9055\)/);
      expect(third.log).not.toContain('pipeline-promoted');
      // champion stays where it was.
      expect(await aliases(v3)).toEqual({ candidate: v3, champion: v2 });
    },
    3 * ACT_TIMEOUT_MS,
  );
});
