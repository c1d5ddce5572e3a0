import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/serve/request-error.ts
init_define_ACTION_META();
var STATUS = {
  not_json: 400,
  bad_request: 400,
  empty_body: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  missing_column: 422,
  unexpected_column: 422,
  wrong_type: 422,
  null_forbidden: 422,
  wrong_shape: 422,
  not_found: 404,
  method_not_allowed: 405,
  timeout: 408
};
var RequestError = class extends Error {
  constructor(reason, message, detail = {}) {
    super(message);
    this.reason = reason;
    this.detail = detail;
    this.status = STATUS[reason];
  }
  status;
  /** The body: KServe v2 clients read `error`, MLflow clients `error_code` and `message`. */
  body() {
    const d = this.detail;
    return {
      error: this.message,
      error_code: this.status === 404 ? "RESOURCE_DOES_NOT_EXIST" : this.status >= 422 ? "INVALID_PARAMETER_VALUE" : "BAD_REQUEST",
      message: this.message,
      reason: this.reason,
      ...d.field !== void 0 ? { field: d.field } : {},
      ...d.value !== void 0 ? { value: typeof d.value === "object" && d.value !== null ? shown(d.value) : typeof d.value === "number" && !Number.isFinite(d.value) ? String(d.value) : d.value } : {},
      ...d.expected !== void 0 ? { expected: d.expected } : {}
    };
  }
};
function shown(v) {
  const s = typeof v === "number" && !Number.isFinite(v) ? String(v) : JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 80)}\u2026` : s;
}

// src/serve/json.ts
init_define_ACTION_META();
var NON_FINITE = /"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g;
var MARK = "\0model-cd:";
var MARK_TEXT = "\\u0000model-cd:";
function parseBody(text) {
  if (text.trim() === "") throw new RequestError("empty_body", "The request body is empty. Send a JSON document.");
  try {
    return JSON.parse(text);
  } catch (first) {
    if (!/NaN|Infinity/.test(text)) throw notJson(first);
    const marked = text.replace(NON_FINITE, (tok) => tok.startsWith('"') ? tok : `"${MARK_TEXT}${tok}"`);
    try {
      return JSON.parse(marked, (_k, v) => typeof v === "string" && v.startsWith(MARK) ? Number(v.slice(MARK.length)) : v);
    } catch {
      throw notJson(first);
    }
  }
}
function notJson(e) {
  return new RequestError("not_json", `The request body is not JSON (${e.message}). Send a JSON document with Content-Type: application/json.`);
}

export {
  RequestError,
  shown,
  parseBody
};
