// The rollout action across jobs and faults, end to end on nginx (rollout-lib.ts): start pauses
// at the gate and promote goes on from there; a second rollout is refused while one is in flight
// (never a third revision); abort takes traffic back; a rerun after a dead runner resumes from the
// state nginx holds; a canary that never gets ready gets no traffic; an unreachable Prometheus
// errors until consecutive-error-limit, then the rollout rolls back.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../closed-port.js';
import { errorsOf } from '../../e2e/bad-input/helper.js';
import { held, host, leave, lost, runRollout, startStack, weights, type Stack } from './rollout-lib.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 180_000);
afterAll(() => stack?.stop());

const GATED = '[{set-weight: 10}, {pause: {}}, {set-weight: 50}, {pause: 1s}]';

describe('rollout across jobs', () => {
  it('start pauses at the gate, a second rollout meanwhile is refused, promote goes on from the gate', async () => {
    const start = await runRollout(stack, { mode: 'start', stable: host(stack.champion), canary: host(stack.candidate), revision: 'm1', steps: GATED });
    expect(start.step.exitCode, start.step.stdout).toBe(0);
    expect(start.step.outputs).toMatchObject({ status: 'paused', weight: '10' });
    expect(held(stack.nginx)).toMatchObject({ status: 'paused', weight: 10, step: 2, revision: 'm1' });

    const other = await runRollout(stack, { mode: 'start', canary: host(stack.failing), revision: 'm2', steps: GATED });
    expect(other.step.exitCode).toBe(1);
    expect(errorsOf(other.step).join('\n')).toMatch(/another rollout in flight: m1, paused at 10% .*a third revision is never added/);
    expect(held(stack.nginx)).toMatchObject({ status: 'paused', weight: 10, revision: 'm1', canary: host(stack.candidate) });

    const promote = await runRollout(stack, { mode: 'promote', canary: host(stack.candidate), revision: 'm1', steps: GATED });
    expect(promote.step.exitCode, promote.step.stdout).toBe(0);
    expect(promote.step.outputs.status).toBe('promoted');
    expect(weights(promote)).toEqual([50]);
    expect(promote.report?.events.some((e) => e.kind === 'resume')).toBe(true);
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.candidate), canary: null, status: 'promoted' });
    for (const r of [start, other, promote]) expect(lost(r.counts)).toEqual({ errors: {}, timeouts: 0 });
  }, 180_000);

  it('abort takes all traffic back to stable', async () => {
    await runRollout(stack, { mode: 'start', canary: host(stack.champion), revision: 'm3', steps: GATED });
    expect(held(stack.nginx)).toMatchObject({ status: 'paused', weight: 10 });
    const abort = await runRollout(stack, { mode: 'abort' });
    expect(abort.step.exitCode, abort.step.stdout).toBe(0);
    expect(abort.step.outputs).toMatchObject({ status: 'aborted', revision: 'm3', weight: '0' });
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.candidate), weight: 0, status: 'aborted' });
    expect(lost(abort.counts)).toEqual({ errors: {}, timeouts: 0 });
  }, 180_000);

  it('a rerun after the runner died at 10% resumes from what nginx holds', async () => {
    await leave(stack, { stable: host(stack.candidate), canary: host(stack.champion), weight: 10, revision: 'm4', status: 'progressing', step: 1 });
    const r = await runRollout(stack, { canary: host(stack.champion), revision: 'm4', steps: '[{set-weight: 10}, {pause: 1s}, {set-weight: 50}, {pause: 1s}]' });
    expect(r.step.exitCode, r.step.stdout).toBe(0);
    expect(r.step.outputs.status).toBe('promoted');
    // Step 1 was done: the rerun goes on with the pause and 50%, it does not start over at 10%.
    expect(weights(r)).toEqual([50]);
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.champion), status: 'promoted', revision: 'm4' });
  }, 180_000);
});

describe('rollout faults', () => {
  it('routes nothing to a canary that never gets ready', async () => {
    const before = held(stack.nginx);
    const r = await runRollout(stack, { canary: `127.0.0.1:${await closedPort()}`, revision: 'f1', 'ready-timeout': '2s' });
    expect(r.step.exitCode).toBe(1);
    expect(errorsOf(r.step)).toHaveLength(1);
    expect(errorsOf(r.step)[0]).toMatch(/not ready within `ready-timeout` \(2 s\): .* answered .*ECONNREFUSED.*Nothing was routed to it/);
    expect(held(stack.nginx)).toEqual(before);
    expect(r.counts).toMatchObject({ non2xx: {}, errors: {}, timeouts: 0 });
  }, 180_000);

  it('rolls back when Prometheus cannot be reached more often in a row than consecutive-error-limit allows', async () => {
    const r = await runRollout(stack, {
      canary: host(stack.candidate),
      revision: 'f2',
      steps: '[{set-weight: 10}, {pause: 60s}]',
      analysis: `
- name: prometheus-errors
  interval: 1s
  consecutive-error-limit: 1
  success-condition: result[0] < 0.05
  provider: {prometheus: {address: "http://127.0.0.1:${await closedPort()}", query: "sum(up)", timeout: 2s}}
`,
    });
    expect(r.step.exitCode).toBe(1);
    expect(r.step.outputs.status).toBe('rolled-back');
    expect(errorsOf(r.step)[0]).toMatch(/prometheus-errors errored: 2 measurements in a row could not be taken \(consecutive-error-limit 1\); the last: Prometheus at http:\/\/127\.0\.0\.1:\d+/);
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.champion), weight: 0, status: 'rolled-back' });
    expect(lost(r.counts)).toEqual({ errors: {}, timeouts: 0 });
  }, 180_000);
});

describe('rollout init', () => {
  it('takes over a hand-written upstream on a running nginx with 0 failed requests, and refuses while a rollout is in flight', async () => {
    writeFileSync(stack.nginx.snippetPath, `upstream model-cd {\n  server ${host(stack.candidate)};\n}\n`);
    execFileSync(stack.nginx.command[0] as string, [...stack.nginx.command.slice(1), '-s', 'reload']);
    const r = await runRollout(stack, { mode: 'init', stable: host(stack.champion) });
    expect(r.step.exitCode, r.step.stdout).toBe(0);
    expect(held(stack.nginx)).toMatchObject({ stable: host(stack.champion), canary: null, weight: 0, status: 'promoted', revision: 'initial' });
    expect(lost(r.counts)).toEqual({ errors: {}, timeouts: 0 });

    await leave(stack, { stable: host(stack.champion), canary: host(stack.candidate), weight: 10, revision: 'i2', status: 'paused', step: 2 });
    const refused = await runRollout(stack, { mode: 'init', stable: host(stack.candidate) });
    expect(refused.step.exitCode).toBe(1);
    expect(errorsOf(refused.step)[0]).toMatch(/mode `init`: the router holds rollout i2 in flight \(paused at 10%/);
    expect(held(stack.nginx)).toMatchObject({ revision: 'i2', weight: 10 });
  }, 180_000);
});
