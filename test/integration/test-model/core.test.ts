// test-model's core in-process, without a runner: a config in, a result object out, the report
// files in the folder it was given. onnxruntime-node is found as a runner finds it (tool cache).
// The bundle's tests (test-model.test.ts) see the outputs; these see what the core hands its entry.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runnerOrtOptions } from '../../../src/evaluate/runtime/onnxruntime.js';
import { testModel, type TestModelConfig } from '../../../src/evaluate/test-model.js';
import { ROOT } from '../../harness.js';

function setup() {
  const cwd = mkdtempSync(join(tmpdir(), 'test-model-core-'));
  for (const f of ['candidate.onnx', 'champion.onnx', 'holdout.csv']) cpSync(join(ROOT, 'examples', 'model', f), join(cwd, f));
  const groups: string[] = [];
  const config = (over: Partial<TestModelConfig> = {}): TestModelConfig => ({
    // The example's champion is the better model: as the candidate, it fails `min_relative_change: 0`.
    candidate: 'champion.onnx', champion: 'candidate.onnx', data: 'holdout.csv', dataFormat: 'auto',
    labelColumn: '', features: ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'], contract: '', task: 'auto',
    gates: 'accuracy: {threshold: 0.8, min_relative_change: 0.0}\nroc_auc: {threshold: 0.9}', championMissing: 'pass', defaultGate: 'auto', failOnGates: true,
    batchSize: 1024, shard: '', merge: [],
    reportDir: join(cwd, 'report'), cwd,
    ort: runnerOrtOptions(process.env, '', cwd, () => undefined),
    log: { info: () => undefined, group: (title, fn) => (groups.push(title), fn()) },
    ...over,
  });
  return { groups, config };
}

describe('testModel', () => {
  it('returns the report, one error per failed gate, and fails only when fail-on-gates is set', async () => {
    const { groups, config } = setup();
    const strict = await testModel(config());
    if (strict.kind !== 'report') throw new Error('expected a report');
    expect(strict.report.passed).toBe(false);
    expect(strict.failed).toBe(true);
    expect(strict.errors).toHaveLength(1);
    expect(strict.errors[0]).toMatchObject({ title: 'test-model gate' });
    expect(strict.errors[0]?.message).toMatch(/^gate accuracy: candidate 0\.8665, champion 0\.871; >= champion/);
    expect(strict.metrics.candidate.accuracy).toBe(strict.report.candidate.metrics.accuracy);
    expect(strict.metrics.champion?.accuracy).toBeCloseTo(0.871, 12);
    expect(groups).toEqual(['Find onnxruntime', 'Evaluate on holdout.csv']);
    // The files it names hold the report it returned; the log text is the summary's head.
    expect(JSON.parse(readFileSync(strict.reportJson, 'utf8'))).toEqual(JSON.parse(JSON.stringify(strict.report)));
    expect(readFileSync(strict.reportMarkdown, 'utf8')).toBe(`${strict.markdown}\n`);
    expect(strict.markdown.startsWith(`### ${strict.logText.split('\n')[0]}`)).toBe(true);

    const lenient = await testModel(config({ failOnGates: false }));
    if (lenient.kind !== 'report') throw new Error('expected a report');
    expect(lenient.report.passed).toBe(false);
    expect(lenient.failed).toBe(false);
  }, 120_000);
});
