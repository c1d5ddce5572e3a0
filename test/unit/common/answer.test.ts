// The shape checks every server answer goes through before it is read: a wrong shape is one
// ServiceError naming the object and the field, never a TypeError further on.
import { describe, expect, it } from 'vitest';
import { answer, array, int, literal, nullable, object, optional, str, text } from '../../../src/common/answer.js';
import { ServiceError } from '../../../src/common/errors.js';

const shape = object({ kind: literal('v1'), n: int(1), items: array(object({ key: str, value: text })), note: optional(str), prev: nullable(int(1)) });
const ctx = { what: 'the object s3://b/k', expected: 'a v1 document', suggest: 'It may be corrupted.' };
const fails = (body: string) => {
  try {
    answer(body, shape, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(ServiceError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${body}`);
};

describe('answer', () => {
  it('returns a document of the shape, its extra fields kept and absent optional ones left out', () => {
    const got = answer('{"kind":"v1","n":2,"items":[{"key":"a","value":3}],"prev":null,"extra":true}', shape, ctx);
    expect(got).toEqual({ kind: 'v1', n: 2, items: [{ key: 'a', value: '3' }], prev: null, extra: true });
  });

  it.each([
    ['null', 'the document is null, expected an object'],
    ['[]', 'the document is an array, expected an object'],
    ['{"n":2}', 'kind is missing, expected "v1"'],
    ['{"kind":"v2","n":2,"items":[],"prev":null}', 'kind is string "v2", expected "v1"'],
    ['{"kind":"v1","n":"2","items":[],"prev":null}', 'n is string "2", expected a whole number from 1'],
    ['{"kind":"v1","n":2,"items":{},"prev":null}', 'items is an object, expected an array'],
    ['{"kind":"v1","n":2,"items":[{"key":1,"value":"x"}],"prev":null}', 'items[0].key is number 1, expected a string'],
    ['{"kind":"v1","n":2,"items":[],"note":7,"prev":null}', 'note is number 7, expected a string'],
    ['{"kind":"v1","n":2,"items":[]}', 'prev is missing, expected a whole number from 1'],
  ])('names the field of %s', (body, said) => {
    expect(fails(body)).toBe(`the object s3://b/k is not a v1 document: ${said}. It may be corrupted.`);
  });

  it('says how text that is not JSON starts', () => {
    expect(fails('<html><body>Proxy login</body></html>')).toBe('the object s3://b/k is not JSON (it starts "<html><body>Proxy login</body></html>"), expected a v1 document. It may be corrupted.');
    expect(fails('')).toMatch(/is not JSON \(it is empty\)/);
  });
});
