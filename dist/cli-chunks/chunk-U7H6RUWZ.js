import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  expandGlobs,
  isGlob
} from "./chunk-YE5P75TQ.js";
import {
  ConfigurationError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/shards.ts
init_define_ACTION_META();
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
function parseShard(raw) {
  const v = raw.trim();
  if (!v) return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 1e4 || index < 1 || index > count) {
    throw new ConfigurationError("input `shard`", raw, "is not a shard. Give i/n with 1 <= i <= n, e.g. 2/4 for the second of four jobs.");
  }
  return { index, count };
}
function matchFiles(patterns, cwd) {
  return patterns.flatMap((p) => {
    if (!isGlob(p)) return [resolve(cwd, p)];
    if (isAbsolute(p)) return expandGlobs([p.replace(/^\/+/, "")], "/", "input `merge`").map((f) => `/${f}`);
    return expandGlobs([p], cwd, "input `merge`").map((f) => resolve(cwd, f));
  });
}
async function readPartials(files, o) {
  if (files.length === 0) throw new ConfigurationError("input `merge`", "", "matches no files. Give the partial files the shard jobs wrote (their `partial` output), e.g. a folder of downloaded artifacts with a glob.");
  const partials = [];
  for (const file of files) {
    let p;
    try {
      p = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      throw new ConfigurationError("input `merge`", file, `is not a readable partial result (${e.message.split("\n")[0]}). Give the files the shard jobs wrote.`);
    }
    if (p?.format !== o.format) throw new ConfigurationError("input `merge`", file, `is not a ${o.action} partial result (format ${JSON.stringify(p?.format)}, expected ${o.format}).`);
    partials.push({ file, p });
  }
  const first = partials[0];
  for (const [what, get] of [["shard count", (p) => p.shard.count], ...o.same]) {
    for (const { file, p } of partials) {
      if (JSON.stringify(get(p)) !== JSON.stringify(get(first.p))) {
        throw new ConfigurationError("input `merge`", file, `comes from another run: its ${what} (${JSON.stringify(get(p))}) differs from ${first.file}'s (${JSON.stringify(get(first.p))}). Merge the partials of one run only.`);
      }
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const { file, p } of partials) {
    const dup = seen.get(p.shard.index);
    if (dup) throw new ConfigurationError("input `merge`", file, `is shard ${p.shard.index}/${p.shard.count} again (also ${dup}). Give each shard's partial once.`);
    seen.set(p.shard.index, file);
  }
  const missing = Array.from({ length: first.p.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new ConfigurationError("input `merge`", files.join(", "), `lacks shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${first.p.shard.count}`).join(", ")}. Wait for every shard job (needs:) and pass all their partials.`);
  return partials.map((x) => x.p).sort((a, b) => a.shard.index - b.shard.index);
}

export {
  parseShard,
  matchFiles,
  readPartials
};
