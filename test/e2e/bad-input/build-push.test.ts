// build-push given bad inputs (helper.ts says what each case must show). Destinations are
// checked before the base image is read, so these need no base image.
import { beforeAll } from 'vitest';
import { badWorkspace, corpus, UNWRITABLE, type BadCase } from './helper.js';

let workspace: string;
const base = { base: 'oci:base-layout:1', model: 'model.onnx', tags: 'oci:out:1', builder: 'auto' };

beforeAll(() => {
  workspace = badWorkspace('build-push', { 'model.onnx': 'weights' });
});

const cases: BadCase[] = [
  { name: 'a base that is no image reference', inputs: { base: 'oci' }, names: 'input `base`' },
  { name: 'a base layout that does not exist', inputs: {}, names: 'input `base`' },
  { name: 'a model that does not exist', inputs: { model: 'nope.onnx' }, names: 'input `model`' },
  { name: 'a typo in builder', inputs: { builder: 'dokker' }, names: 'input `builder`' },
  { name: 'no tags', inputs: { tags: '' }, names: 'input `tags`' },
  { name: 'a tag that is no image reference', inputs: { tags: 'Registry/UPPER:tag' }, names: 'input `tags`' },
  { name: 'a model-dir that climbs out', inputs: { 'model-dir': '/opt/../../etc' }, names: 'input `model-dir`' },
  { name: 'an OCI layout destination that is a file', inputs: { tags: 'oci:a-file:1' }, names: /^input `tags`: ".*a-file" is a file/ },
  { name: 'a docker archive destination that is a folder', inputs: { tags: 'docker-archive:a-folder' }, names: /^input `tags`: "a-folder" is a folder/ },
  // Renaming a finished archive over a device would replace the device and lose the image.
  { name: 'a docker archive destination on a device', inputs: { tags: 'docker-archive:/dev/full' }, names: /^input `tags`: "\/dev\/full" is a device/ },
  ...Object.entries(UNWRITABLE('a-file')).flatMap(([where, p]): BadCase[] => [
    { name: `an OCI layout destination ${where}`, inputs: { tags: `oci:${p}:1` }, names: 'input `tags`' },
    { name: `a docker archive destination ${where}`, inputs: { tags: `docker-archive:${p}.tar` }, names: `input \`tags\`: ${JSON.stringify(`${p}.tar`)}` },
  ]),
];

corpus('build-push', cases, () => ({ workspace, base }));
