// Dockerfile builds through whichever image builder the runner has: docker (buildx or the classic
// builder, talking to a daemon), buildah or podman (no daemon). The plan is pure: which commands,
// with which argument arrays, turn a Dockerfile into an image this action can read, an OCI layout
// (buildah, podman) or a `docker save` archive (docker). The runner below only spawns them.
//
// buildah and podman run with `--isolation chroot --storage-driver vfs` and a private
// `--root`/`--runroot`: no runc, no fuse-overlayfs, no user namespace setup, nothing left in the
// machine's own image store, and the same on a hosted runner, in a container and under act.
import { spawn } from 'node:child_process';
import type { Command } from '../common/run-command.js';

export const BUILDERS = ['docker-buildx', 'docker', 'buildah', 'podman'] as const;
export type Builder = (typeof BUILDERS)[number];
/** What the `builder` input accepts: `docker` means buildx when it is there, else the classic builder. */
export type BuilderChoice = 'auto' | 'docker' | 'buildah' | 'podman';

export type { Command };

export interface BuildRequest {
  /** Absolute paths. */
  dockerfile: string;
  context: string;
  /** `--build-arg` pairs, in the order given. */
  buildArgs: [string, string][];
  target: string;
  /** `--secret id=…,src=…`: files the Dockerfile mounts with RUN --mount=type=secret. */
  secrets: { id: string; path: string }[];
  labels: Record<string, string>;
  /** The image's name inside the builder's store while it exists (removed afterwards). */
  name: string;
  /** A private folder for the builder's storage and temp files (buildah, podman). */
  scratch: string;
  /** Where the result goes: an OCI layout and the ref in it (buildah, podman)... */
  layout: string;
  ref: string;
  /** ...or a docker archive (docker), which the caller reads into a layout. */
  archive: string;
}

export interface BuildPlan {
  builder: Builder;
  /** Run in order; any failure fails the build. */
  steps: Command[];
  /** What the build writes: an OCI layout or a docker archive. */
  output: { kind: 'oci'; layout: string; ref: string } | { kind: 'docker-archive'; file: string };
  /** Best effort, whatever happened: frees the builder's store. */
  cleanup: Command[];
  /** Variables the steps need on top of the runner's. */
  env: Record<string, string>;
}

/** Thrown by planBuild for a request the chosen builder cannot carry out. */
export class UnsupportedError extends Error {
  override readonly name = 'UnsupportedError';
}

/** The arguments every builder's build command shares (docker's, buildah's and podman's agree). */
function buildFlags(r: BuildRequest): string[] {
  const args = ['--file', r.dockerfile, '--tag', r.name];
  if (r.target) args.push('--target', r.target);
  for (const [k, v] of r.buildArgs) args.push('--build-arg', `${k}=${v}`);
  for (const s of r.secrets) args.push('--secret', `id=${s.id},src=${s.path}`);
  // Sorted: the same inputs give the same command, whatever order the labels were collected in.
  for (const k of Object.keys(r.labels).sort()) args.push('--label', `${k}=${r.labels[k]}`);
  return args;
}

export function planBuild(builder: Builder, r: BuildRequest): BuildPlan {
  if (builder === 'buildah' || builder === 'podman') {
    // A private store on vfs: no overlay mounts, nothing shared with other jobs on the machine.
    const store = ['--root', `${r.scratch}/root`, '--runroot', `${r.scratch}/runroot`, '--storage-driver', 'vfs'];
    const build = builder === 'buildah' ? 'bud' : 'build';
    return {
      builder,
      steps: [
        { file: builder, args: [...store, build, '--isolation', 'chroot', ...buildFlags(r), r.context] },
        { file: builder, args: [...store, 'push', r.name, `oci:${r.layout}:${r.ref}`] },
      ],
      output: { kind: 'oci', layout: r.layout, ref: r.ref },
      // rmi through the builder: in a rootless store the files belong to mapped users the runner cannot delete.
      cleanup: [{ file: builder, args: [...store, 'rmi', '--all', '--force'] }],
      // Large copies go to the builder's TMPDIR (/var/tmp by default); keep them in the scratch folder.
      env: { TMPDIR: `${r.scratch}/tmp` },
    };
  }
  // docker: the daemon owns the image; `docker save` hands it over as an archive. `--load` (not
  // `--output type=oci`) because the default buildx driver ("docker") cannot export OCI layouts.
  if (builder === 'docker' && r.secrets.length) {
    throw new UnsupportedError('build secrets need BuildKit, and this docker has no buildx plugin: install docker-buildx, or use buildah');
  }
  const build = builder === 'docker-buildx' ? ['buildx', 'build', '--load'] : ['build'];
  return {
    builder,
    steps: [
      { file: 'docker', args: [...build, ...buildFlags(r), r.context] },
      { file: 'docker', args: ['save', '--output', r.archive, r.name] },
    ],
    output: { kind: 'docker-archive', file: r.archive },
    cleanup: [{ file: 'docker', args: ['image', 'rm', '--force', r.name] }],
    env: {},
  };
}

/** What detectBuilder may ask of the machine (the real ones are below; tests give their own). */
export interface Probe {
  /** Whether `name` is on PATH. */
  has(name: string): boolean;
  /** Whether the command exits 0. */
  succeeds(cmd: Command): Promise<boolean>;
}

export type Detection = { builder: Builder } | { builder: null; why: string };

/**
 * The builder to use. `auto` takes the first that works, in the order docker buildx, docker,
 * buildah, podman (a docker CLI whose daemon does not answer does not count); a named one must
 * work, or the answer says why not.
 */
export async function detectBuilder(choice: BuilderChoice, probe: Probe): Promise<Detection> {
  const docker = async (): Promise<Detection> => {
    if (!probe.has('docker')) return { builder: null, why: 'docker is not on PATH' };
    if (!(await probe.succeeds({ file: 'docker', args: ['version', '--format', '{{.Server.Version}}'] }))) {
      return { builder: null, why: 'docker is on PATH but its daemon does not answer (`docker version` fails)' };
    }
    return { builder: (await probe.succeeds({ file: 'docker', args: ['buildx', 'version'] })) ? 'docker-buildx' : 'docker' };
  };
  const daemonless = async (name: 'buildah' | 'podman'): Promise<Detection> => {
    if (!probe.has(name)) return { builder: null, why: `${name} is not on PATH` };
    return (await probe.succeeds({ file: name, args: ['--version'] })) ? { builder: name } : { builder: null, why: `${name} is on PATH but \`${name} --version\` fails` };
  };
  if (choice === 'docker') return docker();
  if (choice === 'buildah' || choice === 'podman') return daemonless(choice);
  const whys: string[] = [];
  for (const d of [docker, () => daemonless('buildah'), () => daemonless('podman')]) {
    const found = await d();
    if (found.builder) return found;
    whys.push(found.why);
  }
  return { builder: null, why: whys.join('; ') };
}

/** `KEY=value` lines (docker/build-push-action's `build-args`); null names the bad line. */
export function parsePairs(lines: string[]): { pairs: [string, string][]; bad: string | null } {
  const pairs: [string, string][] = [];
  for (const raw of lines) {
    // docker/build-push-action reads these lines as CSV: a line may be wrapped in double quotes.
    const line = /^".*"$/.test(raw) ? raw.slice(1, -1).replace(/""/g, '"') : raw;
    const eq = line.indexOf('=');
    if (eq < 1) return { pairs, bad: raw };
    pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1)]);
  }
  return { pairs, bad: null };
}

/** Lines of a multi-line input: newline-separated only, since a build arg's value may hold commas. */
export function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The real probe: PATH lookup through `which`, and a quiet run of the command. */
export function systemProbe(env: Readonly<Record<string, string | undefined>>, which: (name: string) => string | null): Probe {
  return {
    has: (name) => which(name) !== null,
    succeeds: (cmd) =>
      new Promise((resolve) => {
        const child = spawn(cmd.file, cmd.args, { env: env as NodeJS.ProcessEnv, stdio: 'ignore', timeout: 30_000 });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
      }),
  };
}
