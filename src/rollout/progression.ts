// The progression: the steps run against a TrafficRouter, with background analysis watching from
// the first weight change to promotion. A failed analysis takes traffic back to stable at once
// (the router's apply is the only thing between the breach and the rollback); any other failure
// takes it back too before it is reported, so traffic is never left split by accident.
//
// The router holds the rollout's state (which revision, which step), so a rerun after a runner
// died, or the `promote` job after an approval, finds where the last run stopped.
import { ConfigurationError, ServiceError, errorMessage } from '../common/errors.js';
import { describeStep, type Step } from './steps.js';
import type { TrafficRouter, TrafficState } from './types.js';

export type Mode = 'init' | 'auto' | 'start' | 'promote' | 'abort';
export type Phase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';

export interface AnalysisOutcome {
  phase: Phase;
  /** Which metric broke and the measurement that broke it; a line of results when it passed. */
  message: string;
  /** When the breaking measurement was taken (ms since the epoch); null when none broke. */
  breachAt: number | null;
}

export interface RolloutEvent {
  at: number;
  kind: 'weight' | 'pause' | 'analysis' | 'ready' | 'rollback' | 'promote' | 'abort' | 'resume' | 'paused';
  weight: number;
  detail: string;
}

export type RolloutStatus = 'promoted' | 'paused' | 'aborted' | 'rolled-back';

export interface RolloutOutcome {
  status: RolloutStatus;
  revision: string;
  /** The revision that served before this rollout (the router's when the input was empty). */
  stable: string;
  /** The new revision's share of traffic when the run ended. */
  weight: number;
  events: RolloutEvent[];
  /** Why it rolled back or aborted, with the times that bound the rollback. */
  failure: { message: string; breachAt: number | null; trafficBackAt: number } | null;
}

export interface ProgressionOptions {
  mode: Mode;
  revision: string;
  /** The revision serving now; empty: the one the router holds. */
  stable: string;
  /** The new revision. */
  canary: string;
  steps: Step[];
  /** Metrics watched from the first weight change to promotion. */
  background: string[];
  router: TrafficRouter;
  analyse(metrics: string[], o: { signal: AbortSignal; background: boolean }): Promise<AnalysisOutcome>;
  /** Resolves when the new revision answers as ready; rejects (a clear error) when it does not in time. */
  waitReady(signal: AbortSignal): Promise<void>;
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  log(line: string): void;
}

export async function runRollout(o: ProgressionOptions): Promise<RolloutOutcome> {
  const events: RolloutEvent[] = [];
  const note = (kind: RolloutEvent['kind'], weight: number, detail: string) => {
    events.push({ at: o.now(), kind, weight, detail });
    o.log(`${kind}: ${detail}`);
  };
  if (o.mode === 'init') return init(o, note, events);
  const held = await o.router.read();
  if (o.mode === 'abort') return abort(o, held, note, events);

  const start = startingState(o, held);
  if (start.status === 'promoted') {
    note('promote', 0, `${o.revision} was already promoted: ${start.stable} serves all traffic; nothing to do`);
    return { status: 'promoted', revision: o.revision, stable: start.stable, weight: 100, events, failure: null };
  }
  let state = start;
  if (start.step > 0) note('resume', start.weight, `${o.revision} resumes at step ${start.step + 1} of ${o.steps.length}, ${start.weight}% on ${start.canary}`);

  const apply = async (next: Partial<TrafficState>) => {
    state = { ...state, ...next, updatedAt: new Date(o.now()).toISOString() };
    await o.router.apply(state);
  };
  const rollBack = async (message: string, breachAt: number | null, status: 'rolled-back' | 'aborted'): Promise<RolloutOutcome> => {
    const was = state.weight;
    try {
      await apply({ weight: 0, status });
    } catch (e) {
      throw new ServiceError(`${message}. Taking traffic back to ${state.stable} failed too: ${errorMessage(e)}. ${state.canary} may still get ${was}% of requests: fix the router and run mode \`abort\`.`);
    }
    const trafficBackAt = o.now();
    note('rollback', 0, `${message}; all traffic back on ${state.stable}${breachAt === null ? '' : ` ${((trafficBackAt - breachAt) / 1000).toFixed(2)} s after the breach was measured`}`);
    return { status, revision: o.revision, stable: state.stable, weight: 0, events, failure: { message, breachAt, trafficBackAt } };
  };

  // Background analysis stops the step in flight the moment it breaks.
  const stepStop = new AbortController();
  const watchStop = new AbortController();
  const bg: { breach: AnalysisOutcome | null; running: Promise<void> | null } = { breach: null, running: null };
  const watch = () => {
    if (!o.background.length || bg.running) return;
    note('analysis', state.weight, `background analysis starts: ${o.background.join(', ')}`);
    const broke = (r: AnalysisOutcome) => {
      bg.breach = r;
      stepStop.abort();
    };
    bg.running = o.analyse(o.background, { signal: watchStop.signal, background: true }).then(
      (r) => {
        if (r.phase !== 'Successful' && !watchStop.signal.aborted) broke(r);
      },
      (e: unknown) => broke({ phase: 'Error', message: `background analysis failed: ${errorMessage(e)}`, breachAt: o.now() }),
    );
  };

  try {
    await o.waitReady(stepStop.signal);
    note('ready', state.weight, `${o.canary} is ready`);
    if (state.weight > 0) watch();
    for (let i = state.step; i < o.steps.length; i++) {
      const step = o.steps[i] as Step;
      const failed = await runStep(step, i);
      if (bg.breach) return await rollBack(bg.breach.message, bg.breach.breachAt, 'rolled-back');
      if (failed) return await rollBack(failed.message, failed.breachAt, 'rolled-back');
      if (step.kind === 'pause' && step.ms === null) {
        await apply({ status: 'paused', step: i + 1 });
        note('paused', state.weight, `paused at ${state.weight}% until a run with mode \`promote\` (or \`abort\`)`);
        return { status: 'paused', revision: o.revision, stable: state.stable, weight: state.weight, events, failure: null };
      }
    }
    if (bg.breach) return await rollBack(bg.breach.message, bg.breach.breachAt, 'rolled-back');
    const was = state.stable;
    await apply({ stable: o.canary, canary: null, weight: 0, status: 'promoted', step: o.steps.length });
    note('promote', 100, `${o.canary} takes all traffic and is the stable revision now`);
    return { status: 'promoted', revision: o.revision, stable: was, weight: 100, events, failure: null };
  } catch (e) {
    // Nothing of this rollout was routed yet (a rerun resumes one that was): nothing to take back.
    if (state.weight === 0 && start !== held) throw e;
    return await rollBack(errorMessage(e), null, 'aborted');
  } finally {
    watchStop.abort();
    await bg.running;
  }

  /** Runs one step; an analysis that did not pass comes back, everything else throws. */
  async function runStep(step: Step, i: number): Promise<AnalysisOutcome | null> {
    const where = `step ${i + 1} of ${o.steps.length} (${describeStep(step)})`;
    if (step.kind === 'set-weight') {
      await apply({ weight: step.weight, status: 'progressing', step: i + 1 });
      note('weight', step.weight, `${where}: ${step.weight}% of requests to ${o.canary}`);
      if (step.weight > 0) watch();
      return null;
    }
    if (step.kind === 'pause') {
      if (step.ms === null) return null;
      note('pause', state.weight, `${where}`);
      await o.sleep(step.ms, stepStop.signal).catch(ignoreAbort(stepStop.signal));
      return null;
    }
    note('analysis', state.weight, `${where} starts`);
    const r = await o.analyse(step.metrics, { signal: stepStop.signal, background: false });
    if (stepStop.signal.aborted) return null;
    note('analysis', state.weight, `${where}: ${r.phase}: ${r.message}`);
    return r.phase === 'Successful' ? null : r;
  }
}

const ignoreAbort = (signal: AbortSignal) => (e: unknown) => {
  if (!signal.aborted) throw e;
};

/** Where this run starts: a new rollout, or the one the router holds for this revision. */
function startingState(o: ProgressionOptions, held: TrafficState | null): TrafficState {
  const now = new Date(o.now()).toISOString();
  const inFlight = held && (held.status === 'progressing' || held.status === 'paused');
  if (held && held.revision === o.revision) {
    if (held.status === 'promoted') return held;
    if (inFlight) {
      if (held.canary !== o.canary) throw new ServiceError(`The router holds rollout ${held.revision} with canary ${held.canary}, and this run names ${o.canary} for the same revision. Give the same \`canary\`, or a new \`revision\`.`);
      if (o.mode === 'promote' && held.status !== 'paused') throw new ServiceError(`mode \`promote\`: rollout ${held.revision} is not paused (it is ${held.status} at ${held.weight}%); another job may be running it. Wait for it, or run mode \`abort\`.`);
      return held;
    }
    // Rolled back or aborted: this revision starts again from the beginning.
  }
  if (o.mode === 'promote') throw new ServiceError(`mode \`promote\`: there is no paused rollout of ${o.revision} to promote${held ? ` (the router holds ${held.revision}, ${held.status})` : ''}. Run mode \`start\` first.`);
  if (inFlight) throw new ServiceError(`The router holds another rollout in flight: ${held.revision}, ${held.status} at ${held.weight}% on ${held.canary}. Finish it with mode \`promote\` or \`abort\` before starting ${o.revision}: a third revision is never added.`);
  const stable = o.stable || held?.stable || '';
  if (!stable) throw new ServiceError('input `stable`: "" is empty and the router holds no stable revision yet. Give the address of the revision serving now.');
  if (held && o.stable && held.stable !== o.stable) throw new ServiceError(`input \`stable\`: ${JSON.stringify(o.stable)} is not what the router serves now (${held.stable}). Leave \`stable\` empty to take the router's, or fix the router first.`);
  if (stable === o.canary) throw new ServiceError(`input \`canary\`: ${JSON.stringify(o.canary)} is the stable revision already. Give the address of the new revision.`);
  return { stable, canary: o.canary, weight: 0, revision: o.revision, status: 'progressing', step: 0, updatedAt: now };
}

async function abort(o: ProgressionOptions, held: TrafficState | null, note: (k: RolloutEvent['kind'], w: number, d: string) => void, events: RolloutEvent[]): Promise<RolloutOutcome> {
  if (!held || (held.status !== 'progressing' && held.status !== 'paused')) {
    throw new ServiceError(`mode \`abort\`: there is no rollout in flight to abort${held ? ` (the router holds ${held.revision}, ${held.status})` : ''}.`);
  }
  const was = held.weight;
  await o.router.apply({ ...held, weight: 0, status: 'aborted', updatedAt: new Date(o.now()).toISOString() });
  const at = o.now();
  note('abort', 0, `rollout ${held.revision} aborted at ${was}%: all traffic back on ${held.stable}`);
  return { status: 'aborted', revision: held.revision, stable: held.stable, weight: 0, events, failure: { message: 'aborted by mode `abort`', breachAt: null, trafficBackAt: at } };
}

/**
 * Mode `init`: the router's first state, `stable` alone, before nginx first routes by it or in
 * place of a hand-written config. Refused while a rollout is in flight: that is `abort`'s job.
 */
async function init(o: ProgressionOptions, note: (k: RolloutEvent['kind'], w: number, d: string) => void, events: RolloutEvent[]): Promise<RolloutOutcome> {
  const held = await o.router.read().catch((e: unknown) => {
    // A file the router did not write is what init takes over.
    if (e instanceof ConfigurationError) return null;
    throw e;
  });
  if (held && (held.status === 'progressing' || held.status === 'paused')) {
    throw new ServiceError(`mode \`init\`: the router holds rollout ${held.revision} in flight (${held.status} at ${held.weight}% on ${held.canary}). Finish it with mode \`promote\` or \`abort\`; init would drop it.`);
  }
  if (!o.stable) throw new ConfigurationError('input `stable`', '', 'is required with mode `init`: give the address of the revision serving now (nginx: host:port).');
  await o.router.install({ stable: o.stable, canary: null, weight: 0, revision: o.revision, status: 'promoted', step: 0, updatedAt: new Date(o.now()).toISOString() });
  note('promote', 0, `${o.router.describe} routes all traffic to ${o.stable}`);
  return { status: 'promoted', revision: o.revision, stable: o.stable, weight: 0, events, failure: null };
}
