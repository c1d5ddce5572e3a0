// The MLflow tracking server a step talks to: its input, else MLFLOW_TRACKING_URI, with the
// credentials MLflow's own clients read, every secret masked before the first request.
import { ConfigurationError } from '../common/errors.js';
import type { RetryOptions } from '../common/http.js';
import { MlflowClient, mlflowAuth } from './mlflow.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * `input` or MLFLOW_TRACKING_URI; `why` finishes the error when both are empty (what the server
 * was needed for), so the user knows which of their inputs asked for it.
 */
export function mlflowServer(input: string, env: Env, setSecret: (s: string) => void, retry: RetryOptions, why: string): MlflowClient {
  const trackingUri = input.trim() || (env.MLFLOW_TRACKING_URI ?? '').trim();
  if (!trackingUri) {
    throw new ConfigurationError(
      'input `mlflow-tracking-uri`',
      '',
      `is empty and MLFLOW_TRACKING_URI is not set, ${why}. Set the input or the environment variable to the tracking server URL (e.g. https://mlflow.example.com).`,
    );
  }
  try {
    const u = new URL(trackingUri);
    if (u.password) setSecret(decodeURIComponent(u.password));
  } catch {
    // MlflowClient explains what is wrong with it.
  }
  return new MlflowClient({ trackingUri, auth: mlflowAuth(env, setSecret), retry });
}
