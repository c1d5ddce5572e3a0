// The rollout action end to end on nginx (rollout-lib.ts): a good canary promoted with 0 failed
// requests; a canary whose model fails on the rows it gets rolled back by the background analysis,
// the step failing with the measurement that broke and the time from the breach to traffic back on
// stable reported; blue/green switched with 0 failed requests after the preview passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../../harness.js';
import { servicesEnv } from '../../setup/env.js';
import { CONTRACT } from './metrics-lib.js';
import { startLoad, type LoadCounts } from './keepalive-load.js';
import { WITH_BAD_ROW, held, host, lost, predictions, promErrorRate, runRollout, startStack, weights, type Stack } from './rollout-lib.js';

const HOLDOUT = join(ROOT, 'examples', 'model', 'holdout.csv');

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 180_000);
afterAll(() => stack?.stop());

describe('rollout on nginx', () => {
  it('promotes a good canary step by step, its analyses passing, with 0 failed requests', async () => {
    const before = await predictions(stack.candidate);
    const r = await runRollout(stack, {
      stable: host(stack.champion),
      canary: host(stack.candidate),
      revision: 'r1',
      steps: '[{set-weight: 10}, {pause: 2s}, {analysis: [canary-errors]}, {set-weight: 50}, {pause: 2s}]',
      analysis: `
- name: canary-errors
  interval: 1s
  count: 2
  success-condition: result < 0.01
  provider: {serve: {target: canary, metric: error-rate, window: 1s}}
- name: prometheus-errors
  interval: 1s
  success-condition: default(result[0], 0) < 0.05
  provider: {prometheus: {address: "${servicesEnv().prometheus.url}", query: '${promErrorRate(stack, 'candidate')}'}}
`,
    });
    expect(r.step.stderr).toBe('');
    expect(r.step.exitCode, r.step.stdout).toBe(0);
    expect(r.step.outputs).toMatchObject({ status: 'promoted', revision: 'r1', weight: '100', 'rollback-seconds': '' });
    expect(weights(r)).toEqual([10, 50]);
    expect(lost(r.counts)).toEqual({ errors: {}, timeouts: 0 });
    expect(r.counts.non2xx).toEqual({});
    expect(r.counts.ok).toBeGreaterThan(100);
    expect(await predictions(stack.candidate)).toBeGreaterThan(before);
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.candidate), canary: null, weight: 0, status: 'promoted', revision: 'r1' });
    const measured = JSON.parse(r.step.outputs.measurements as string) as { name: string; points: { phase: string }[] }[];
    expect(measured.map((m) => m.name).sort()).toEqual(['canary-errors', 'prometheus-errors']);
    expect(measured.flatMap((m) => m.points.map((p) => p.phase))).not.toContain('Failed');
    expect(r.step.summary).toContain('Promoted');
  }, 180_000);

  it('rolls back a canary whose model fails on the rows it gets, and says with what measurement', async () => {
    const r = await runRollout(
      stack,
      {
        // Empty: the router's stable revision, the one the last rollout promoted.
        stable: '',
        canary: host(stack.failing),
        revision: 'r2',
        steps: '[{set-weight: 10}, {pause: 60s}, {set-weight: 50}, {pause: 60s}]',
        analysis: `
- name: canary-errors
  interval: 1s
  success-condition: result < 0.05
  provider: {serve: {target: canary, metric: error-rate, window: 1s}}
`,
      },
      WITH_BAD_ROW,
    );
    expect(r.step.exitCode).toBe(1);
    expect(r.step.outputs).toMatchObject({ status: 'rolled-back', revision: 'r2', weight: '0' });
    const seconds = Number(r.step.outputs['rollback-seconds']);
    expect(seconds).toBeGreaterThanOrEqual(0);
    console.log(`rollout: traffic back on stable ${seconds} s after the breach was measured`);
    expect(r.step.annotations.map((a) => a.message).join('\n')).toMatch(/rolled-back: canary-errors failed: 1 against success-condition "result < 0.05"/);
    // It never went past the first step.
    expect(weights(r)).toEqual([10]);
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.candidate), weight: 0, status: 'rolled-back', revision: 'r2' });
    // The failures were the failing model's answers (500), none lost in transit by the switches.
    expect(lost(r.counts)).toEqual({ errors: {}, timeouts: 0 });
    expect(r.counts.non2xx['500']).toBeGreaterThan(0);
    // Back on stable, the same rows are answered.
    const after = startLoad(`${stack.nginx.url}/invocations`, WITH_BAD_ROW, { connections: 2, timeoutMs: 10_000, maxDurationMs: 1_000 });
    const totals = await new Promise<LoadCounts>((resolve) => setTimeout(() => resolve(after.stop()), 1_000));
    expect(totals).toMatchObject({ non2xx: {}, errors: {}, timeouts: 0 });
    expect(r.step.summary).toContain('Rolled back');
  }, 180_000);

  it('switches blue/green after the preview passed its analysis, with 0 failed requests', async () => {
    const r = await runRollout(stack, {
      strategy: 'blue-green',
      stable: host(stack.candidate),
      canary: host(stack.champion),
      revision: 'r3',
      // test-endpoint's checks on the preview while it takes no traffic: how many failed.
      analysis: `
- name: preview-checks
  success-condition: result == 0
  provider:
    test-endpoint: {target: preview, model-name: fraud, checks: [smoke, contract, negative], contract: "${CONTRACT}", data: "${HOLDOUT}"}
`,
      'pre-promotion-analysis': 'preview-checks',
      'scale-down-delay': '2s',
    });
    expect(r.step.exitCode, r.step.stdout).toBe(0);
    expect(r.step.outputs.status).toBe('promoted');
    expect(weights(r)).toEqual([100]);
    const measured = JSON.parse(r.step.outputs.measurements as string) as { name: string; points: { value: string; phase: string }[] }[];
    expect(measured).toMatchObject([{ name: 'preview-checks', points: [{ value: '0', phase: 'Successful' }] }]);
    expect(lost(r.counts)).toEqual({ errors: {}, timeouts: 0 });
    expect(r.counts.non2xx).toEqual({});
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.champion), canary: null, status: 'promoted', revision: 'r3' });
  }, 180_000);
});
