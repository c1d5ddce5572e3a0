import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/errors.ts
init_define_ACTION_META();
var ConfigurationError = class extends Error {
  /**
   * @param subject what was wrong: the input, flag, file or key, e.g. "input `format`"
   * @param value the value given (quoted in the message)
   * @param fix what to do instead
   */
  constructor(subject, value, fix) {
    super(`${subject}: ${JSON.stringify(truncate(String(value ?? "")))} ${fix}`);
    this.subject = subject;
    this.value = value;
    this.fix = fix;
  }
  name = "ConfigurationError";
};
function truncate(s) {
  return s.length > 200 ? `${s.slice(0, 200)}\u2026` : s;
}
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
var ServiceError = class extends ConfigurationError {
  constructor(message, status = null) {
    super("", "", "");
    this.status = status;
    this.message = message;
  }
};
var NotFoundError = class extends ServiceError {
  constructor(message) {
    super(message, 404);
  }
};

export {
  ConfigurationError,
  errorMessage,
  ServiceError,
  NotFoundError
};
