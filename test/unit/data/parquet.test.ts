import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { openTable } from '../../../src/data/table.js';
import { allBatches, failure, rowsOf, tmpFile } from './helpers.js';

// Made by fixtures/make_parquet.py: 10 rows in row groups of 4, 4 and 2.
const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);

const BIG = 2n ** 53n + 1n;
const expectedRow = (i: number) => [
  i + 1,
  i % 2 === 0 ? (BIG + BigInt(i)).toString() : -i,
  i % 3 === 0 ? null : i / 4,
  i === 4 ? null : `row ${i + 1} é`,
  i % 2 === 0,
  i - 5,
  new Date(Date.UTC(2024, 0, 2 + i, 3, 4, 5, 123)).toISOString().replace('.123Z', '.123456Z'),
  new Date(Date.UTC(2024, 1, 28 + i)).toISOString().slice(0, 10),
];

describe('Parquet reader', () => {
  it.each(['snappy', 'zstd', 'gzip'])('reads every column type of a %s file', async (codec) => {
    const reader = await openTable(fixture(`flat-${codec}.parquet`));
    expect(reader.format).toBe('parquet');
    expect(reader.columns).toEqual(['id', 'big', 'score', 'label', 'flag', 'small', 'when', 'day']);
    expect(reader.rowCount).toBe(10);
    const rows = rowsOf(reader.columns, await allBatches(reader, 100));
    expect(rows).toEqual(Array.from({ length: 10 }, (_, i) => expectedRow(i)));
    expect(rows[0]![1]).toBe('9007199254740993');
    expect(rows[1]![1]).toBe(-1);
    await reader.close();
  });

  it('never lets a batch span more than batchRows or cross a row group, and numbers rows across groups', async () => {
    const reader = await openTable(fixture('flat-snappy.parquet'));
    const cases: [number, [number, number][]][] = [
      [1, Array.from({ length: 10 }, (_, i) => [i + 1, 1] as [number, number])],
      [3, [[1, 3], [4, 1], [5, 3], [8, 1], [9, 2]]],
      [100, [[1, 4], [5, 4], [9, 2]]],
    ];
    for (const [batchRows, expected] of cases) {
      const batches = await allBatches(reader, batchRows);
      expect(batches.map((b) => [b.firstRow, b.rows])).toEqual(expected);
      for (const b of batches) {
        expect(b.rows).toBeLessThanOrEqual(batchRows);
        for (const col of Object.values(b.columns)) expect(col).toHaveLength(b.rows);
        expect(b.columns.id![0]).toBe(b.firstRow);
      }
    }
    await reader.close();
    await reader.close();
  });

  it.each([
    ['nested.parquet', 'point', 'nested'],
    ['list.parquet', 'tags', 'nested'],
  ])('rejects %s naming the column', async (name, column, kind) => {
    const e = await failure(openTable(fixture(name), { input: 'reference' }));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toContain('input `reference`');
    expect(e.message).toContain(`column \`${column}\``);
    expect(e.message).toContain(kind);
  });

  it('rejects a file that is not Parquet', async () => {
    const path = tmpFile('id,x\n1,2\n', '.parquet');
    const e = await failure(openTable(path));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toContain(path);
    expect(e.message).toContain('is not a readable Parquet file');
  });

  it('reads a Parquet file with another extension when the format is forced', async () => {
    const { readFileSync } = await import('node:fs');
    const path = tmpFile(readFileSync(fixture('flat-zstd.parquet')), '.bin');
    const reader = await openTable(path, { format: 'parquet' });
    expect(reader.rowCount).toBe(10);
    await reader.close();
  });
});
