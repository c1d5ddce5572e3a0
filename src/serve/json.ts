// JSON as the scoring servers users come from accept it. Python's json module (MLflow's server,
// pandas' to_json with default_handler) reads and writes the bare tokens NaN, Infinity and
// -Infinity; JSON.parse refuses them. So a body is parsed as JSON first, and only when that fails
// is it read again with those tokens (outside strings) taken as numbers, so "NaN where nulls are
// forbidden" is a 422 naming the column, not "not JSON".
import { RequestError } from './request-error.js';

const NON_FINITE = /"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g;
// Each bare token becomes a string starting with a NUL (written as the JSON escape \u0000, since a
// raw control character is not allowed in JSON text), and the reviver turns it back into the number.
const MARK = '\u0000model-cd:';
const MARK_TEXT = '\\u0000model-cd:';

export function parseBody(text: string): unknown {
  if (text.trim() === '') throw new RequestError('empty_body', 'The request body is empty. Send a JSON document.');
  try {
    return JSON.parse(text);
  } catch (first) {
    if (!/NaN|Infinity/.test(text)) throw notJson(first);
    const marked = text.replace(NON_FINITE, (tok) => (tok.startsWith('"') ? tok : `"${MARK_TEXT}${tok}"`));
    try {
      return JSON.parse(marked, (_k, v: unknown) => (typeof v === 'string' && v.startsWith(MARK) ? Number(v.slice(MARK.length)) : v));
    } catch {
      throw notJson(first);
    }
  }
}

function notJson(e: unknown): RequestError {
  return new RequestError('not_json', `The request body is not JSON (${(e as Error).message}). Send a JSON document with Content-Type: application/json.`);
}
