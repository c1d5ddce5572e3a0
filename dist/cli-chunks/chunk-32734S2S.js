import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/version.ts
init_define_ACTION_META();
var VERSION = true ? "0.1.0" : "0.0.0-dev";

export {
  VERSION
};
