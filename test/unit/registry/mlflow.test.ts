// What pull-model takes from an MLflow server before any byte is written: artifact names it lists,
// artifact URIs, the tracking URI and the credentials from the environment.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ServiceError } from '../../../src/common/errors.js';
import { MlflowClient, mlflowAuth } from '../../../src/registry/mlflow.js';
import { listedPath, proxiedPath } from '../../../src/registry/mlflow-pull.js';

describe('listedPath', () => {
  const root = '2/abc/artifacts/model';

  it('joins names the server lists relative to the folder, or from the root', () => {
    expect(listedPath(root, '', 'MLmodel')).toBe('MLmodel');
    expect(listedPath(root, 'data', 'weights.bin')).toBe('data/weights.bin');
    expect(listedPath(root, 'data', `${root}/data/weights.bin`)).toBe('data/weights.bin');
  });

  it.each(['..', '../../etc/passwd', '/etc/passwd', '..\\evil', 'a\\b', '.', '', 'x/../../y', 'other/folder/file', 'C:evil', 'a\u0000b'])('refuses %j', (name) => {
    expect(() => listedPath(root, 'data', name)).toThrow(ServiceError);
    expect(() => listedPath(root, 'data', name)).toThrow(/refusing to pull mlflow-artifacts:\/2\/abc\/artifacts\/model/);
  });
});

describe('proxiedPath', () => {
  it('reads both spellings of the proxied store', () => {
    expect(proxiedPath('mlflow-artifacts:/2/abc/artifacts/model')).toBe('2/abc/artifacts/model');
    expect(proxiedPath('mlflow-artifacts://mlflow.example.com:5000/2/abc/artifacts/model/')).toBe('2/abc/artifacts/model');
  });
});

describe('MlflowClient', () => {
  it('takes http(s) tracking URIs only, and names the input otherwise', () => {
    for (const bad of ['databricks', 'file:///tmp/mlruns', './mlruns', 'sqlite:///mlflow.db']) {
      expect(() => new MlflowClient({ trackingUri: bad, auth: null })).toThrow(ConfigurationError);
      expect(() => new MlflowClient({ trackingUri: bad, auth: null })).toThrow(/^input `mlflow-tracking-uri`/);
    }
    const c = new MlflowClient({ trackingUri: 'https://mlflow.example.com/tracking', auth: null });
    expect(c.url('api/2.0/mlflow/model-versions/get', { name: 'a b', version: '3' }).toString()).toBe(
      'https://mlflow.example.com/tracking/api/2.0/mlflow/model-versions/get?name=a+b&version=3',
    );
  });

  it('keeps credentials out of the URI it reports', () => {
    const c = new MlflowClient({ trackingUri: 'https://bot:s3cret@mlflow.example.com', auth: null });
    expect(c.trackingUri).toBe('https://mlflow.example.com');
  });
});

describe('mlflowAuth', () => {
  it('prefers a token, else username and password, and masks the secrets', () => {
    const masked: string[] = [];
    const mask = (s: string) => masked.push(s);
    expect(mlflowAuth({ MLFLOW_TRACKING_TOKEN: 't0k', MLFLOW_TRACKING_USERNAME: 'u', MLFLOW_TRACKING_PASSWORD: 'pw' }, mask)).toEqual({ token: 't0k' });
    expect(mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'u', MLFLOW_TRACKING_PASSWORD: 'pw' }, mask)).toEqual({ username: 'u', password: 'pw' });
    expect(mlflowAuth({}, mask)).toBeNull();
    expect(masked).toEqual(['t0k', 'pw', 'pw']);
  });

  it('names the missing partner of a username or password', () => {
    expect(() => mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'u' }, () => undefined)).toThrow(/MLFLOW_TRACKING_PASSWORD.*is not set while its partner is/);
  });
});
