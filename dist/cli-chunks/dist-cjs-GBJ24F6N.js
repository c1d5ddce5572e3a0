import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist_cjs7 as require_dist_cjs
} from "./chunk-MVJ7N3U5.js";
import "./chunk-ZP7SQZAB.js";
import "./chunk-HEQY7ZTR.js";
import "./chunk-FPI656G3.js";
export default require_dist_cjs();
