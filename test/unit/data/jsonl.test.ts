import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { openJsonl } from '../../../src/data/jsonl.js';
import { openTable } from '../../../src/data/table.js';
import { allBatches, failure, rowsOf, tmpFile } from './helpers.js';

async function read(content: string, batchRows = 1000, chunkSize?: number) {
  const reader = await openJsonl(tmpFile(content, '.jsonl'), { input: 'data', ...(chunkSize ? { chunkSize } : {}) });
  const batches = await allBatches(reader, batchRows);
  await reader.close();
  return { columns: reader.columns, batches, rows: rowsOf(reader.columns, batches) };
}

const FILE =
  '{"id":1,"name":"a","ok":true,"score":0.5}\r\n' +
  '\n' +
  '{"score":null,"id":2,"name":"b, \\"c\\"\\n","ok":false}\n' +
  '   \r\n' +
  '{"id":3}\n' +
  '{"id":4,"name":"é😀"}';

describe('JSON Lines reader', () => {
  it('takes columns from the first object, fills missing keys with null, skips blank lines, accepts CRLF', async () => {
    const { columns, rows } = await read(FILE);
    expect(columns).toEqual(['id', 'name', 'ok', 'score']);
    expect(rows).toEqual([
      [1, 'a', true, 0.5],
      [2, 'b, "c"\n', false, null],
      [3, null, null, null],
      [4, 'é😀', null, null],
    ]);
  });

  it('numbers rows by object and gives the same batches for any read size', async () => {
    const whole = await read(FILE, 3);
    expect(whole.batches.map((b) => [b.firstRow, b.rows])).toEqual([
      [1, 3],
      [4, 1],
    ]);
    for (const chunk of [1, 2, 3]) expect((await read(FILE, 3, chunk)).batches).toEqual(whole.batches);
    const ones = await read(FILE, 1);
    expect(ones.batches.map((b) => b.firstRow)).toEqual([1, 2, 3, 4]);
    expect((await read(FILE, 100)).batches).toHaveLength(1);
  });

  it('is chosen for .jsonl and .ndjson', async () => {
    for (const ext of ['.jsonl', '.ndjson', '.JSONL']) {
      const reader = await openTable(tmpFile('{"a":1}\n', ext));
      expect(reader.format).toBe('jsonl');
      await reader.close();
    }
  });

  describe('errors', () => {
    const cases: [string, string, string[]][] = [
      ['malformed line', '{"a":1}\n\n{"a":2,}\n', ['line 3', 'is not valid JSON']],
      ['a line that is not an object', '{"a":1}\n[1,2]\n', ['line 2', 'is an array, not a JSON object']],
      ['a key the first object lacks', '{"a":1}\n{"a":2}\n{"a":3,"b":4}\n', ['line 3', '"b"', 'first object does not have']],
      ['a nested object', '{"a":1,"b":2}\n{"a":1,"b":{"x":1}}\n', ['line 2, key `b`', 'is an object']],
      ['a nested array', '{"a":[1]}\n', ['line 1, key `a`', 'is an array']],
      ['an empty file', '\n\n', ['holds no JSON objects']],
      ['an object without keys', '\n{}\n', ['line 2', 'no keys']],
    ];
    it.each(cases)('%s', async (_name, content, parts) => {
      const e = await failure(read(content));
      expect(e).toBeInstanceOf(ConfigurationError);
      expect(e.message).toContain('input `data`');
      for (const part of parts) expect(e.message).toContain(part);
    });
  });
});
