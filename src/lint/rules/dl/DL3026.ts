import { runMounts } from '../../dockerfile/mounts.js';
import { parseFrom, parseImageRef, type ImageName } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { readCopyAdd } from './copy-add-exec.js';

/** `*` allows every registry, `*.x` a suffix, `x*` a prefix; anything else must match exactly. */
function matchRegistry(allow: string, registry: string): boolean {
  if (allow === '*') return true;
  if (allow.startsWith('*')) return registry.endsWith(allow.slice(1));
  if (allow.endsWith('*')) return registry.startsWith(allow.slice(0, -1));
  return registry === allow;
}

export const DL3026: Rule = {
  code: 'DL3026',
  severity: 'error',
  message: 'Use only an allowed registry in the FROM image',
  check: (ctx) => {
    const allowed = ctx.options.trustedRegistries;
    if (allowed.length === 0) return [];
    const registryAllowed = (registry: string) => allowed.some((p) => matchRegistry(p, registry));
    const isAllowed = (img: ImageName) =>
      img.registry !== null
        ? registryAllowed(img.registry)
        : img.name === 'scratch' || registryAllowed('docker.io') || registryAllowed('hub.docker.com');
    // As in hadolint, an image whose name (registry aside) is an earlier stage alias passes.
    const aliases = new Set<string>();
    const ok = (img: ImageName) => aliases.has(img.name) || isAllowed(img);

    const hits: Hit[] = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === 'FROM') {
        const from = parseFrom(inst);
        if (!ok(from)) hits.push({ line: inst.line });
        if (from.alias !== null) aliases.add(from.alias);
      } else if (inst.keyword === 'COPY') {
        const src = readCopyAdd(inst)?.from;
        if (src != null && !ok(parseImageRef(src))) hits.push({ line: inst.line });
      } else if (inst.keyword === 'RUN') {
        const bad = runMounts(inst).some(
          (m) => (m.type === 'cache' || m.type === 'bind') && !ok(parseImageRef(m.from ?? 'scratch')),
        );
        if (bad) hits.push({ line: inst.line });
      }
    }
    return hits;
  },
};
