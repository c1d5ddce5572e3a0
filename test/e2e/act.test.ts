// Runs the lint-dockerfile action the way a runner does, through act on the host
// platform (no containers, no image pulls, no network), against a temporary copy of
// the repository holding only what a checkout of it would give the action.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../setup/fixtures.js';
import { ACT_TIMEOUT_MS, ActWorld, root, stubRemoteActions, type ActRepo } from './act-lib.js';

const fixture = path.join(root, 'test/e2e/fixtures/act-lint.yml');
const composite = path.join(root, 'test/e2e/fixtures/act-composite.yml');
const example = path.join(root, 'examples/workflows/lint-dockerfile.yml');
const bundle = path.join(root, 'dist/lint-dockerfile/index.js');

const CLEAN = ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY serve.py .', 'USER 10001', 'CMD ["python", "serve.py"]', ''].join('\n');
// DL3000 (relative WORKDIR) is an error in hadolint, so it fails at any threshold.
const BROKEN = CLEAN.replace('WORKDIR /app', 'WORKDIR app');
const STUB_RAN = 'upload-sarif stub ran';

let world: ActWorld;

beforeAll(async () => {
  world = await ActWorld.create([path.relative(root, bundle), 'dist/pull-model/index.js', 'dist/test-model/index.js']);
});

afterAll(async () => {
  await world?.dispose();
});

const makeRepo = async (workflow: string, dockerfile: string) => world.makeRepo(workflow, { Dockerfile: dockerfile });
const runAct = (r: ActRepo, workflow: string) => world.runAct(r, workflow);

describe('lint-dockerfile under act', () => {
  it(
    'runs through the root composite action and passes its outputs on',
    async () => {
      const fx = fixtures();
      const candidate = readFileSync(fx.model('binary.onnx'));
      const clean = await world.makeRepo(composite, { Dockerfile: CLEAN, 'models/candidate.onnx': candidate, 'data/holdout.csv': readFileSync(fx.data('binary.csv')) });
      const ok = await runAct(clean, composite);
      const sha = createHash('sha256').update(candidate).digest('hex');
      expect(ok.log).toContain(`composite-report errors=0 sarif=sarif champion-found=false candidate=candidate.onnx sha256=${sha} test-passed=true`);
      expect(ok.log).toMatch(/models\/champion\.onnx is not there: /);
      expect(ok.code, ok.log).toBe(0);
      const broken = await makeRepo(composite, BROKEN);
      const failed = await runAct(broken, composite);
      expect(failed.log).toContain('DL3000');
      expect(failed.log).toMatch(/composite-report errors=1 /);
      expect(failed.code).not.toBe(0);
    },
    ACT_TIMEOUT_MS,
  );

  it(
    'passes a clean Dockerfile under Node 24 and sets errors=0',
    async () => {
      const r = await makeRepo(fixture, CLEAN);
      const result = await runAct(r, fixture);
      expect(result.log).toMatch(/Success - Main \.\/actions\/lint-dockerfile/);
      expect(result.log).toMatch(/act-report errors=0 node=v24\./);
      expect(result.log).toMatch(/Job succeeded/);
      expect(result.code, result.log).toBe(0);
    },
    ACT_TIMEOUT_MS,
  );

  it(
    'fails the step, the job and act on an error finding, naming the rule',
    async () => {
      const r = await makeRepo(fixture, BROKEN);
      const result = await runAct(r, fixture);
      expect(result.log).toMatch(/Failure - Main \.\/actions\/lint-dockerfile/);
      expect(result.log).toContain('DL3000');
      expect(result.log).toMatch(/act-report errors=[1-9]\d* node=v24\./);
      expect(result.log).toMatch(/Job failed/);
      expect(result.code, result.log).not.toBe(0);
    },
    ACT_TIMEOUT_MS,
  );

  it(
    'runs the example workflow and skips its SARIF upload under act',
    async () => {
      const r = await makeRepo(example, BROKEN);
      await stubRemoteActions(r.cache, example, STUB_RAN);
      const result = await runAct(r, example);
      expect(result.log).toMatch(/Failure - Main \.\/actions\/lint-dockerfile/);
      expect(result.log).toContain('DL3000');
      // The lint step failed, so only the `!env.ACT` guard keeps the upload from running.
      expect(result.log).not.toContain(STUB_RAN);
      expect(result.log).not.toMatch(/Main github\/codeql-action\/upload-sarif/);
      expect(result.code, result.log).not.toBe(0);
    },
    ACT_TIMEOUT_MS,
  );
});
