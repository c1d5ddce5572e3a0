// The protobuf wire format, as much as reading and editing an ONNX model needs: walk a message's
// fields, keep each one's raw bytes, and write a message back from fields. No schema compiler and
// no dependency: ONNX's few messages are decoded by field number in model.ts.

export interface Field {
  /** Field number. */
  no: number;
  /** 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
  wire: number;
  /** The varint's value (wire 0). */
  int: bigint;
  /** The payload (wire 1, 2, 5). */
  bytes: Uint8Array;
  /** Where the field starts and ends in the message (tag included), for error messages. */
  start: number;
  end: number;
  /** The whole field as encoded (tag, length, payload): copied unchanged when a message is rewritten. */
  raw: Uint8Array;
}

export class WireError extends Error {
  override readonly name = 'WireError';
}

function readVarint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new WireError(`the data ends inside a number at byte ${pos}`);
    const b = buf[pos++] as number;
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
  throw new WireError(`a number longer than 10 bytes at byte ${pos}`);
}

/** Every field of one message, in order; `base` offsets positions for messages inside others. */
export function fields(buf: Uint8Array, base = 0): Field[] {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    const [tag, afterTag] = readVarint(buf, pos);
    pos = afterTag;
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (no === 0) throw new WireError(`field number 0 at byte ${base + start}`);
    let int = 0n;
    let bytes: Uint8Array = EMPTY;
    if (wire === 0) {
      [int, pos] = readVarint(buf, pos);
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (pos + n > buf.length) throw new WireError(`the data ends inside field ${no} at byte ${base + buf.length}`);
      bytes = buf.subarray(pos, pos + n);
      pos += n;
    } else if (wire === 2) {
      const [len, afterLen] = readVarint(buf, pos);
      pos = afterLen;
      if (BigInt(pos) + len > BigInt(buf.length)) throw new WireError(`field ${no} at byte ${base + start} claims ${len} bytes, but only ${buf.length - pos} remain (truncated?)`);
      bytes = buf.subarray(pos, pos + Number(len));
      pos += Number(len);
    } else {
      throw new WireError(`unknown wire type ${wire} for field ${no} at byte ${base + start}`);
    }
    out.push({ no, wire, int, bytes, start: base + start, end: base + pos, raw: buf.subarray(start, pos) });
  }
  return out;
}

const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder('utf-8', { fatal: false });
const enc = new TextEncoder();

export const text = (f: Field): string => utf8.decode(f.bytes);

/** Repeated int64 fields arrive packed (one wire-2 field) or one varint per value. */
export function ints(fs: Field[], no: number): bigint[] {
  const out: bigint[] = [];
  for (const f of fs) {
    if (f.no !== no) continue;
    if (f.wire === 0) out.push(f.int);
    else if (f.wire === 2) {
      for (let pos = 0; pos < f.bytes.length; ) {
        const [v, next] = readVarint(f.bytes, pos);
        out.push(v);
        pos = next;
      }
    }
  }
  return out;
}

function varint(v: bigint): number[] {
  const out: number[] = [];
  let x = BigInt.asUintN(64, v);
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x) b |= 0x80;
    out.push(b);
  } while (x);
  return out;
}

/** One length-delimited field. */
export function lengthField(no: number, payload: Uint8Array): Uint8Array {
  const head = [...varint(BigInt((no << 3) | 2)), ...varint(BigInt(payload.length))];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

export const stringField = (no: number, s: string) => lengthField(no, enc.encode(s));

export function varintField(no: number, v: bigint | number): Uint8Array {
  return Uint8Array.from([...varint(BigInt(no << 3)), ...varint(BigInt(v))]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
