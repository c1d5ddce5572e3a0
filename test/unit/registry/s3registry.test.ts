// The pure parts of the plain S3 registry: key layout, input parsing, lineage tags, and which
// input combinations mean register, promote or a mistake.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import {
  aliasKey,
  checkName,
  claimKey,
  fileKey,
  manifestKey,
  parseAlias,
  parseManifest,
  parseRegistry,
  parseTags,
  parseVersion,
  runnerTags,
  versionUri,
} from '../../../src/registry/s3registry/layout.js';
import { planPublish } from '../../../src/registry/s3registry/publish.js';

describe('registry root', () => {
  it('parses s3://bucket/prefix with or without a trailing slash, and a bare bucket', () => {
    expect(parseRegistry('s3://models/registry')).toEqual({ bucket: 'models', prefix: 'registry' });
    expect(parseRegistry('s3://models/team/registry/')).toEqual({ bucket: 'models', prefix: 'team/registry' });
    expect(parseRegistry('s3://models')).toEqual({ bucket: 'models', prefix: '' });
  });

  it.each(['models/registry', 'https://s3.example.com/models', 's3://a/x', 's3://models/../x', 's3://models/a//b'])('rejects %s naming the input', (v) => {
    expect(() => parseRegistry(v)).toThrow(ConfigurationError);
    expect(() => parseRegistry(v)).toThrow(/input `registry`/);
  });
});

describe('layout', () => {
  const root = parseRegistry('s3://models/reg');
  it('puts versions, files, manifests and aliases where docs/s3-registry.md says', () => {
    expect(claimKey(root, 'fraud', 3)).toBe('reg/fraud/versions/3/claim.json');
    expect(fileKey(root, 'fraud', 3, 'sub/w.bin')).toBe('reg/fraud/versions/3/files/sub/w.bin');
    expect(manifestKey(root, 'fraud', 3)).toBe('reg/fraud/versions/3/manifest.json');
    expect(aliasKey(root, 'fraud', 'champion')).toBe('reg/fraud/aliases/champion');
    expect(versionUri(root, 'fraud', 3)).toBe('s3://models/reg/fraud/versions/3/files/');
  });

  it('has no empty segment at the top of the bucket', () => {
    const top = parseRegistry('s3://models');
    expect(manifestKey(top, 'fraud', 1)).toBe('fraud/versions/1/manifest.json');
    expect(aliasKey(top, 'fraud', 'staging')).toBe('fraud/aliases/staging');
  });
});

describe('inputs', () => {
  it('accepts plain names and refuses separators', () => {
    expect(checkName('name', 'fraud-detector_v2.onnx')).toBe('fraud-detector_v2.onnx');
    for (const bad of ['a/b', '', '.hidden', 'x@y', 'a b', '..']) expect(() => checkName('alias', bad)).toThrow(/input `alias`/);
  });

  it('reads versions as whole numbers from 1', () => {
    expect(parseVersion(' 12 ')).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'latest', '01']) expect(() => parseVersion(bad)).toThrow(/input `version`/);
  });

  it('reads key=value tags, keeping "=" in values', () => {
    expect(parseTags('dataset=2026-11\n owner = ml team \r\n\nquery=a=b\n')).toEqual({ dataset: '2026-11', owner: 'ml team', query: 'a=b' });
    // A comma is part of the value: tags are one per line.
    expect(parseTags('features=age,income\nnote=retrained, again')).toEqual({ features: 'age,income', note: 'retrained, again' });
    expect(() => parseTags('no-equals')).toThrow(/input `tags`/);
    expect(() => parseTags('=value')).toThrow(/input `tags`/);
  });

  it('takes the commit and run URL from the runner environment when present', () => {
    expect(runnerTags({ GITHUB_SHA: 'abc', GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' })).toEqual({
      'git.commit': 'abc',
      'git.repository': 'o/r',
      'github.run-url': 'https://github.com/o/r/actions/runs/7',
    });
    expect(runnerTags({})).toEqual({});
  });
});

describe('register or promote', () => {
  const base = { path: '', version: null, alias: '', hasLineage: false };
  it('a path registers, with an optional alias', () => {
    expect(planPublish({ ...base, path: '/m' })).toEqual({ kind: 'register', path: '/m', alias: null });
    expect(planPublish({ ...base, path: '/m', alias: 'staging', hasLineage: true })).toEqual({ kind: 'register', path: '/m', alias: 'staging' });
  });

  it('a version and an alias without a path promote', () => {
    expect(planPublish({ ...base, version: 3, alias: 'champion' })).toEqual({ kind: 'promote', version: 3, alias: 'champion' });
  });

  it('other combinations are configuration errors', () => {
    expect(() => planPublish(base)).toThrow(/nothing to do/);
    expect(() => planPublish({ ...base, alias: 'champion' })).toThrow(/input `version`.*needed/);
    expect(() => planPublish({ ...base, version: 2 })).toThrow(/nothing to do/);
    expect(() => planPublish({ ...base, path: '/m', version: 2 })).toThrow(/cannot be given with `path`/);
    expect(() => planPublish({ ...base, version: 2, alias: 'champion', hasLineage: true })).toThrow(/immutable/);
  });
});

describe('documents read back', () => {
  it('accepts a well-formed alias pointer and refuses others', () => {
    expect(parseAlias('{"version":2,"previous":1,"updated":"x"}', 'p')).toMatchObject({ version: 2, previous: 1 });
    expect(parseAlias('{"version":1,"previous":null,"updated":"x"}', 'p')).toMatchObject({ previous: null });
    expect(() => parseAlias('{"version":"2"}', 's3://b/m/aliases/x')).toThrow(/^the alias s3:\/\/b\/m\/aliases\/x is not an alias pointer .*: version is string "2", expected a whole number from 1\. The registry object is corrupted/);
    expect(() => parseAlias('{"schema":"other/v9","version":2,"previous":null}', 'p')).toThrow(/schema is string "other\/v9", expected "model-cd\/s3-registry\/alias\/v1"/);
    expect(() => parseAlias('nope', 'p')).toThrow(/^the alias p is not JSON \(it starts "nope"\)/);
  });

  it('refuses a manifest whose file paths could escape a folder', () => {
    const good = { schema: 'model-cd/s3-registry/manifest/v1', version: 1, sha256: 'a'.repeat(64), files: [{ path: 'm.onnx', size: 1, sha256: 'b'.repeat(64) }] };
    expect(parseManifest(JSON.stringify(good), 'm').version).toBe(1);
    expect(() => parseManifest(JSON.stringify({ ...good, files: [{ path: '../x', size: 1, sha256: 'b'.repeat(64) }] }), 'm')).toThrow(/files\[0\]\.path is string "\.\.\/x", expected a relative path inside the version folder/);
    expect(() => parseManifest(JSON.stringify({ ...good, files: [] }), 'm')).toThrow(/files is an array, expected at least one file/);
    expect(() => parseManifest('null', 'm')).toThrow(/^the manifest m is not a model-cd\/s3-registry\/manifest\/v1 manifest: the document is null, expected an object\./);
  });
});
