// readModel / withoutZipMap on models made by Python `onnx` (py/onnx_models.py), checked against
// what onnxruntime itself sees; the wire helpers on hand-built bytes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeType, readModel, withoutZipMap, type ModelInfo } from '../../../../src/evaluate/onnx/model.js';
import { concat, fields, ints, lengthField, stringField, text, varintField, WireError } from '../../../../src/evaluate/onnx/wire.js';

const SCRIPT = join(import.meta.dirname, 'py', 'onnx_models.py');
const run = promisify(execFile);
let dir = '';

function python(): string {
  const p = process.env.MODEL_CD_ML_PYTHON;
  if (!p) throw new Error('MODEL_CD_ML_PYTHON is unset: the vitest global setup (test/setup/python-envs.ts) sets it; outside vitest use `bash scripts/py-env.sh ml --python`.');
  return p;
}

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

interface OrtRun {
  names: string[];
  types: string[];
  shapes: (string | number | null)[][];
  outputs: Record<string, unknown>;
}

async function ort(model: Uint8Array, inputs: Record<string, number[][]>): Promise<OrtRun> {
  const m = join(dir, `run-${Math.random().toString(36).slice(2)}.onnx`);
  const i = `${m}.json`;
  writeFileSync(m, model);
  writeFileSync(i, JSON.stringify(inputs));
  const { stdout } = await run(python(), [SCRIPT, 'run', m, i], { maxBuffer: 16 << 20 });
  return JSON.parse(stdout) as OrtRun;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'model-cd-onnx-'));
  await run(python(), [SCRIPT, 'make', dir], { maxBuffer: 16 << 20 });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('readModel', () => {
  it('reads named, unnamed and fixed dimensions, an unknown rank, producer, opsets and metadata', () => {
    expect(readModel(bytesOf('dyn.onnx'))).toEqual<ModelInfo>({
      irVersion: 8,
      producer: 'hand 2.5',
      opsets: [{ domain: '', version: 13 }],
      inputs: [
        { name: 'X', type: { kind: 'tensor', elem: 'float32', shape: ['batch', 3] } },
        { name: 'ids', type: { kind: 'tensor', elem: 'int64', shape: [null] } },
      ],
      outputs: [
        { name: 'Y', type: { kind: 'tensor', elem: 'float32', shape: ['batch', 3] } },
        { name: 'Z', type: { kind: 'tensor', elem: 'float64', shape: null } },
      ],
      classLabels: null,
      zipMap: null,
      operators: ['Cast', 'Relu'],
      metadata: { author: 'tests', note: 'dynamic' },
    });
  });

  it('reads int64 class labels from a ZipMap (negative and beyond 32 bits) and its seq(map) output', () => {
    const m = readModel(bytesOf('zip-int.onnx'));
    expect(m.classLabels).toEqual(['3', '-1', '5000000000']);
    expect(m.zipMap).toEqual({ input: 'probabilities', output: 'output_probability' });
    expect(m.operators).toEqual(['ai.onnx.ml.LinearClassifier', 'ai.onnx.ml.ZipMap']);
    expect(m.opsets).toEqual([
      { domain: '', version: 13 },
      { domain: 'ai.onnx.ml', version: 1 },
    ]);
    expect(m.outputs[1]).toEqual({
      name: 'output_probability',
      type: { kind: 'sequence', elem: { kind: 'map', key: 'int64', value: { kind: 'tensor', elem: 'float32', shape: null } } },
    });
    expect(m.outputs.map((o) => describeType(o.type))).toEqual(['int64[batch]', 'seq(map(int64,float32))']);
  });

  it('reads string class labels', () => {
    const m = readModel(bytesOf('zip-str.onnx'));
    expect(m.classLabels).toEqual(['cat', 'dog']);
    expect(describeType(m.outputs[1]?.type ?? null)).toBe('seq(map(string,float32))');
    expect(m.inputs).toEqual([{ name: 'X', type: { kind: 'tensor', elem: 'float32', shape: ['batch', 4] } }]);
  });

  it('leaves out initializers an IR 3 model lists among its inputs', () => {
    const m = readModel(bytesOf('ir3.onnx'));
    expect(m.irVersion).toBe(3);
    expect(m.inputs).toEqual([{ name: 'X', type: { kind: 'tensor', elem: 'float32', shape: ['N', 3] } }]);
    expect(m.outputs.map((o) => o.name)).toEqual(['Y']);
    expect(m.operators).toEqual(['MatMul']);
  });

  it('takes the labels from a classifier without a ZipMap, and has none for a regressor', () => {
    const c = readModel(bytesOf('nozip.onnx'));
    expect(c.classLabels).toEqual(['no', 'yes']);
    expect(c.zipMap).toBeNull();
    const r = readModel(bytesOf('reg.onnx'));
    expect(r.classLabels).toBeNull();
    expect(r.outputs).toEqual([{ name: 'variable', type: { kind: 'tensor', elem: 'float32', shape: [null, 1] } }]);
  });

  it('refuses bytes that are not a model with a WireError', () => {
    expect(() => readModel(new TextEncoder().encode('not a model at all'))).toThrow(WireError);
    expect(() => readModel(varintField(1, 8))).toThrow(new WireError('there is no graph in it'));
    expect(() => readModel(concat([varintField(1, 0), lengthField(7, new Uint8Array(0))]))).toThrow(new WireError('its IR version 0 is not one ONNX defines'));
    expect(() => readModel(concat([varintField(1, 99), lengthField(7, new Uint8Array(0))]))).toThrow(new WireError('its IR version 99 is not one ONNX defines'));
  });

  it.each(['dyn.onnx', 'zip-int.onnx', 'ir3.onnx'])('cut at every byte of %s, throws a WireError or reads', (name) => {
    const bytes = bytesOf(name);
    let refused = 0;
    for (let k = 0; k < bytes.length; k++) {
      try {
        readModel(bytes.slice(0, k));
      } catch (e) {
        if (!(e instanceof WireError)) throw new Error(`cut at ${k} of ${bytes.length}: ${String(e)}`);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(bytes.length / 2);
  });
});

describe('withoutZipMap', () => {
  it('returns a model without a ZipMap unchanged', () => {
    const bytes = bytesOf('nozip.onnx');
    expect(withoutZipMap(bytes, readModel(bytes))).toBe(bytes);
  });

  it.each([
    ['zip-int.onnx', 3, [[1, 2], [-1, 0.5], [0, 0]]],
    ['zip-str.onnx', 2, [[1, 2, 3, 4], [-1, 0.5, 0, 2]]],
  ] as const)('%s: exposes the probability tensor in onnxruntime, with the same values', async (name, classes, x) => {
    const bytes = bytesOf(name);
    const info = readModel(bytes);
    const rewritten = withoutZipMap(bytes, info);

    const after = readModel(rewritten);
    expect(after.zipMap).toBeNull();
    expect(after.classLabels).toEqual(info.classLabels);
    expect(after.inputs).toEqual(info.inputs);
    expect(after.outputs).toEqual([info.outputs[0], { name: 'probabilities', type: { kind: 'tensor', elem: 'float32', shape: [null, classes] } }]);
    expect(after.operators).toEqual(['ai.onnx.ml.LinearClassifier']);
    expect({ ...after, outputs: [], operators: [] }).toEqual({ ...info, zipMap: null, outputs: [], operators: [] });

    const input = { X: x.map((r) => [...r]) };
    const [before, now] = await Promise.all([ort(bytes, input), ort(rewritten, input)]);
    expect(now.names).toEqual(['label', 'probabilities']);
    expect(now.types[1]).toBe('tensor(float)');
    // onnxruntime fills the dynamic dimension in from its own shape inference; the width is ours.
    expect(now.shapes[1]?.length).toBe(2);
    expect(now.shapes[1]?.[1]).toBe(classes);
    expect(now.outputs.label).toEqual(before.outputs.label);
    const zipped = before.outputs.output_probability as Record<string, number>[];
    const labels = info.classLabels as string[];
    const expected = zipped.map((row) => labels.map((l) => row[l]));
    expect(now.outputs.probabilities).toEqual(expected);
    expect(expected.flat().every((p) => typeof p === 'number' && p > 0 && p < 1)).toBe(true);
  });
});

describe('wire', () => {
  it('walks fields of every wire type, with positions and raw bytes', () => {
    const packed = Uint8Array.from([0x01, 0xac, 0x02]); // 1, 300
    const msg = concat([varintField(1, 300), stringField(2, 'hé'), lengthField(3, packed), varintField(3, 7), varintField(4, -1n), Uint8Array.from([0x2d, 1, 2, 3, 4]), Uint8Array.from([0x31, 1, 2, 3, 4, 5, 6, 7, 8])]);
    const fs = fields(msg, 100);
    expect(fs.map((f) => [f.no, f.wire])).toEqual([
      [1, 0],
      [2, 2],
      [3, 2],
      [3, 0],
      [4, 0],
      [5, 5],
      [6, 1],
    ]);
    expect(fs[0]?.int).toBe(300n);
    expect(fs[0]?.start).toBe(100);
    expect(fs[0]?.end).toBe(103);
    expect(text(fs[1] as never)).toBe('hé');
    expect(ints(fs, 3)).toEqual([1n, 300n, 7n]);
    expect(fs[4]?.int).toBe(2n ** 64n - 1n);
    expect(BigInt.asIntN(64, fs[4]?.int ?? 0n)).toBe(-1n);
    expect(Array.from(fs[5]?.bytes ?? [])).toEqual([1, 2, 3, 4]);
    expect(fs[6]?.bytes.length).toBe(8);
    expect(concat(fs.map((f) => f.raw))).toEqual(msg);
    expect(fs[6]?.end).toBe(100 + msg.length);
  });

  it('encodes lengths over 127 as multi-byte varints', () => {
    const f = lengthField(7, new Uint8Array(300).fill(9));
    expect(Array.from(f.subarray(0, 3))).toEqual([0x3a, 0xac, 0x02]);
    const [back] = fields(f);
    expect(back?.bytes.length).toBe(300);
  });

  it('refuses malformed data with a WireError that says where', () => {
    expect(() => fields(Uint8Array.from([0x00]))).toThrow(new WireError('field number 0 at byte 0'));
    expect(() => fields(Uint8Array.from([0x08, 0x01, 0x0b]))).toThrow(new WireError('unknown wire type 3 for field 1 at byte 2'));
    expect(() => fields(Uint8Array.from([0x08, ...new Array<number>(10).fill(0xff), 0x01]))).toThrow(new WireError('a number longer than 10 bytes at byte 11'));
    expect(() => fields(Uint8Array.from([0x08, 0x80]))).toThrow(new WireError('the data ends inside a number at byte 2'));
    expect(() => fields(Uint8Array.from([0x12, 0x05, 0x61]), 40)).toThrow(new WireError('field 2 at byte 40 claims 5 bytes, but only 1 remain (truncated?)'));
    expect(() => fields(Uint8Array.from([0x0d, 1, 2]), 10)).toThrow(new WireError('the data ends inside field 1 at byte 13'));
  });
});
