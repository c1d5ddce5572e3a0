// pull-model when the disk fills up: a real 1 MiB tmpfs (mounted for this test; the suite runs as
// root, as CI does) holding the cache or the destination, and a real model on the S3 server that
// is bigger than that. The user sees one error naming the folder and the input to change, and
// nothing is left behind on the full disk.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Client } from '../../src/registry/s3/client.js';
import { runStep, type StepResult } from '../harness.js';
import { s3Test } from '../setup/env.js';

const { bucket, endpoint, aws } = s3Test();
const key = `pull-model-disk/${Date.now()}-${randomBytes(3).toString('hex')}/model.bin`;
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

let workspace: string;
let small: string;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'pull-model-disk-'));
  small = join(workspace, 'small-disk');
  mkdirSync(small);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small], { encoding: 'utf8' });
  if (mounted.status !== 0) throw new Error(`mounting a 1 MiB tmpfs failed (${mounted.stderr.trim()}): this test needs root, as CI runs it.`);
  const s3 = new S3Client({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
  await s3.put(bucket, key, randomBytes(3 * 1024 * 1024));
}, 60_000);

afterAll(() => {
  if (small) spawnSync('umount', [small]);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

function step(inputs: Record<string, string>): Promise<StepResult> {
  return runStep('pull-model', { workspace, inputs: { 'model-uri': `s3://${bucket}/${key}`, 's3-endpoint': endpoint, 's3-path-style': 'true', ...inputs }, env: aws, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

/** Every file left on the small disk, as paths relative to it. */
function filesOn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe('pull-model on a full disk', () => {
  it('a cache on a full disk: one error naming cache-dir, no file left behind', async () => {
    const cache = join(small, 'cache');
    const r = await step({ path: join(workspace, 'model-a'), 'cache-dir': cache });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(errors(r)).toEqual([`no space left to write ${cache} (ENOSPC); nothing was kept. Free some space, or point \`cache-dir\` at a larger disk.`]);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(filesOn(small)).toEqual([]);
    expect(existsSync(join(workspace, 'model-a'))).toBe(false);
  });

  it('a destination on a full disk: one error naming path, the verified copy stays in the cache', async () => {
    const dest = join(small, 'model');
    const cache = join(workspace, 'cache-b');
    const r = await step({ path: dest, 'cache-dir': cache });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(errors(r)).toEqual([`no space left to write ${small} (ENOSPC); nothing was kept. Free some space, or point \`path\` at a larger disk.`]);
    expect(filesOn(small)).toEqual([]);
    // With room again, the next pull places it from the cache without downloading it again.
    const again = await step({ path: join(workspace, 'model-b'), 'cache-dir': cache });
    expect(errors(again), again.stdout).toEqual([]);
    expect(again.outputs['cache-hit']).toBe('true');
    expect(again.outputs['bytes-transferred']).toBe('0');
  });
});
