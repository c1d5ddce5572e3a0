import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  define_ACTION_META_default,
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/meta.ts
init_define_ACTION_META();
function actionMeta(name) {
  const meta = define_ACTION_META_default[name];
  if (!meta) throw new Error(`no action.yml was embedded for action "${name}"`);
  return meta;
}
function actionNames() {
  return Object.keys(define_ACTION_META_default);
}

export {
  actionMeta,
  actionNames
};
