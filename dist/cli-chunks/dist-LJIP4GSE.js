import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-YQEE2Z4F.js";
import "./chunk-FPI656G3.js";
export default require_dist();
