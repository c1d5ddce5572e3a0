// Finding onnxruntime-node the way a runner does: the input, an installed copy, the tool cache, or
// the pinned tarballs downloaded from the real npm registry, verified and cut down to this platform.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOnnxRuntime, ORT_PACKAGES, ORT_VERSION } from '../../../src/evaluate/runtime/onnxruntime.js';
import { readModel, withoutZipMap } from '../../../src/evaluate/onnx/model.js';
import { fixtures } from '../../setup/fixtures.js';

const registry = process.env.NPM_CONFIG_REGISTRY || 'https://registry.npmjs.org';
const base = { cwd: tmpdir(), registry };

describe('onnxruntime-node at run time', () => {
  it('downloads the pinned packages once, keeps only this platform, and loads them from the tool cache after', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'tool-cache-'));
    const logs: string[] = [];
    const first = await loadOnnxRuntime({ ...base, path: '', toolCache, log: (m) => logs.push(m) });
    expect(first.source).toBe('downloaded');
    expect(first.dir).toBe(join(toolCache, 'onnxruntime-node', ORT_VERSION, `${process.platform}-${process.arch}`));
    expect(logs.filter((l) => l.startsWith('Downloading'))).toHaveLength(2);
    expect(existsSync(`${first.dir}.complete`)).toBe(true);
    // Only this platform's binaries: no other OS or architecture was extracted.
    expect(readdirSync(join(first.dir, 'node_modules/onnxruntime-node/bin/napi-v6'))).toEqual([process.platform]);
    expect(readdirSync(join(first.dir, 'node_modules/onnxruntime-node/bin/napi-v6', process.platform))).toEqual([process.arch]);
    // It runs a model: the ZipMap-free binary classifier gives probabilities that sum to 1.
    const fx = fixtures();
    const bytes = readFileSync(fx.model('binary.onnx'));
    const session = await first.ort.InferenceSession.create(withoutZipMap(bytes, readModel(bytes)));
    const out = await session.run({ features: new first.ort.Tensor('float32', new Float32Array(6).fill(0.25), [1, 6]) });
    const p = Array.from(out.probabilities?.data ?? [], Number);
    expect(p).toHaveLength(2);
    expect((p[0] as number) + (p[1] as number)).toBeCloseTo(1, 6);

    const again = await loadOnnxRuntime({ ...base, path: '', toolCache, log: (m) => logs.push(m) });
    expect(again.source).toBe('tool cache');
    expect(logs.filter((l) => l.startsWith('Downloading'))).toHaveLength(2);
  }, 120_000);

  it('refuses a tarball whose sha512 is not the pinned one, keeping nothing', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'tool-cache-'));
    const wrong = { ...ORT_PACKAGES, 'onnxruntime-common': { ...ORT_PACKAGES['onnxruntime-common'], integrity: `sha512-${Buffer.alloc(64, 1).toString('base64')}` } };
    const err = await loadOnnxRuntime({ ...base, path: '', toolCache, packages: wrong }).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/onnxruntime-common-1\.30\.0\.tgz does not match its pinned sha512 \(expected AQEB.*, got .*\); nothing was kept/);
    const versionDir = join(toolCache, 'onnxruntime-node', ORT_VERSION);
    expect(existsSync(versionDir) ? readdirSync(versionDir) : []).toEqual([]);
  }, 120_000);

  it('an onnxruntime-path without the package names the input and the fix', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-ort-'));
    const err = await loadOnnxRuntime({ ...base, path: empty, toolCache: empty }).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/^input `onnxruntime-path`: ".*no-ort-.*" has no loadable onnxruntime-node \(Cannot find module 'onnxruntime-node'.*\)\. Give a folder holding node_modules\/onnxruntime-node/);
  });

  it('uses a copy installed in the workspace, and one the input points at', async () => {
    const toolCache = mkdtempSync(join(tmpdir(), 'tool-cache-'));
    const downloaded = await loadOnnxRuntime({ ...base, path: '', toolCache });
    // The downloaded folder is laid out as an install: node_modules/onnxruntime-node.
    const installed = await loadOnnxRuntime({ ...base, cwd: downloaded.dir, path: '', toolCache: mkdtempSync(join(tmpdir(), 'unused-')) });
    expect(installed.source).toBe('installed');
    const given = await loadOnnxRuntime({ ...base, path: downloaded.dir, toolCache: mkdtempSync(join(tmpdir(), 'unused-')) });
    expect(given.source).toBe('input');
  }, 120_000);
});
