// Where the integration tests find the real S3, MLflow, OCI registry and Prometheus servers that
// scripts/services.sh runs.
// test/setup/services.ts puts the variables into process.env before any worker starts; outside
// vitest, `eval "$(bash scripts/services.sh env)"` does the same for a shell.

export interface ServicesEnv {
  s3: {
    /** http://127.0.0.1:PORT, path-style buckets, AWS signature v4. */
    endpoint: string;
    /** Created by `services.sh start`; shared by every run, so tests use unique keys. */
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    region: string;
  };
  mlflow: {
    /** http://127.0.0.1:PORT of the tracking server (artifacts proxied as mlflow-artifacts:/). */
    trackingUri: string;
    /** The venv python that has mlflow, boto3 and scikit-learn. */
    python: string;
  };
  registry: {
    /** 127.0.0.1:PORT (no scheme) of the plain-HTTP OCI registry without auth; deletes enabled. */
    address: string;
    /** 127.0.0.1:PORT of the same registry behind htpasswd Basic auth. */
    authAddress: string;
    /**
     * 127.0.0.1:PORT of the same registry with token auth (Bearer JWTs from our token server, whose
     * realm the registry names): `user` gets what it asks, except pull only under `readonly/` and
     * nothing under `private/`.
     */
    tokenAddress: string;
    /** Test-only credentials of authAddress and tokenAddress. */
    user: string;
    password: string;
  };
  prometheus: {
    /** http://127.0.0.1:PORT; scrapes every 1s, no auth. */
    url: string;
    /**
     * Folder of file_sd target files (re-read every 1s): a test writes its own `<id>.json`, e.g.
     * [{"targets": ["127.0.0.1:PORT"], "labels": {"rollout_test": "<id>", "revision": "canary"}}],
     * and removes it at the end.
     */
    targetsDir: string;
  };
}

/** Parses `export KEY=VALUE` lines as `services.sh env` prints them (values plain or '…'-quoted). */
export function parseExports(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2] as string;
    if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      value = value.slice(1, -1).replaceAll("'\\''", "'");
    }
    out[m[1] as string] = value;
  }
  return out;
}

function need(env: NodeJS.ProcessEnv, key: string): string {
  const value = env[key];
  if (!value) {
    throw new Error(
      `${key} is not set: run the tests through vitest (test/setup/services.ts starts the services) ` +
        'or eval "$(bash scripts/services.sh env)" after bash scripts/services.sh start',
    );
  }
  return value;
}

export function servicesEnv(env: NodeJS.ProcessEnv = process.env): ServicesEnv {
  return {
    s3: {
      endpoint: need(env, 'MODEL_CD_S3_ENDPOINT'),
      bucket: need(env, 'MODEL_CD_S3_BUCKET'),
      accessKeyId: need(env, 'AWS_ACCESS_KEY_ID'),
      secretAccessKey: need(env, 'AWS_SECRET_ACCESS_KEY'),
      region: need(env, 'AWS_REGION'),
    },
    mlflow: {
      trackingUri: need(env, 'MLFLOW_TRACKING_URI'),
      python: need(env, 'MODEL_CD_MLFLOW_PYTHON'),
    },
    registry: {
      address: need(env, 'MODEL_CD_REGISTRY'),
      authAddress: need(env, 'MODEL_CD_REGISTRY_AUTH'),
      tokenAddress: need(env, 'MODEL_CD_REGISTRY_TOKEN'),
      user: need(env, 'MODEL_CD_REGISTRY_USER'),
      password: need(env, 'MODEL_CD_REGISTRY_PASSWORD'),
    },
    prometheus: {
      url: need(env, 'PROMETHEUS_URL'),
      targetsDir: need(env, 'PROMETHEUS_TARGETS_DIR'),
    },
  };
}

/** The S3 test server as the integration tests address it: bucket, endpoint, credentials. */
export function s3Test(env: NodeJS.ProcessEnv = process.env): { bucket: string; endpoint: string; aws: Record<string, string> } {
  return {
    bucket: env.MODEL_CD_S3_BUCKET || 'model-cd-test',
    endpoint: env.MODEL_CD_S3_ENDPOINT ?? '',
    aws: {
      AWS_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID ?? '',
      AWS_SECRET_ACCESS_KEY: env.AWS_SECRET_ACCESS_KEY ?? '',
      AWS_REGION: env.AWS_REGION ?? 'us-east-1',
    },
  };
}
