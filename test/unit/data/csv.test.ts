import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { openCsv } from '../../../src/data/csv.js';
import { openTable } from '../../../src/data/table.js';
import { allBatches, failure, rowsOf, tmpFile } from './helpers.js';

async function read(content: string | Uint8Array, batchRows = 1000, chunkSize?: number) {
  const reader = await openCsv(tmpFile(content), { input: 'data', ...(chunkSize ? { chunkSize } : {}) });
  const batches = await allBatches(reader, batchRows);
  await reader.close();
  return { columns: reader.columns, batches, rows: rowsOf(reader.columns, batches) };
}

async function csvError(content: string, chunkSize?: number): Promise<Error> {
  return failure(read(content, 1000, chunkSize));
}

const QUIRKY =
  '\uFEFFid,text,note\r\n' +
  '1,"a, b","say ""hi"""\r\n' +
  '2,"line one\r\nline two",\r\n' +
  '3,"x\ny\rz","é😀"\n' +
  '4,,""\r' +
  '5,plain,"end"';

const QUIRKY_ROWS = [
  ['1', 'a, b', 'say "hi"'],
  ['2', 'line one\r\nline two', ''],
  ['3', 'x\ny\rz', 'é😀'],
  ['4', '', ''],
  ['5', 'plain', 'end'],
];

describe('CSV reader', () => {
  it('reads quoted fields, doubled quotes, embedded newlines, CRLF/LF/CR and strips the BOM', async () => {
    const { columns, rows } = await read(QUIRKY);
    expect(columns).toEqual(['id', 'text', 'note']);
    expect(rows).toEqual(QUIRKY_ROWS);
  });

  it.each([1, 2, 3, 5, 7])('gives identical batches when read %i byte(s) at a time', async (chunkSize) => {
    const whole = await read(QUIRKY, 2);
    const tiny = await read(QUIRKY, 2, chunkSize);
    expect(tiny.columns).toEqual(whole.columns);
    expect(tiny.batches).toEqual(whole.batches);
  });

  it('splits rows into batches of at most batchRows and numbers records, not lines', async () => {
    for (const [batchRows, sizes] of [
      [1, [1, 1, 1, 1, 1]],
      [3, [3, 2]],
      [100, [5]],
    ] as const) {
      const { batches } = await read(QUIRKY, batchRows);
      expect(batches.map((b) => b.rows)).toEqual(sizes);
      let next = 1;
      for (const b of batches) {
        expect(b.firstRow).toBe(next);
        for (const col of Object.values(b.columns)) expect(col).toHaveLength(b.rows);
        next += b.rows;
      }
    }
    const { batches } = await read(QUIRKY, 1);
    // row 3 starts on line 4 (row 2 spans two lines); its number is still 3
    expect(batches[2]).toEqual({ firstRow: 3, rows: 1, columns: { id: ['3'], text: ['x\ny\rz'], note: ['é😀'] } });
  });

  it('keeps a multi-byte character split across reads whole', async () => {
    const { rows } = await read('a\n€😀é\n', 10, 1);
    expect(rows).toEqual([['€😀é']]);
  });

  it('treats a trailing newline as the end of the last record and skips blank lines', async () => {
    expect((await read('a,b\n1,2\n')).rows).toEqual([['1', '2']]);
    expect((await read('a,b\r\n1,2\r\n\r\n\r\n3,4\r\n')).rows).toEqual([['1', '2'], ['3', '4']]);
  });

  it('keeps empty strings as empty strings and reads a header-only file as zero rows', async () => {
    expect((await read('a,b,c\n,,\n')).rows).toEqual([['', '', '']]);
    const none = await read('a,b\n');
    expect(none.columns).toEqual(['a', 'b']);
    expect(none.batches).toEqual([]);
  });

  it('keeps a quote inside an unquoted field literally', async () => {
    expect((await read('size,name\n5" screen,x\n')).rows).toEqual([['5" screen', 'x']]);
  });

  it('can read the file twice', async () => {
    const reader = await openCsv(tmpFile('a\n1\n2\n'), { input: 'data' });
    expect(rowsOf(reader.columns, await allBatches(reader, 1))).toEqual([['1'], ['2']]);
    expect(rowsOf(reader.columns, await allBatches(reader, 5))).toEqual([['1'], ['2']]);
    await reader.close();
  });

  it('stops reading when the caller stops early and close() is called', async () => {
    const reader = await openCsv(tmpFile('a\n' + '1\n'.repeat(1000)), { input: 'data', chunkSize: 16 });
    for await (const b of reader.batches(10)) {
      expect(b.firstRow).toBe(1);
      break;
    }
    await reader.close();
    await reader.close();
  });

  describe('errors', () => {
    it('names a row with the wrong number of fields, its line and the counts', async () => {
      for (const chunk of [undefined, 1]) {
        const e = await csvError('a,b,c\n1,2,3\n"x\ny",2,3\n4,5\n', chunk);
        expect(e).toBeInstanceOf(ConfigurationError);
        expect(e.message).toContain('input `data`');
        expect(e.message).toContain('row 3 on line 5');
        expect(e.message).toContain('has 2 fields, but the header has 3');
      }
      const more = await csvError('a,b\n1,2,3\n');
      expect(more.message).toContain('row 1 on line 2');
      expect(more.message).toContain('has 3 fields, but the header has 2');
      const quoted = await csvError('a,b\n"1",2,"3"\n');
      expect(quoted.message).toContain('has 3 fields, but the header has 2');
    });

    it('names the row where an unterminated quote started', async () => {
      for (const chunk of [undefined, 1, 2, 3]) {
        const e = await csvError('a,b\n1,2\n3,"open\n4,5\n6,7\n', chunk);
        expect(e).toBeInstanceOf(ConfigurationError);
        expect(e.message).toContain('row 2 on line 3');
        expect(e.message).toContain('never closed');
      }
      expect((await csvError('a,"b\n')).message).toContain('header on line 1');
    });

    it('rejects a character after a closing quote', async () => {
      const e = await csvError('a,b\n"x"y,2\n');
      expect(e.message).toContain('row 1 on line 2');
      expect(e.message).toContain('after the closing quote');
    });

    it('names duplicate and empty header names', async () => {
      const dup = await csvError('a,b,a,c,b\n1,2,3,4,5\n');
      expect(dup).toBeInstanceOf(ConfigurationError);
      expect(dup.message).toContain('`a`, `b` more than once');
      const empty = await csvError('a,,c\n1,2,3\n');
      expect(empty.message).toContain('empty column name at position 2');
    });

    it('rejects an empty file and a missing file, naming the input and path', async () => {
      const path = tmpFile('');
      const e = await failure(openTable(path, { input: 'holdout' }));
      expect(e).toBeInstanceOf(ConfigurationError);
      expect(e.message).toContain('input `holdout`');
      expect(e.message).toContain(path);
      expect(e.message).toContain('header row');
      const missing = await failure(openTable('/nonexistent/holdout.csv'));
      expect(missing).toBeInstanceOf(ConfigurationError);
      expect(missing.message).toContain('input `data`: "/nonexistent/holdout.csv" does not exist');
    });
  });

  it('round-trips random tables written with random quoting, line endings and BOM', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é', '😀', '1'), maxLength: 6 });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.record({
          header: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), { minLength: width, maxLength: width }),
          rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
          quoteAll: fc.boolean(),
          eol: fc.constantFrom('\n', '\r\n', '\r'),
          bom: fc.boolean(),
          finalEol: fc.boolean(),
          chunkSize: fc.constantFrom(1, 2, 3, 64 * 1024),
          batchRows: fc.integer({ min: 1, max: 5 }),
        }),
      );
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const rows = t.rows;
        const field = (v: string) => (t.quoteAll || /[",\r\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);
        const text =
          (t.bom ? '\uFEFF' : '') +
          [t.header, ...rows].map((r) => r.map(field).join(',')).join(t.eol) +
          (t.finalEol ? t.eol : '');
        const got = await read(text, t.batchRows, t.chunkSize);
        expect(got.columns).toEqual(t.header);
        expect(got.rows).toEqual(rows);
        expect(got.batches.every((b) => b.rows <= t.batchRows)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
