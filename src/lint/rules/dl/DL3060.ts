import type { Instruction } from '../../dockerfile/model.js';
import { parseFrom, type BaseImage } from '../../dockerfile/syntax.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { anyCommands, cmdHasArgs, noCommands, type Command } from '../../shell/commands.js';
import { comesBefore, hasCacheOrTmpfsMountWith, onbuildStreams } from './util-c.js';

const yarnInstall = (c: Command) => cmdHasArgs('yarn', ['install'], c);
const yarnCacheClean = (c: Command) => cmdHasArgs('yarn', ['cache', 'clean'], c);

// hadolint compares whole FROM images, so the stand-in used before any FROM equals `FROM scratch`.
const SCRATCH: BaseImage = { registry: null, name: 'scratch', tag: null, digest: null, alias: null, platform: null };

const sameImage = (a: BaseImage, b: BaseImage) =>
  a.registry === b.registry && a.name === b.name && a.tag === b.tag && a.digest === b.digest && a.alias === b.alias && a.platform === b.platform;

/**
 * hadolint remembers each RUN that installs without cleaning together with its stage's FROM, and at
 * the end reports those in a stage whose FROM equals the last FROM, or whose alias some FROM uses
 * as its image: stages nothing builds on are not reported.
 */
function fold(ctx: RuleContext, instructions: Instruction[]): Hit[] {
  let current: BaseImage = SCRATCH;
  const images = new Set<string>();
  const failing: { line: number; from: BaseImage }[] = [];
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      current = parseFrom(inst);
      images.add(current.name);
    } else if (inst.keyword === 'RUN') {
      const shell = ctx.shell(inst);
      if (!anyCommands(yarnInstall, shell)) continue;
      const notCleaned = noCommands(yarnCacheClean, shell) && !hasCacheOrTmpfsMountWith('.cache/yarn', inst);
      if (notCleaned || comesBefore(yarnCacheClean, yarnInstall, shell)) failing.push({ line: inst.line, from: current });
    }
  }
  return failing
    .filter(({ from }) => sameImage(from, current) || (from.alias !== null && images.has(from.alias)))
    .map(({ line }) => ({ line }));
}

export const DL3060: Rule = {
  code: 'DL3060',
  severity: 'info',
  message: '`yarn cache clean` missing after `yarn install` was run.',
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => fold(ctx, stream)),
};
