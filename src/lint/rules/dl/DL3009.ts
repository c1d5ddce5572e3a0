import type { Instruction } from '../../dockerfile/model.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { cmdHasArgs, type ParsedShell } from '../../shell/commands.js';
import { hasCacheOrTmpfsMountWith, onbuildInstructions, readImage, sameImage, type ImageRef } from './util-a.js';

const hasUpdate = (shell: ParsedShell) =>
  shell.commands.some((c) => cmdHasArgs('apt', ['update'], c) || cmdHasArgs('apt-get', ['update'], c) || cmdHasArgs('aptitude', ['update'], c));

// hadolint accepts an `rm` with either argument: `rm -rf /tmp/x` counts as cleaning up.
const hasCleanup = (shell: ParsedShell) => shell.commands.some((c) => cmdHasArgs('rm', ['-rf', '/var/lib/apt/lists/*'], c));

function forgetsCleanup(ctx: RuleContext, inst: Instruction): boolean {
  const shell = ctx.shell(inst);
  if (!hasUpdate(shell) || hasCleanup(shell)) return false;
  if (hasCacheOrTmpfsMountWith('/var/lib/apt/lists', inst)) return false;
  return !(hasCacheOrTmpfsMountWith('/var/lib/apt', inst) && hasCacheOrTmpfsMountWith('/var/cache/apt', inst));
}

// What hadolint assumes before the first FROM.
const EMPTY_IMAGE: ImageRef = { registry: null, name: 'scratch', tag: null, digest: null, alias: null, platform: null };

/**
 * A forgotten cleanup fails when its stage's FROM is identical to the last FROM of the file, or
 * when its stage's alias is the image of some FROM: stages only copied from do not count.
 */
function fold(ctx: RuleContext, instructions: Instruction[]): Hit[] {
  let lastFrom = EMPTY_IMAGE;
  const fromImages = new Set<string>();
  const forgets = new Map<number, ImageRef>();
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      lastFrom = readImage(inst);
      fromImages.add(lastFrom.name);
    } else if (inst.keyword === 'RUN' && forgetsCleanup(ctx, inst)) {
      forgets.set(inst.line, lastFrom);
    }
  }
  const hits: Hit[] = [];
  for (const [line, from] of forgets) {
    if (sameImage(from, lastFrom) || (from.alias !== null && fromImages.has(from.alias))) hits.push({ line });
  }
  return hits;
}

export const DL3009: Rule = {
  code: 'DL3009',
  severity: 'info',
  message: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
  // ONBUILD instructions are a separate fold that sees no FROM: each one that forgets fails.
  check: (ctx) => [...fold(ctx, ctx.instructions), ...fold(ctx, onbuildInstructions(ctx))],
};
