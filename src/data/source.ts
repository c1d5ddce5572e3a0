import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { ConfigurationError } from '../common/errors.js';

/** Names the file in every message: "input `data` (holdout.csv)". */
export function subject(input: string, path: string, where?: string): string {
  return `input \`${input}\` (${path}${where ? `, ${where}` : ''})`;
}

/** A missing or unreadable file is the user's to fix; say so without a stack. */
export async function checkReadable(path: string, input: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) {
      throw new ConfigurationError(`input \`${input}\``, path, 'is not a file. Give the path of a CSV, JSON Lines or Parquet file.');
    }
    return s.size;
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(e)})`;
    throw new ConfigurationError(
      `input \`${input}\``,
      path,
      `${why}. Give the path, relative to the working directory, of a CSV, JSON Lines or Parquet file (check the step that writes it ran first).`,
    );
  }
}

/**
 * Decoded text chunks of a file. The decoder keeps a multi-byte UTF-8 character split across two
 * reads whole, and the leading BOM is dropped. The stream is registered in `open` until it ends,
 * so a reader's close() can stop a loop its caller abandoned.
 */
export async function* textChunks(path: string, chunkSize: number, open: Set<ReadStream>): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: chunkSize });
  open.add(stream);
  const decoder = new StringDecoder('utf8');
  let first = true;
  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      let text = decoder.write(buf);
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text.length > 0) yield text;
    }
    const rest = decoder.end();
    if (rest.length > 0) yield rest;
  } finally {
    open.delete(stream);
    stream.destroy();
  }
}

export function checkBatchRows(batchRows: number): void {
  if (!Number.isInteger(batchRows) || batchRows < 1) throw new RangeError(`batchRows must be a positive integer, got ${batchRows}`);
}
