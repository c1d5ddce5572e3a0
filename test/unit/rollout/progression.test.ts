// The progression against a router that keeps its state in memory and analyses scripted per call:
// the order of weights, rollback on a failed analysis (background or step), start/promote/abort
// across runs, a rerun that finds what a dead runner left, and the refusals.
import { describe, expect, it } from 'vitest';
import { runRollout, type AnalysisOutcome, type ProgressionOptions } from '../../../src/rollout/progression.js';
import type { Step } from '../../../src/rollout/steps.js';
import type { TrafficRouter, TrafficState } from '../../../src/rollout/types.js';

class MemoryRouter implements TrafficRouter {
  readonly describe = 'memory';
  applied: TrafficState[] = [];
  failAt: number | null = null;
  constructor(public state: TrafficState | null = null) {}
  read() {
    return Promise.resolve(this.state);
  }
  apply(s: TrafficState) {
    if (this.failAt !== null && s.weight === this.failAt) return Promise.reject(new Error(`router refused ${s.weight}%`));
    this.applied.push(s);
    this.state = s;
    return Promise.resolve();
  }
  install(s: TrafficState) {
    return this.apply(s);
  }
  get weights() {
    return this.applied.map((s) => `${s.status}:${s.weight}`);
  }
}

const ok: AnalysisOutcome = { phase: 'Successful', message: 'all passed', breachAt: null };
const STEPS: Step[] = [{ kind: 'set-weight', weight: 10 }, { kind: 'pause', ms: 1000 }, { kind: 'analysis', metrics: ['errors'] }, { kind: 'set-weight', weight: 50 }, { kind: 'pause', ms: 1000 }];

/** Background analysis that breaks when `breakAfterPauses` pauses have begun; step analyses answer `step`. */
function options(router: MemoryRouter, over: Partial<ProgressionOptions> & { step?: AnalysisOutcome; breakOnPause?: number } = {}): ProgressionOptions {
  let clock = 1_000_000;
  let pauses = 0;
  let breakBackground: ((r: AnalysisOutcome) => void) | null = null;
  return {
    mode: 'auto',
    revision: 'r2',
    stable: 'stable:80',
    canary: 'canary:80',
    steps: STEPS,
    background: [],
    router,
    now: () => (clock += 10),
    sleep: (_ms, signal) => {
      pauses++;
      if (over.breakOnPause === pauses && breakBackground) breakBackground({ phase: 'Failed', message: 'errors failed: 0.2 against "result < 0.01"', breachAt: clock });
      return new Promise((resolve, reject) => {
        if (signal.aborted) return reject(new Error('aborted'));
        const t = setTimeout(resolve, 5);
        signal.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))));
      });
    },
    analyse: (_m, o) =>
      o.background
        ? new Promise((resolve) => {
            breakBackground = resolve;
            o.signal.addEventListener('abort', () => resolve(ok));
          })
        : Promise.resolve(over.step ?? ok),
    waitReady: () => Promise.resolve(),
    log: () => {},
    ...over,
  };
}

describe('rollout progression', () => {
  it('auto: runs the steps in order and promotes the canary to stable', async () => {
    const router = new MemoryRouter();
    const r = await runRollout(options(router));
    expect(r.status).toBe('promoted');
    expect(router.weights).toEqual(['progressing:10', 'progressing:50', 'promoted:0']);
    expect(router.state).toMatchObject({ stable: 'canary:80', canary: null, status: 'promoted', revision: 'r2' });
  });

  it('a background analysis that breaks during a pause takes traffic back at once', async () => {
    const router = new MemoryRouter();
    const r = await runRollout(options(router, { background: ['errors'], breakOnPause: 2 }));
    expect(r.status).toBe('rolled-back');
    expect(router.weights).toEqual(['progressing:10', 'progressing:50', 'rolled-back:0']);
    expect(router.state).toMatchObject({ stable: 'stable:80', canary: 'canary:80', weight: 0 });
    expect(r.failure?.message).toBe('errors failed: 0.2 against "result < 0.01"');
    expect(r.failure?.breachAt).toBeLessThan(r.failure?.trafficBackAt as number);
  });

  it('a step analysis that fails rolls back before the next weight', async () => {
    const router = new MemoryRouter();
    const r = await runRollout(options(router, { step: { phase: 'Inconclusive', message: 'errors inconclusive', breachAt: 5 } }));
    expect(r.status).toBe('rolled-back');
    expect(router.weights).toEqual(['progressing:10', 'rolled-back:0']);
  });

  it('start pauses at an open pause; promote, in a later run, goes on from there', async () => {
    const steps: Step[] = [{ kind: 'set-weight', weight: 10 }, { kind: 'pause', ms: null }, { kind: 'set-weight', weight: 60 }];
    const router = new MemoryRouter();
    const first = await runRollout(options(router, { mode: 'start', steps }));
    expect(first).toMatchObject({ status: 'paused', weight: 10 });
    expect(router.state).toMatchObject({ status: 'paused', step: 2, weight: 10 });
    const second = await runRollout(options(router, { mode: 'promote', steps }));
    expect(second.status).toBe('promoted');
    expect(router.weights).toEqual(['progressing:10', 'paused:10', 'progressing:60', 'promoted:0']);
  });

  it('abort takes a paused rollout back to stable; there is nothing to abort after that', async () => {
    const router = new MemoryRouter({ stable: 's:80', canary: 'canary:80', weight: 10, revision: 'r2', status: 'paused', step: 2, updatedAt: '' });
    const r = await runRollout(options(router, { mode: 'abort' }));
    expect(r).toMatchObject({ status: 'aborted', weight: 0 });
    expect(router.state).toMatchObject({ weight: 0, status: 'aborted' });
    await expect(runRollout(options(router, { mode: 'abort' }))).rejects.toThrow(/mode `abort`: there is no rollout in flight to abort \(the router holds r2, aborted\)/);
  });

  it('a rerun after the runner died goes on from the step the router holds', async () => {
    const router = new MemoryRouter({ stable: 'stable:80', canary: 'canary:80', weight: 10, revision: 'r2', status: 'progressing', step: 1, updatedAt: '' });
    const o = options(router);
    const r = await runRollout(o);
    expect(r.status).toBe('promoted');
    expect(router.weights).toEqual(['progressing:50', 'promoted:0']);
    expect(r.events[0]).toMatchObject({ kind: 'resume', weight: 10 });
  });

  it('never adds a third revision, and says what is in flight', async () => {
    const router = new MemoryRouter({ stable: 'stable:80', canary: 'old-canary:80', weight: 10, revision: 'r1', status: 'progressing', step: 1, updatedAt: '' });
    await expect(runRollout(options(router))).rejects.toThrow(/The router holds another rollout in flight: r1, progressing at 10% on old-canary:80\. Finish it with mode `promote` or `abort` before starting r2: a third revision is never added\./);
    expect(router.applied).toEqual([]);
  });

  it('a canary that never gets ready changes nothing on a first rollout', async () => {
    const router = new MemoryRouter();
    await expect(runRollout(options(router, { waitReady: () => Promise.reject(new Error('canary:80 was not ready within 60 s')) }))).rejects.toThrow('canary:80 was not ready within 60 s');
    expect(router.applied).toEqual([]);
  });

  it('a router that refuses a weight is taken back to stable and the run says why', async () => {
    const router = new MemoryRouter();
    router.failAt = 50;
    const r = await runRollout(options(router));
    expect(r.status).toBe('aborted');
    expect(r.failure?.message).toBe('router refused 50%');
    expect(router.weights).toEqual(['progressing:10', 'aborted:0']);
  });

  it('a promoted revision run again does nothing; a stable that is not the router’s is refused', async () => {
    const router = new MemoryRouter({ stable: 'canary:80', canary: null, weight: 0, revision: 'r2', status: 'promoted', step: 5, updatedAt: '' });
    expect((await runRollout(options(router))).status).toBe('promoted');
    expect(router.applied).toEqual([]);
    const other = new MemoryRouter({ stable: 'a:80', canary: null, weight: 0, revision: 'r1', status: 'promoted', step: 5, updatedAt: '' });
    await expect(runRollout(options(other))).rejects.toThrow(/input `stable`: "stable:80" is not what the router serves now \(a:80\)/);
    await expect(runRollout(options(other, { mode: 'promote' }))).rejects.toThrow(/mode `promote`: there is no paused rollout of r2 to promote/);
  });
});
