// The model's files on this machine and where each goes in the image.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import type { LayerFile } from './layer.js';

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The files of `source` (a file, or a folder walked whole) under `modelDir`; `raw` is the input as given, for errors. */
export function modelFiles(source: string, modelDir: string, raw: string): LayerFile[] {
  let st;
  try {
    st = statSync(source);
  } catch {
    throw new ConfigurationError('input `model`', raw, 'does not exist. Give the model file or folder (pull-model\'s `path` output).');
  }
  if (st.isFile()) return [{ path: `${modelDir}/${source.split(sep).pop()}`, source }];
  const out: LayerFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ path: `${modelDir}/${relative(source, p).split(sep).join('/')}`, source: p });
    }
  };
  walk(source);
  if (!out.length) throw new ConfigurationError('input `model`', raw, 'is an empty folder: there is no model to layer.');
  return out;
}
