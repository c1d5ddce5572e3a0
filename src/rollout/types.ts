// The seams between rollout's parts: the progression drives a TrafficRouter and runs analyses
// whose metrics read values through MetricProviders. Each part is tested on its own at these seams.

/** One value a provider measured, the `result` its conditions see (Argo Rollouts' shape). */
export type MeasuredValue = number | number[] | Record<string, number> | boolean | string;

/** A measurement that could not be taken (server unreachable, bad answer): an Error, not a Failure. */
export class MeasureError extends Error {
  override readonly name = 'MeasureError';
}

export interface MetricProvider {
  /** One measurement. Throws MeasureError when there is no value to judge. */
  measure(signal: AbortSignal): Promise<MeasuredValue>;
  /** What it measures, for logs and the summary, e.g. "prometheus: sum(rate(...))". */
  readonly describe: string;
}

/** The two revisions behind the router and the new one's share of requests. */
export interface TrafficState {
  /** The revision serving now (canary: stable; blue/green: active), an address or a name. */
  stable: string;
  /** The new revision (canary: canary; blue/green: preview); null when there is none. */
  canary: string | null;
  /** Percent of requests the new revision gets, 0–100. */
  weight: number;
  /** An id of this rollout, the same across its reruns and jobs. */
  revision: string;
  /** Where the rollout stands, so a rerun finds it: progressing, paused, promoted, aborted, rolled-back. */
  status: 'progressing' | 'paused' | 'promoted' | 'aborted' | 'rolled-back';
  /** The index of the next canary step to run (start/promote across jobs). */
  step: number;
  updatedAt: string;
}

export interface TrafficRouter {
  /** For logs: "nginx (/etc/nginx/conf.d/model-cd.conf)". */
  readonly describe: string;
  /** The state the router holds now (what an earlier run left), or null when it holds none. */
  read(): Promise<TrafficState | null>;
  /**
   * Applies `state`: validated first (nothing applied when it is refused), then live; resolves
   * once new requests are routed by it.
   */
  apply(state: TrafficState): Promise<void>;
  /**
   * The first state, for mode `init`: written whatever file was there before (a hand-written
   * config being taken over), validated, and live when the router runs; a stopped router gets it
   * when it starts.
   */
  install(state: TrafficState): Promise<void>;
}
