// A pass-through stage that feeds every chunk to a hash on its way: for downloads and builds that
// must know the digest of what they streamed without holding it.
import type { Hash } from 'node:crypto';
import { Transform } from 'node:stream';

export function hashing(hash: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
}
