// check-drift's core without a runner: a config in, a result object out, the report files in the
// folder it was given. The bundle's tests (test/integration/check-drift) see the outputs a workflow
// reads; these see what the core hands its entry, including what the outputs flatten away.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { checkDrift, type DriftConfig } from '../../../src/drift/check-drift.js';

function table(rows: number, shift: number): string {
  const lines = ['age,city,code'];
  for (let i = 0; i < rows; i++) lines.push(`${20 + (i % 40) + shift},${shift ? (i % 5 ? 'a' : 'b') : ['a', 'b', 'c'][i % 3]},${i % 7}`);
  return lines.join('\n') + '\n';
}

function setup(current: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'check-drift-core-'));
  writeFileSync(join(cwd, 'ref.csv'), table(400, 0));
  writeFileSync(join(cwd, 'cur.csv'), current);
  const groups: string[] = [];
  const config = (over: Partial<DriftConfig> = {}): DriftConfig => ({
    reference: 'ref.csv', current: 'cur.csv', dataFormat: 'auto',
    columns: [], ignoreColumns: [], missingColumns: 'fail', numericalColumns: [], categoricalColumns: [], targetColumn: '',
    method: '', threshold: '', columnMethods: [], driftShare: 0.5, exactLimit: 1_000_000, failOnDrift: true,
    candidate: '', champion: '', features: [], contract: '', shard: '', merge: [],
    reportDir: join(cwd, 'report'), cwd,
    ort: { path: '', cwd, toolCache: join(cwd, 'no-tools'), registry: 'https://registry.invalid' },
    log: { info: () => undefined, group: (title, fn) => (groups.push(title), fn()) },
    ...over,
  });
  return { cwd, groups, config };
}

describe('checkDrift', () => {
  it('returns the verdict, the annotations at the level fail-on-drift asks, and no target or prediction verdict when none was asked', async () => {
    const { cwd, groups, config } = setup(table(300, 15));
    const failing = await checkDrift(config());
    if (failing.kind !== 'report') throw new Error('expected a report');
    expect(failing.drifted).toBe(true);
    expect(failing.driftedColumns).toEqual(['age', 'city']);
    expect(failing.failed).toBe(true);
    expect(failing.annotations.drift?.level).toBe('error');
    expect(failing.annotations.drift?.message).toMatch(/^the data has drifted: 2 of 3 columns \(66\.7%, at least 50% counts\): age, city$/);
    // Outputs flatten these to '' — the core says there was nothing to test.
    expect(failing.targetDrifted).toBeNull();
    expect(failing.predictionDrifted).toBeNull();
    expect(failing.annotations.untested).toBeNull();
    expect(groups).toEqual(['Read the reference', 'Read the current data']);
    // The report it names holds the same verdict.
    const report = JSON.parse(readFileSync(failing.report, 'utf8')) as { datasetDrift: boolean; share: number };
    expect(report).toMatchObject({ datasetDrift: true, share: failing.share });
    expect(readFileSync(join(cwd, 'report', 'report.md'), 'utf8')).toBe(failing.markdown);

    const warning = await checkDrift(config({ failOnDrift: false }));
    if (warning.kind !== 'report') throw new Error('expected a report');
    expect(warning.failed).toBe(false);
    expect(warning.annotations.drift?.level).toBe('warning');
  });

  it('names the column one dataset lacks when told to ignore it, and writes nothing when it is not', async () => {
    const { cwd, config } = setup(table(300, 0).replace(/,code$/m, '').replace(/,\d+$/gm, ''));
    const ignored = await checkDrift(config({ missingColumns: 'ignore' }));
    if (ignored.kind !== 'report') throw new Error('expected a report');
    expect(ignored.untested).toBe('only in the reference: code');
    expect(ignored.annotations.untested).toEqual({ level: 'warning', message: 'columns not tested, since one dataset lacks them: only in the reference: code' });
    expect(ignored.drifted).toBe(false);

    const dir = join(cwd, 'refused');
    const refused = checkDrift(config({ reportDir: dir }));
    await expect(refused).rejects.toBeInstanceOf(ConfigurationError);
    await expect(refused).rejects.toThrow(/^the datasets: "only in the reference: code" differ in their columns/);
    expect(() => readdirSync(dir)).toThrow(/ENOENT/);
  });
});
