import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/tar.ts
init_define_ACTION_META();
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { once } from "node:events";
var TarError = class extends Error {
  name = "TarError";
};
var BLOCK = 512;
function safeRelative(path) {
  if (!path || path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.includes("\\") || path.includes("\0")) return false;
  return path.split("/").every((seg) => seg !== "..");
}
function field(h, at, len) {
  const raw = h.subarray(at, at + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? len : nul).toString("utf8");
}
function octal(h, at, len) {
  if (h[at] & 128) throw new TarError("an entry larger than 8 GiB");
  const s = field(h, at, len).trim();
  const n = s ? parseInt(s, 8) : 0;
  if (Number.isNaN(n)) throw new TarError(`a header with an unreadable number (${JSON.stringify(s)})`);
  return n;
}
function checksumOk(h) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum === octal(h, 148, 8);
}
function paxPath(body) {
  let pos = 0;
  let path = null;
  while (pos < body.length) {
    const space = body.indexOf(32, pos);
    if (space < 0) break;
    const len = Number(body.subarray(pos, space).toString());
    if (!len) break;
    const record = body.subarray(space + 1, pos + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    pos += len;
  }
  return path;
}
var Reader = class {
  constructor(it) {
    this.it = it;
  }
  buf = Buffer.alloc(0);
  done = false;
  async fill(n) {
    while (this.buf.length < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    }
    return this.buf.length >= n;
  }
  async take(n) {
    if (!await this.fill(n)) throw new TarError("the archive ends in the middle of an entry (truncated)");
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
  /** Reads to the end (the zero padding after the end-of-archive blocks), so whoever hashes the stream sees every byte. */
  async drain() {
    while (!this.done) {
      this.buf = Buffer.alloc(0);
      await this.fill(1);
    }
  }
  /** Hands `n` bytes to `sink` chunk by chunk, without gathering them. */
  async pipe(n, sink) {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !await this.fill(1)) throw new TarError("the archive ends in the middle of an entry (truncated)");
      const chunk = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(chunk.length);
      left -= chunk.length;
      await sink(chunk);
    }
  }
};
var skip = async () => void 0;
async function* headers(reader, endRequired) {
  let longName = null;
  for (; ; ) {
    if (!await reader.fill(BLOCK)) {
      if (endRequired) throw new TarError("the archive ends without its end-of-archive blocks (truncated)");
      return;
    }
    const header = await reader.take(BLOCK);
    if (header.every((b) => b === 0)) {
      await reader.drain();
      return;
    }
    if (!checksumOk(header)) throw new TarError("a header whose checksum does not match (not a tar archive, or damaged)");
    const size = octal(header, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] || 48);
    if (type === "x" || type === "L") {
      const body = await reader.take(padded);
      longName = type === "x" ? paxPath(body.subarray(0, size)) ?? longName : field(body, 0, size);
      continue;
    }
    if (type === "g") {
      await reader.pipe(padded, skip);
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    yield { name, type, size, padded, mode: octal(header, 100, 8) };
  }
}
async function extractTar(source, dest, select) {
  const root = resolve(dest);
  const reader = new Reader(source[Symbol.asyncIterator]());
  const written = [];
  for await (const { name, type, size, padded, mode: rawMode } of headers(reader, true)) {
    const target = type === "0" ? select(name) : null;
    if (target === null) {
      await reader.pipe(padded, skip);
      continue;
    }
    if (!safeRelative(target)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    const file = join(root, ...target.split("/"));
    if (!file.startsWith(root + sep)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    await mkdir(dirname(file), { recursive: true });
    const mode = rawMode & 73 ? 493 : 420;
    const out = createWriteStream(file, { mode });
    try {
      await reader.pipe(size, async (chunk) => {
        if (!out.write(chunk)) await once(out, "drain");
      });
      out.end();
      await once(out, "close");
    } catch (e) {
      out.on("error", () => void 0);
      if (!out.closed) {
        const closed = new Promise((r) => out.once("close", () => r()));
        out.destroy();
        await closed;
      }
      throw e;
    }
    await reader.pipe(padded - size, skip);
    written.push(target);
  }
  return written;
}
async function listTar(source, visit) {
  const reader = new Reader(source[Symbol.asyncIterator]());
  for await (const { name, type, padded } of headers(reader, false)) {
    visit({ path: name, type });
    await reader.pipe(padded, skip);
  }
}

export {
  TarError,
  safeRelative,
  extractTar,
  listTar
};
