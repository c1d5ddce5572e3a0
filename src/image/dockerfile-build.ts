// The Dockerfile path of build-push: the inputs checked, the builder the runner has found, the
// build run into an OCI layout (a docker archive read into one), the builder's store removed.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigurationError, ServiceError } from '../common/errors.js';
import { which } from '../common/which.js';
import { runCommand } from '../common/run-command.js';
import { detectBuilder, lines, parsePairs, planBuild, systemProbe, UnsupportedError, type BuilderChoice, type BuildPlan } from './builder.js';
import type { StepContext } from '../common/io.js';
import { readDockerArchive } from './docker-archive.js';
import { isDir, isFile } from './model-files.js';
import { tagInLayout } from './oci.js';

export interface DockerfileInputs {
  dockerfile: string;
  context: string;
  buildArgs: string;
  target: string;
  secretFiles: string;
  builder: BuilderChoice;
}

/**
 * Builds the Dockerfile with the builder the runner has into an OCI layout under `work`, the
 * lineage labels passed as --label. The builder's own store is private and removed afterwards.
 */
export async function buildDockerfile(io: StepContext, inputs: DockerfileInputs, labels: Record<string, string>, work: string): Promise<{ layout: string; ref: string; builder: string }> {
  const dockerfile = resolve(io.cwd, inputs.dockerfile.trim());
  if (!isFile(dockerfile)) throw new ConfigurationError('input `dockerfile`', inputs.dockerfile, 'is not a file. Give the Dockerfile\'s path, relative to the workspace.');
  const context = resolve(io.cwd, inputs.context.trim() || '.');
  if (!isDir(context)) throw new ConfigurationError('input `context`', inputs.context, 'is not a folder. Give the build context, relative to the workspace (default: the workspace).');
  const args = parsePairs(lines(inputs.buildArgs));
  if (args.bad !== null) throw new ConfigurationError('input `build-args`', args.bad, 'is not `NAME=value` (one per line).');
  const secretLines = parsePairs(lines(inputs.secretFiles));
  if (secretLines.bad !== null) throw new ConfigurationError('input `secret-files`', secretLines.bad, 'is not `id=path` (one per line; the Dockerfile mounts it with `RUN --mount=type=secret,id=...`).');
  const secrets = secretLines.pairs.map(([id, path]) => {
    const file = resolve(io.cwd, path.trim());
    if (!isFile(file)) throw new ConfigurationError('input `secret-files`', `${id}=${path}`, 'names a file that does not exist. Give `id=path` with the path relative to the workspace.');
    return { id, path: file };
  });

  const found = await detectBuilder(inputs.builder, systemProbe(io.env, (n) => which(n, io.env)));
  if (!found.builder) {
    const daemonless = 'or remove `dockerfile` to use the daemonless path (`base` + `model`, no builder needed)';
    if (inputs.builder === 'auto') throw new ConfigurationError('input `dockerfile`', inputs.dockerfile, `needs an image builder, and none works here (${found.why}). Install buildah (apt-get install buildah), podman or docker, ${daemonless}.`);
    throw new ConfigurationError('input `builder`', inputs.builder, `cannot build here: ${found.why}. Install it, set \`builder: auto\` to take whichever of docker, buildah and podman works, ${daemonless}.`);
  }
  const scratch = mkdtempSync(join(io.tempDir, 'build-push-builder-'));
  const layout = join(work, 'built');
  let plan: BuildPlan;
  try {
    plan = planBuild(found.builder, {
      dockerfile,
      context,
      buildArgs: args.pairs,
      target: inputs.target.trim(),
      secrets,
      labels,
      name: `localhost/model-cd-build:${randomBytes(8).toString('hex')}`,
      scratch,
      layout,
      ref: 'built',
      archive: join(scratch, 'image.tar'),
    });
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    if (e instanceof UnsupportedError) throw new ConfigurationError('input `builder`', found.builder, `${e.message}.`);
    throw e;
  }
  const env = { ...io.env, ...plan.env };
  if (plan.env.TMPDIR) mkdirSync(plan.env.TMPDIR, { recursive: true });
  try {
    await io.group(`Build ${relative(io.cwd, dockerfile)} with ${plan.builder}`, async () => {
      for (const step of plan.steps) {
        io.info(`$ ${step.file} ${step.args.join(' ')}`);
        // Each line behind a prefix: a build's output (a RUN step's echo) must not read as a workflow command.
        const r = await runCommand(step, { env, cwd: io.cwd, onLine: (l) => io.info(`[${plan.builder}] ${l}`) });
        if (r.code !== 0) throw new ServiceError(`${step.file} ${step.args.find((a) => /^(bud|build|buildx|push|save)$/.test(a)) ?? ''} failed (exit ${r.code}) building ${relative(io.cwd, dockerfile)}; its last lines:\n${r.tail.slice(-10).join('\n')}`);
      }
    });
    if (plan.output.kind === 'docker-archive') {
      const top = await readDockerArchive(plan.output.file, layout, null, scratch);
      await tagInLayout(layout, 'built', top);
    }
    return { layout, ref: 'built', builder: plan.builder };
  } finally {
    for (const c of plan.cleanup) await runCommand(c, { env, cwd: io.cwd, onLine: (l) => io.debug(l) }).catch(() => undefined);
    try {
      rmSync(scratch, { recursive: true, force: true });
    } catch (e) {
      io.debug(`could not remove ${scratch}: ${(e as Error).message}`);
    }
  }
}
