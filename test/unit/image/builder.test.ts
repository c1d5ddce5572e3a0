// The Dockerfile build plan: which commands each builder gets (argument arrays, never a shell
// line), and which builder `auto` picks on a machine that has what a fake probe says it has.
import { describe, expect, it } from 'vitest';
import { detectBuilder, lines, parsePairs, planBuild, UnsupportedError, type BuildRequest, type Command, type Probe } from '../../../src/image/builder.js';

const request = (over: Partial<BuildRequest> = {}): BuildRequest => ({
  dockerfile: '/ws/serving/Dockerfile',
  context: '/ws/serving',
  buildArgs: [
    ['BASE', 'ghcr.io/acme/serving-base:3.12'],
    ['EXTRAS', 'a,b c'],
  ],
  target: 'serve',
  secrets: [{ id: 'pip', path: '/ws/pip.conf' }],
  labels: { 'org.opencontainers.image.revision': 'abc', 'dev.model-cd.model.name': 'fraud model' },
  name: 'localhost/model-cd-build:0123',
  scratch: '/tmp/rt/scratch',
  layout: '/tmp/rt/work/built',
  ref: 'built',
  archive: '/tmp/rt/scratch/image.tar',
  ...over,
});

const shared = [
  '--file', '/ws/serving/Dockerfile',
  '--tag', 'localhost/model-cd-build:0123',
  '--target', 'serve',
  '--build-arg', 'BASE=ghcr.io/acme/serving-base:3.12',
  '--build-arg', 'EXTRAS=a,b c',
  '--secret', 'id=pip,src=/ws/pip.conf',
  '--label', 'dev.model-cd.model.name=fraud model',
  '--label', 'org.opencontainers.image.revision=abc',
];

describe('planBuild', () => {
  it('buildah: bud in a private vfs store with chroot isolation, then push to the OCI layout; rmi to clean up', () => {
    const store = ['--root', '/tmp/rt/scratch/root', '--runroot', '/tmp/rt/scratch/runroot', '--storage-driver', 'vfs'];
    expect(planBuild('buildah', request())).toEqual({
      builder: 'buildah',
      steps: [
        { file: 'buildah', args: [...store, 'bud', '--isolation', 'chroot', ...shared, '/ws/serving'] },
        { file: 'buildah', args: [...store, 'push', 'localhost/model-cd-build:0123', 'oci:/tmp/rt/work/built:built'] },
      ],
      output: { kind: 'oci', layout: '/tmp/rt/work/built', ref: 'built' },
      cleanup: [{ file: 'buildah', args: [...store, 'rmi', '--all', '--force'] }],
      env: { TMPDIR: '/tmp/rt/scratch/tmp' },
    });
  });

  it('podman: the same with `build`', () => {
    const plan = planBuild('podman', request());
    expect(plan.steps.map((s) => [s.file, s.args[6], s.args[7]])).toEqual([
      ['podman', 'build', '--isolation'],
      ['podman', 'push', 'localhost/model-cd-build:0123'],
    ]);
    expect(plan.output).toEqual({ kind: 'oci', layout: '/tmp/rt/work/built', ref: 'built' });
  });

  it('docker buildx: build --load, then docker save to the archive; the classic builder the same without buildx', () => {
    const buildx = planBuild('docker-buildx', request());
    expect(buildx.steps).toEqual([
      { file: 'docker', args: ['buildx', 'build', '--load', ...shared, '/ws/serving'] },
      { file: 'docker', args: ['save', '--output', '/tmp/rt/scratch/image.tar', 'localhost/model-cd-build:0123'] },
    ]);
    expect(buildx.output).toEqual({ kind: 'docker-archive', file: '/tmp/rt/scratch/image.tar' });
    expect(buildx.cleanup).toEqual([{ file: 'docker', args: ['image', 'rm', '--force', 'localhost/model-cd-build:0123'] }]);

    const classic = planBuild('docker', request({ secrets: [] }));
    expect(classic.steps[0]?.args.slice(0, 3)).toEqual(['build', '--file', '/ws/serving/Dockerfile']);
  });

  it('the classic docker builder cannot mount secrets (BuildKit can): an UnsupportedError, not a build that ignores them', () => {
    expect(() => planBuild('docker', request())).toThrow(UnsupportedError);
    expect(() => planBuild('docker', request())).toThrow(/install docker-buildx, or use buildah/);
  });

  it('leaves out what was not asked for, and keeps a value with spaces, commas or `$` as one argument', () => {
    const plan = planBuild('buildah', request({ target: '', buildArgs: [['CMD', 'echo $HOME; rm -rf /']], secrets: [], labels: {} }));
    const args = plan.steps[0]?.args ?? [];
    expect(args).not.toContain('--target');
    expect(args).not.toContain('--secret');
    expect(args).not.toContain('--label');
    expect(args).toContain('CMD=echo $HOME; rm -rf /');
  });
});

/** A machine with the given tools; `fails` lists the commands (file + args) that exit non-zero. */
function machine(tools: string[], fails: string[] = []): Probe & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    has: (name) => tools.includes(name),
    succeeds: async (cmd: Command) => {
      const line = [cmd.file, ...cmd.args].join(' ');
      asked.push(line);
      return !fails.includes(line);
    },
  };
}

describe('detectBuilder', () => {
  it('auto: docker buildx, then docker, then buildah, then podman', async () => {
    expect(await detectBuilder('auto', machine(['docker', 'buildah', 'podman']))).toEqual({ builder: 'docker-buildx' });
    expect(await detectBuilder('auto', machine(['docker', 'buildah'], ['docker buildx version']))).toEqual({ builder: 'docker' });
    expect(await detectBuilder('auto', machine(['buildah', 'podman']))).toEqual({ builder: 'buildah' });
    expect(await detectBuilder('auto', machine(['podman']))).toEqual({ builder: 'podman' });
  });

  it('auto: a docker CLI whose daemon does not answer is passed over (a runner image may ship the CLI alone)', async () => {
    const m = machine(['docker', 'buildah'], ['docker version --format {{.Server.Version}}']);
    expect(await detectBuilder('auto', m)).toEqual({ builder: 'buildah' });
    expect(m.asked).toEqual(['docker version --format {{.Server.Version}}', 'buildah --version']);
  });

  it('auto with nothing: says why for each', async () => {
    expect(await detectBuilder('auto', machine(['docker'], ['docker version --format {{.Server.Version}}']))).toEqual({
      builder: null,
      why: 'docker is on PATH but its daemon does not answer (`docker version` fails); buildah is not on PATH; podman is not on PATH',
    });
  });

  it('a named builder must work; it never falls back to another', async () => {
    expect(await detectBuilder('podman', machine(['buildah']))).toEqual({ builder: null, why: 'podman is not on PATH' });
    expect(await detectBuilder('buildah', machine(['buildah'], ['buildah --version']))).toEqual({ builder: null, why: 'buildah is on PATH but `buildah --version` fails' });
    expect(await detectBuilder('docker', machine(['docker', 'buildah'], ['docker buildx version']))).toEqual({ builder: 'docker' });
    expect(await detectBuilder('docker', machine(['buildah']))).toEqual({ builder: null, why: 'docker is not on PATH' });
  });
});

describe('build-args and secret-files lines', () => {
  it('splits on newlines only (a value may hold commas), drops blank lines, accepts CSV-quoted lines', () => {
    expect(lines('A=1,2\r\n\n  B=x y  \n')).toEqual(['A=1,2', 'B=x y']);
    expect(parsePairs(['A=1,2', 'B==c', '"C=say ""hi"""'])).toEqual({
      pairs: [
        ['A', '1,2'],
        ['B', '=c'],
        ['C', 'say "hi"'],
      ],
      bad: null,
    });
  });

  it('names the first line that is not NAME=value', () => {
    expect(parsePairs(['A=1', 'B', 'C=3']).bad).toBe('B');
    expect(parsePairs(['=x']).bad).toBe('=x');
  });
});
