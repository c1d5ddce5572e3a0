// Waits for the new revision to answer as ready before any traffic goes to it: a revision that
// never gets ready fails the rollout with nothing routed to it.
import { ServiceError, errorMessage } from '../common/errors.js';

export interface ReadyOptions {
  url: string;
  timeoutMs: number;
  /** Time between tries. */
  everyMs?: number;
  signal: AbortSignal;
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export async function waitReady(o: ReadyOptions): Promise<void> {
  const deadline = o.now() + o.timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    try {
      const res = await fetch(o.url, { signal: AbortSignal.any([o.signal, AbortSignal.timeout(Math.min(5000, o.timeoutMs))]) });
      await res.body?.cancel();
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      if (o.signal.aborted) throw e;
      last = errorMessage((e as { cause?: unknown }).cause ?? e);
    }
    if (o.now() >= deadline) {
      throw new ServiceError(`The new revision was not ready within \`ready-timeout\` (${o.timeoutMs / 1000} s): ${o.url} answered ${last}. Nothing was routed to it. Check that it started, or raise \`ready-timeout\`.`);
    }
    await o.sleep(o.everyMs ?? 500, o.signal);
  }
}
