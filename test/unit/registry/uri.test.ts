// Model URIs as users write them in `model-uri`.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { formatModelUri, keyProblem, parseModelUri } from '../../../src/registry/uri.js';

const cwd = '/srv/repo';
const parse = (s: string) => parseModelUri(s, cwd);
const error = (s: string): string => {
  try {
    parse(s);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error(`${s} parsed`);
};

describe('parseModelUri', () => {
  it('reads S3 files and folders (a trailing slash is a folder)', () => {
    expect(parse('s3://models/clf/model.onnx')).toEqual({ kind: 's3', bucket: 'models', key: 'clf/model.onnx', folder: false });
    expect(parse('s3://models/clf/v3/')).toEqual({ kind: 's3', bucket: 'models', key: 'clf/v3/', folder: true });
    expect(parse('s3://models/')).toEqual({ kind: 's3', bucket: 'models', key: '', folder: true });
    expect(parse('  s3://my.bucket-1/a b+c.onnx ')).toEqual({ kind: 's3', bucket: 'my.bucket-1', key: 'a b+c.onnx', folder: false });
  });

  it('reads local paths and file:// URLs as absolute paths', () => {
    expect(parse('model.onnx')).toEqual({ kind: 'local', path: '/srv/repo/model.onnx' });
    expect(parse('../models/clf')).toEqual({ kind: 'local', path: '/srv/models/clf' });
    expect(parse('/abs/model')).toEqual({ kind: 'local', path: '/abs/model' });
    expect(parse('file:///abs/my%20model.onnx')).toEqual({ kind: 'local', path: '/abs/my model.onnx' });
    expect(parse('file://localhost/abs/m')).toEqual({ kind: 'local', path: '/abs/m' });
  });

  it('reads MLflow registry and run URIs completely', () => {
    expect(parse('models:/fraud@champion')).toEqual({ kind: 'mlflow-model', name: 'fraud', ref: { alias: 'champion' } });
    expect(parse('models:/fraud/3')).toEqual({ kind: 'mlflow-model', name: 'fraud', ref: { version: '3' } });
    expect(parse('models:/fraud/latest')).toEqual({ kind: 'mlflow-model', name: 'fraud', ref: { latest: true } });
    expect(parse('models:/fraud/Production')).toEqual({ kind: 'mlflow-model', name: 'fraud', ref: { stage: 'Production' } });
    expect(parse('runs:/0a1b2c3d/model')).toEqual({ kind: 'mlflow-run', runId: '0a1b2c3d', path: 'model' });
    expect(parse('runs:/0a1b2c3d')).toEqual({ kind: 'mlflow-run', runId: '0a1b2c3d', path: '' });
    expect(formatModelUri(parse('models:/fraud/007'))).toBe('models:/fraud/7');
    expect(formatModelUri(parse('s3a://bkt/k'))).toBe('s3://bkt/k');
  });

  it('reads the plain S3 registry as root#name@alias or root#name/<version>', () => {
    expect(parse('s3://models/registry#fraud@champion')).toEqual({ kind: 's3-registry', bucket: 'models', prefix: 'registry', name: 'fraud', ref: { alias: 'champion' } });
    expect(parse('s3://models/a/registry/#fraud/3')).toEqual({ kind: 's3-registry', bucket: 'models', prefix: 'a/registry', name: 'fraud', ref: { version: 3 } });
    expect(parse('s3://models#fraud/1')).toEqual({ kind: 's3-registry', bucket: 'models', prefix: '', name: 'fraud', ref: { version: 1 } });
    expect(formatModelUri(parse('s3://models/registry/#fraud@champion'))).toBe('s3://models/registry#fraud@champion');
    expect(formatModelUri(parse('s3://models/registry#fraud/3'))).toBe('s3://models/registry#fraud/3');
    // Any other "#" is part of an object key, as before.
    expect(parse('s3://models/v#1.onnx')).toEqual({ kind: 's3', bucket: 'models', key: 'v#1.onnx', folder: false });
    expect(error('s3://models/registry#fraud@')).toMatch(/registry fragment/);
    expect(error('s3://models/registry#fraud/0')).toMatch(/versions from 1/);
    expect(error('s3://models/../registry#fraud@champion')).toMatch(/".." segment/);
  });

  it('names the input, the value and the accepted forms for a malformed or unknown URI', () => {
    const unknown = error('ftp://host/model.onnx');
    expect(unknown).toMatch(/^input `model-uri`: "ftp:\/\/host\/model.onnx" has the unknown scheme "ftp:"/);
    expect(unknown).toContain('Accepted forms: s3://bucket/key (a file), s3://bucket/prefix/ (a folder), models:/<name>@<alias>');
    expect(error('s3://')).toMatch(/not a valid bucket name/);
    expect(error('s3://bucket')).toMatch(/use s3:\/\/bucket\/ for every object in the bucket/);
    expect(error('s3:/bucket/key')).toMatch(/not an S3 URI/);
    expect(error('s3://-bad/key')).toMatch(/not a valid bucket name/);
    expect(error('models:/')).toMatch(/not a registry URI/);
    expect(error('models:/fraud')).toMatch(/needs a model name and one version, alias or "latest"/);
    expect(error('models:/fraud/3/extra')).toMatch(/needs a model name/);
    expect(error('models://profile@host/fraud/3')).toMatch(/not a registry URI/);
    expect(error('runs:/')).toMatch(/not a run URI/);
    expect(error('file://otherhost/x')).toMatch(/file URLs must be local/);
    expect(error('   ')).toMatch(/is empty/);
  });

  it('refuses keys that would escape the destination or address something else', () => {
    expect(error('s3://bkt/models/../secrets/key')).toMatch(/has an object key that contains a "\.\." segment and would escape the destination/);
    expect(error('s3://bkt/../x/')).toMatch(/"\.\." segment/);
    expect(error('s3://bkt//etc/passwd')).toMatch(/is absolute/);
    expect(error('s3://bkt/a\\..\\b')).toMatch(/backslash/);
    expect(error('s3://bkt/a/./b')).toMatch(/"\." segment/);
    expect(error('s3://bkt/a//b')).toMatch(/empty segment/);
    expect(error('runs:/abc/../x')).toMatch(/artifact path that contains a "\.\." segment/);
  });
});

describe('keyProblem', () => {
  it('accepts ordinary relative keys, refuses the rest', () => {
    expect(keyProblem('model.onnx')).toBeNull();
    expect(keyProblem('sub/dir/weights..bin')).toBeNull();
    expect(keyProblem('..hidden/x')).toBeNull();
    expect(keyProblem('')).toBe('is empty');
    expect(keyProblem('C:/x')).toMatch(/drive letter/);
    expect(keyProblem('a\nb')).toMatch(/control character/);
    expect(keyProblem('a/')).toMatch(/empty segment/);
  });
});
