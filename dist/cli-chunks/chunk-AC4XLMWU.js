import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/which.ts
init_define_ACTION_META();
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
function which(name, env) {
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = join(dir, name + ext);
      try {
        if (!statSync(p).isFile()) continue;
        accessSync(p, constants.X_OK);
        return p;
      } catch {
      }
    }
  }
  return null;
}

export {
  which
};
