import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/common/errors.js';
import { openTable } from '../../../../src/evaluate/data/table.js';
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
