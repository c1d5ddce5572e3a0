import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { openTable, type Batch } from '../../../src/data/table.js';
import { allBatches, failure, tmpFile } from './helpers.js';

describe('openTable', () => {
  it('chooses the reader from the extension, case-insensitively', async () => {
    const reader = await openTable(tmpFile('a,b\n1,2\n', '.CSV'));
    expect(reader.format).toBe('csv');
    expect(reader.rowCount).toBeNull();
    expect(await allBatches(reader, 10)).toEqual([{ firstRow: 1, rows: 1, columns: { a: ['1'], b: ['2'] } }]);
    await reader.close();
  });

  it('lets the format override the extension', async () => {
    const reader = await openTable(tmpFile('{"a":1}\n', '.txt'), { format: 'jsonl' });
    expect(reader.columns).toEqual(['a']);
    await reader.close();
  });

  it.each(['.tsv', '.json', ''])('rejects the extension %j, naming the input and what to do', async (ext) => {
    const path = tmpFile('a\n1\n', ext);
    const e = await failure(openTable(path, { input: 'current' }));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toContain('input `current`');
    expect(e.message).toContain(path);
    expect(e.message).toContain('.csv, .jsonl, .ndjson or .parquet');
  });

  it('rejects a directory', async () => {
    const e = await failure(openTable(tmpdir(), { format: 'csv' }));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toContain('is not a file');
  });

  it('rejects a batch size that is not a positive integer', async () => {
    const reader = await openTable(tmpFile('a\n1\n'));
    await expect(allBatches(reader, 0)).rejects.toThrow(RangeError);
    await reader.close();
  });
});

describe('batches with a skip', () => {
  // 10 rows with a quoted field holding a line break and a comma, in every format.
  const rows = Array.from({ length: 10 }, (_, i) => [i, i % 3 === 0 ? `a "q",\nb${i}` : `t${i}`] as const);
  const csv = `n,s\n${rows.map(([n, s]) => `${n},"${s.replace(/"/g, '""')}"`).join('\n')}\n`;
  const jsonl = rows.map(([n, s]) => JSON.stringify({ n, s })).join('\n') + '\n';

  for (const [ext, content] of [['.csv', csv], ['.jsonl', jsonl]] as const) {
    it(`${ext}: yields only the batches not skipped, with their true first rows and cells`, async () => {
      const path = tmpFile(content, ext);
      const all = await allBatches(await openTable(path), 3);
      const table = await openTable(path);
      const kept: Batch[] = [];
      for await (const b of table.batches(3, (first) => first === 4 || first === 10)) kept.push(b);
      expect(kept.map((b) => b.firstRow)).toEqual([1, 7]);
      expect(kept).toEqual(all.filter((b) => b.firstRow === 1 || b.firstRow === 7));
    });
  }

  it('.csv: a malformed row in a skipped batch is left to the reader that keeps it', async () => {
    const path = tmpFile('a,b\n1,2\n3\n5,6\n7,8\n');
    const table = await openTable(path);
    const kept: Batch[] = [];
    for await (const b of table.batches(2, (first) => first === 1)) kept.push(b);
    expect(kept.map((b) => [b.firstRow, b.rows, b.columns.a])).toEqual([[3, 2, ['5', '7']]]);
    expect((await failure(allBatches(await openTable(path), 2))).message).toMatch(/row 2 on line 3/);
  });
});
