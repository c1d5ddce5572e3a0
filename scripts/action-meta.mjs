// Reads every actions/<name>/action.yml into one object. The build embeds it in the bundles
// (inputs' defaults and descriptions for the CLI and its help) so action.yml stays the single
// source of an action's interface.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function loadActionMeta(root) {
  const meta = {};
  const dir = join(root, 'actions');
  for (const name of readdirSync(dir).sort()) {
    const doc = parse(readFileSync(join(dir, name, 'action.yml'), 'utf8'));
    const inputs = {};
    for (const [k, v] of Object.entries(doc.inputs ?? {})) {
      inputs[k] = { description: String(v.description ?? '').trim(), default: v.default === undefined ? '' : String(v.default), required: Boolean(v.required) };
    }
    const outputs = {};
    for (const [k, v] of Object.entries(doc.outputs ?? {})) outputs[k] = { description: String(v.description ?? '').trim() };
    meta[name] = { description: String(doc.description ?? '').trim(), inputs, outputs };
  }
  return meta;
}
