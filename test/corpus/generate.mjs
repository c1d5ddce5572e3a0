#!/usr/bin/env node
// Seeded generator of Dockerfiles for the DL-rule parity run (scripts/parity.mjs).
//
//   node test/corpus/generate.mjs --out DIR [--count N] [--seed S]
//
// Same seed => byte-identical files. File i depends only on (seed, i), so the
// first 300 files of a 1000-file run equal a 300-file run. No dependencies.
//
// Each file is a few stages; each stage is a FROM plus blocks drawn from the
// BLOCKS table below. Blocks lean towards realistic Dockerfile content but
// deliberately mix rule-firing variants (unpinned, no cleanup, bad ports...)
// with near misses (pinned, cleaned, cache mounts...) so that every DL rule of
// hadolint both fires and stays silent many times across a few hundred files.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_SEED = 'model-cd-corpus-1';
export const DEFAULT_COUNT = 300;

// ---------------------------------------------------------------- randomness

function hash32(text) {
  // FNV-1a, enough to spread (seed, index) pairs over the PRNG state.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(state) {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** pairs: [[weight, value], ...] */
  weighted(pairs) {
    const total = pairs.reduce((s, [w]) => s + w, 0);
    let x = this.next() * total;
    for (const [w, v] of pairs) {
      if ((x -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  /** between lo and hi distinct items, in list order shuffled */
  some(list, lo, hi) {
    const pool = [...list];
    const n = Math.min(pool.length, this.int(lo, hi));
    const out = [];
    for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
  shuffle(list) {
    return this.some(list, list.length, list.length);
  }
}

// ---------------------------------------------------------------- vocabulary

const BASES = [
  // [image, tags, package family]
  ['python', ['3.12-slim', '3.11-slim-bookworm', '3.10', '3.12.4-slim'], 'deb'],
  ['debian', ['12', '12-slim', 'bookworm-20240513-slim', 'bullseye'], 'deb'],
  ['ubuntu', ['22.04', '24.04', 'jammy-20240530', '20.04'], 'deb'],
  ['alpine', ['3.20', '3.19.1', '3.18'], 'apk'],
  ['node', ['20-alpine', '20.14.0-bookworm-slim', '18-bullseye', '22-slim'], 'deb'],
  ['golang', ['1.22', '1.22.4-alpine3.20', '1.21-bookworm'], 'deb'],
  ['centos', ['7', 'stream9'], 'yum'],
  ['rockylinux', ['9.3', '8'], 'dnf'],
  ['fedora', ['40', '39'], 'dnf'],
  ['opensuse/leap', ['15.6', '15.5'], 'zypper'],
  ['opensuse/tumbleweed', ['latest', '20240601'], 'zypper'],
  ['registry.suse.com/bci/bci-base', ['15.6'], 'zypper'],
  ['amazonlinux', ['2', '2023'], 'yum'],
  ['almalinux', ['9-minimal', '9.4'], 'dnf'],
  ['ruby', ['3.3-slim', '3.2.4'], 'deb'],
  ['nvidia/cuda', ['12.4.1-cudnn-runtime-ubuntu22.04', '12.1.1-devel-ubuntu22.04'], 'deb'],
  ['pytorch/pytorch', ['2.3.1-cuda12.1-cudnn8-runtime'], 'deb'],
  ['nginx', ['1.27-alpine', '1.25.5'], 'apk'],
  ['eclipse-temurin', ['21-jre', '17-jdk-jammy'], 'deb'],
  ['rust', ['1.79-slim'], 'deb'],
  ['busybox', ['1.36'], null],
];

// Registries: docker.io, ghcr.io, registry.example.com:5000, *.gcr.io and
// artifacts.example.* are trusted in hadolint-all.yaml; the rest are not.
const REGISTRY_IMAGES = [
  'docker.io/library/python:3.12-slim',
  'ghcr.io/acme/ml-base:2.1.0',
  'registry.example.com:5000/ml/serving-base:1.4',
  'registry.example.com/ml/serving-base:1.4',
  'us.gcr.io/acme-ml/base:2024.06',
  'gcr.io/distroless/python3-debian12:nonroot',
  'gcr.io/distroless/static-debian12',
  'artifacts.example.org/ml/base:3',
  'quay.io/jupyter/scipy-notebook:2024-06-10',
  'nvcr.io/nvidia/tritonserver:24.05-py3',
  'public.ecr.aws/docker/library/alpine:3.20',
  'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
  'localhost:5000/team/base',
];

const DIGEST = 'sha256:9b7d1f2c3a4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';

const STAGE_NAMES = ['builder', 'build', 'deps', 'base', 'runtime', 'compile', 'assets', 'test', 'export', 'wheels', 'model', 'serve', 'final', 'tools'];

const APT_PKGS = ['curl', 'ca-certificates', 'git', 'build-essential', 'libgomp1', 'python3-pip', 'wget', 'unzip', 'jq', 'tini', 'libssl-dev', 'gnupg', 'openssh-client', 'libpq5'];
const APK_PKGS = ['curl', 'bash', 'git', 'ca-certificates', 'tzdata', 'python3', 'py3-pip', 'openssl', 'libstdc++', 'build-base', 'musl-dev'];
const RPM_PKGS = ['httpd', 'nginx', 'python3', 'gcc', 'make', 'tar', 'gzip', 'openssl-devel', 'which', 'procps-ng', 'git', 'shadow-utils'];
const PIP_PKGS = ['torch', 'onnxruntime', 'numpy', 'pandas', 'scikit-learn', 'fastapi', 'uvicorn[standard]', 'gunicorn', 'transformers', 'requests', 'mlflow', 'xgboost', 'pydantic'];
const NPM_PKGS = ['express', 'typescript', 'pm2', 'lodash', '@types/node', '@grpc/grpc-js', 'onnxruntime-node', 'prettier', 'zod'];
const GEMS = ['bundler', 'rails', 'puma', 'rake', 'nokogiri', 'rubocop'];
const GO_PKGS = ['github.com/go-delve/delve/cmd/dlv', 'golang.org/x/tools/cmd/goimports', 'honnef.co/go/tools/cmd/staticcheck', 'github.com/swaggo/swag/cmd/swag', 'github.com/golangci/golangci-lint/cmd/golangci-lint'];
const URLS = ['https://models.example.com/resnet50/v3/model.onnx', 'https://releases.example.com/tool/v2.3.0/tool-linux-amd64.tar.gz', 'https://example.com/install.sh', 'https://models.example.com/bert/vocab.txt', 'https://get.example.dev/setup'];

const LABEL_SCHEMA = {
  'org.opencontainers.image.title': ['fraud-scorer', 'iris-classifier', ''],
  'org.opencontainers.image.description': ['Gradient boosted model served over HTTP', ''],
  'org.opencontainers.image.source': ['https://github.com/example/fraud-scorer', 'github.com/example/fraud-scorer', 'not a url', 'git@github.com:example/x.git', ''],
  'org.opencontainers.image.documentation': ['https://docs.example.com/model', 'docs.example.com', 'ftp://files.example.com/doc'],
  'org.opencontainers.image.version': ['1.4.2', '2.0.0-rc.1+build.7', 'v1.4', '2024.06', '1.0', ''],
  'org.opencontainers.image.revision': ['4f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e', '4f1c2a9', 'deadbeefcafe', 'HEAD', '4F1C2A9'],
  'org.opencontainers.image.created': ['2024-06-01T12:30:00Z', '2024-06-01T12:30:00.5+02:00', '2024-06-01', 'yesterday', '2024-06-01 12:30:00'],
  'org.opencontainers.image.licenses': ['Apache-2.0', 'MIT', 'GPL-3.0-or-later', 'Apache 2', 'Proprietary', 'BSD-3-Clause', 'apache-2.0', 'MIT OR Apache-2.0', 'GPLv3'],
  'org.opencontainers.image.authors': ['ml-platform@example.com', 'ML Team', 'ops@example', 'first.last+tag@example.co.uk'],
};
const EXTRA_LABEL_KEYS = ['maintainer', 'com.example.team', 'ai.example.model.name', 'version', 'Vendor', 'com.docker.compose.project', 'com.example..typo', 'com.example.bad-', '1com.example', 'com.example.UPPER', 'io.docker.x', 'com.example--dash', 'com.example.slash/ok', 'com.example.under_score'];

const SENSITIVE_NAMES = ['GITHUB_TOKEN', 'NPM_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'DB_PASSWORD', 'HF_API_KEY', 'app_secret', 'PRIVATE_KEY_PATH', 'TOKENIZERS_PARALLELISM', 'MLFLOW_TRACKING_USERNAME', 'OPENAI_API_KEY', 'POSTGRES_PASSWORD', 'VAULT_TOKEN', 'CLIENT_KEY_FILE'];
const PLAIN_NAMES = ['MODEL_NAME', 'MODEL_VERSION', 'PORT', 'WORKERS', 'LOG_LEVEL', 'APP_HOME', 'PYTHONUNBUFFERED', 'DEBIAN_FRONTEND', 'TZ', 'BATCH_SIZE', 'KEYBOARD_LAYOUT', 'MODEL_DIR'];

const RULE_CODES = ['DL3003', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3013', 'DL3015', 'DL3018', 'DL3025', 'DL3042', 'DL3059', 'DL4006', 'DL3045', 'DL3020', 'DL3002', 'DL3066', 'DL3049', 'DL3057', 'DL1001', 'SC2086'];

// ---------------------------------------------------------------- helpers

/** An instruction: its physical lines and the DL codes it is likely to touch. */
const ins = (lines, codes = []) => ({ lines: Array.isArray(lines) ? lines : [lines], codes });

/** Join shell commands either on one line or as a backslash-continued chain. */
function chain(ctx, cmds, { sep = '&&' } = {}) {
  const r = ctx.r;
  if (cmds.length === 1) return [cmds[0]];
  if (cmds.length <= 2 && r.chance(0.5)) return [cmds.join(` ${sep} `)];
  const style = r.weighted([[5, 'lead'], [3, 'trail'], [1, 'semi']]);
  const out = [];
  const esc = ctx.esc;
  cmds.forEach((c, i) => {
    const last = i === cmds.length - 1;
    let line;
    if (style === 'lead') line = (i === 0 ? c : `    ${sep} ${c}`) + (last ? '' : ` ${esc}`);
    else if (style === 'trail') line = (i === 0 ? c : `    ${c}`) + (last ? '' : ` ${sep} ${esc}`);
    else line = (i === 0 ? c : `    ${c}`) + (last ? '' : `; ${esc}`);
    out.push(line);
    // comments inside a continuation are legal and common in long chains
    if (!last && ctx.r.chance(0.06)) out.push(`    # ${ctx.r.pick(['step done', 'keep this in sync with the lockfile', 'see README', 'TODO: pin'])}`);
  });
  return out;
}

/** RUN with optional BuildKit flags; `cmds` become one shell script. */
function run(ctx, cmds, { flags = [], codes = [], form } = {}) {
  const r = ctx.r;
  const body = chain(ctx, cmds);
  const head = ['RUN', ...flags].join(' ');
  if (form === 'exec' || (cmds.length === 1 && !flags.length && r.chance(0.04))) {
    return ins(`${head} ["/bin/sh", "-c", ${JSON.stringify(cmds.join(' && '))}]`, codes);
  }
  if (flags.length > 1 && r.chance(0.5)) {
    // flags on their own continuation lines
    const lines = [`RUN ${flags[0]} ${ctx.esc}`];
    for (const f of flags.slice(1)) lines.push(`    ${f} ${ctx.esc}`);
    for (const l of body) lines.push(`    ${l}`);
    return ins(lines, codes);
  }
  const [first, ...rest] = body;
  return ins([`${head} ${first}`, ...rest], codes);
}

function version(r) {
  return `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 20)}`;
}

function cacheMount(r, target) {
  // tmpfs mounts take no sharing= option (the parser rejects it)
  if (r.chance(0.2)) return `--mount=type=tmpfs,target=${target}`;
  return `--mount=type=cache,${r.chance(0.2) ? 'id=c,' : ''}target=${target}${r.chance(0.3) ? ',sharing=locked' : ''}`;
}

// ---------------------------------------------------------------- package blocks

function aptBlock(ctx) {
  const r = ctx.r;
  const tool = r.weighted([[9, 'apt-get'], [1, 'apt']]);
  const pkgs = r.some(APT_PKGS, 1, 5).map((p) =>
    r.weighted([
      [5, p],
      [5, `${p}=${version(r)}-1`],
      [1, `${p}/bookworm-backports`],
      [1, `./vendor/${p}_${version(r)}_amd64.deb`],
      [1, `"${p}=${version(r)}*"`],
    ]),
  );
  const flags = [];
  const yes = r.weighted([[8, '-y'], [1, '--yes'], [1, '-qq'], [1, '-q -q'], [1, '-q'], [1, '--assume-yes'], [1, '-q=2'], [3, '']]);
  if (yes) flags.push(yes);
  const rec = r.weighted([[6, '--no-install-recommends'], [1, '-o APT::Install-Recommends=false'], [3, '']]);
  if (rec) flags.push(rec);
  if (r.chance(0.08)) flags.push(r.pick(['-t bookworm-backports', '--target-release bookworm-backports']));
  const install = r.chance(0.8)
    ? `${tool} install ${r.shuffle(flags).join(' ')} ${pkgs.join(' ')}`
    : `${tool} ${r.shuffle(flags).join(' ')} install ${pkgs.join(' ')}`;
  const cmds = [];
  if (r.chance(0.15)) cmds.push('export DEBIAN_FRONTEND=noninteractive');
  if (r.chance(0.85)) cmds.push(`${tool} update`);
  if (r.chance(0.1)) cmds.push(`${tool} ${r.pick(['upgrade -y', 'dist-upgrade -y', '-y upgrade'])}`);
  cmds.push(install.replace(/ +/g, ' '));
  const cleanup = r.weighted([[6, 'rm -rf /var/lib/apt/lists/*'], [1, 'rm -fr /var/lib/apt/lists/*'], [1, 'apt-get clean'], [1, 'rm -rf /var/lib/apt/lists'], [4, null]]);
  if (cleanup) {
    if (cleanup === 'rm -rf /var/lib/apt/lists/*' && r.chance(0.3)) cmds.push('apt-get clean');
    cmds.push(cleanup);
  }
  const flagsRun = [];
  if (r.chance(0.12)) {
    r.weighted([
      [2, () => flagsRun.push(cacheMount(r, '/var/cache/apt'), cacheMount(r, '/var/lib/apt'))],
      [2, () => flagsRun.push(cacheMount(r, '/var/lib/apt/lists'))],
      [1, () => flagsRun.push(cacheMount(r, '/var/cache/apt'))],
    ])();
  }
  const out = [];
  if (r.chance(0.05)) {
    out.push(run(ctx, [r.pick(['rm -f /etc/apt/apt.conf.d/docker-clean', "echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache"])]));
  }
  out.push(run(ctx, cmds, { flags: flagsRun, codes: ['DL3008', 'DL3009', 'DL3014', 'DL3015', 'DL3027'] }));
  return out;
}

function apkBlock(ctx) {
  const r = ctx.r;
  const pkgs = r.some(APK_PKGS, 1, 4).map((p) =>
    r.weighted([[5, p], [5, `${p}=${version(r)}-r0`], [1, `${p}~=${r.int(1, 9)}.${r.int(0, 9)}`], [1, `"${p}>${r.int(1, 3)}"`], [1, `/tmp/pkgs/${p}-1.0.0-r0.apk`]]),
  );
  const flags = [];
  if (r.chance(0.65)) flags.push('--no-cache');
  if (r.chance(0.15)) flags.push('--update');
  if (r.chance(0.12)) flags.push(r.pick(['--virtual .build-deps', '-t .runtime', '--virtual=.tmp']));
  if (r.chance(0.06)) flags.push(r.pick(['--repository https://dl-cdn.alpinelinux.org/alpine/edge/testing', '-X https://dl-cdn.alpinelinux.org/alpine/edge/community']));
  const add = r.chance(0.85) ? `apk add ${r.shuffle(flags).join(' ')} ${pkgs.join(' ')}` : `apk ${r.shuffle(flags).join(' ')} add ${pkgs.join(' ')}`;
  const cmds = [];
  if (r.chance(0.2)) cmds.push('apk update');
  if (r.chance(0.08)) cmds.push('apk upgrade');
  cmds.push(add.replace(/ +/g, ' '));
  if (r.chance(0.15)) cmds.push('rm -rf /var/cache/apk/*');
  if (flags.some((f) => f.includes('.build-deps')) && r.chance(0.6)) cmds.push('apk del .build-deps');
  const flagsRun = r.chance(0.1) ? [cacheMount(r, r.pick(['/var/cache/apk', '/etc/apk/cache']))] : [];
  return run(ctx, cmds, { flags: flagsRun, codes: ['DL3018', 'DL3019'] });
}

/** A package spec for yum/dnf: pinned, unpinned, variable, rpm file. */
function rpmSpec(ctx, p, varDecls) {
  const r = ctx.r;
  return r.weighted([
    [5, p],
    [5, `${p}-${version(r)}`],
    [1, `${p}-${version(r)}-1.el9`],
    [1, `${p}-devel`],
    [1, `/tmp/rpms/${p}-1.0-1.x86_64.rpm`],
    [2, () => {
      const name = `${p.replace(/[^a-z]/g, '').toUpperCase()}_VERSION`;
      if (r.chance(0.7)) varDecls.push(name);
      return `${p}-\${${name}}`;
    }],
  ]);
}

function declareVars(ctx, names) {
  const r = ctx.r;
  return names.map((n) => (r.chance(0.5) ? ins(`ARG ${n}=${version(r)}`) : ins(`ENV ${n}=${version(r)}`)));
}

function yumBlock(ctx) {
  const r = ctx.r;
  const vars = [];
  const pkgs = r.some(RPM_PKGS, 1, 4).map((p) => {
    const s = rpmSpec(ctx, p, vars);
    return typeof s === 'function' ? s() : s;
  });
  const sub = r.weighted([[8, 'install'], [1, 'groupinstall'], [1, 'localinstall'], [1, 'module install']]);
  const yes = r.weighted([[6, '-y'], [1, '--assumeyes'], [3, '']]);
  const args = sub === 'module install' ? r.pick(['nodejs:20', 'postgresql', 'python39:3.9/common']) : sub === 'groupinstall' ? '"Development Tools"' : pkgs.join(' ');
  const cmd = r.chance(0.7) ? `yum ${sub} ${yes} ${args}` : `yum ${yes} ${sub} ${args}`;
  const cmds = [cmd.replace(/ +/g, ' ')];
  const clean = r.weighted([[5, 'yum clean all'], [1, 'rm -rf /var/cache/yum/*'], [1, 'rm -rf /var/cache/yum'], [3, null]]);
  if (clean) (r.chance(0.85) ? cmds.push(clean) : cmds.unshift(clean));
  if (r.chance(0.1)) cmds.unshift('yum -y update');
  return [...declareVars(ctx, vars), run(ctx, cmds, { codes: ['DL3030', 'DL3032', 'DL3033'] })];
}

function dnfBlock(ctx) {
  const r = ctx.r;
  const tool = r.weighted([[3, 'dnf'], [2, 'microdnf']]);
  const vars = [];
  const pkgs = r.some(RPM_PKGS, 1, 4).map((p) => {
    const s = rpmSpec(ctx, p, vars);
    return typeof s === 'function' ? s() : s;
  });
  const sub = r.weighted([[8, 'install'], [1, 'groupinstall'], [1, 'upgrade'], [1, 'reinstall'], [1, 'module install'], [1, 'group install']]);
  const yes = r.weighted([[6, '-y'], [1, '--assumeyes'], [3, '']]);
  const extra = r.chance(0.2) ? r.pick(['--nodocs', '--setopt=install_weak_deps=False', '--setopt=tsflags=nodocs']) : '';
  const args = sub.startsWith('module') ? r.pick(['nodejs:20', 'maven', 'nodejs:20/common']) : sub.includes('group') ? '"Development Tools"' : pkgs.join(' ');
  const cmd = r.chance(0.7) ? `${tool} ${sub} ${yes} ${extra} ${args}` : `${tool} ${yes} ${extra} ${sub} ${args}`;
  const cmds = [cmd.replace(/ +/g, ' ')];
  const clean = r.weighted([[5, `${tool} clean all`], [1, 'rm -rf /var/cache/libdnf5*'], [1, `${tool === 'dnf' ? 'microdnf' : 'dnf'} clean all`], [1, `${tool} clean packages`], [3, null]]);
  if (clean) (r.chance(0.85) ? cmds.push(clean) : cmds.unshift(clean));
  const flagsRun = r.chance(0.1) ? [cacheMount(r, r.pick(['/var/cache/libdnf5', '/root/.cache/libdnf5', '/var/cache/dnf']))] : [];
  return [...declareVars(ctx, vars), run(ctx, cmds, { flags: flagsRun, codes: ['DL3038', 'DL3040', 'DL3041'] })];
}

function zypperBlock(ctx) {
  const r = ctx.r;
  const pkgs = r.some(RPM_PKGS, 1, 3).map((p) =>
    r.weighted([[5, p], [4, `${p}=${version(r)}`], [1, `"${p}>=${r.int(1, 3)}"`], [1, `'${p}<${r.int(4, 9)}'`], [1, `/tmp/rpms/${p}-1.0-1.x86_64.rpm`]]),
  );
  const sub = r.weighted([[7, 'install'], [2, 'in'], [1, 'remove'], [1, 'rm'], [1, 'patch'], [1, 'source-install'], [2, 'dist-upgrade'], [2, 'dup']]);
  const global = r.weighted([[3, '--non-interactive'], [2, '-n'], [6, '']]);
  const local = global ? '' : r.weighted([[2, '-y'], [1, '--no-confirm'], [3, '']]);
  const args = ['patch', 'dist-upgrade', 'dup'].includes(sub) ? '' : pkgs.join(' ');
  const cmds = [`zypper ${global} ${sub} ${local} ${args}`.replace(/ +/g, ' ').trim()];
  if (r.chance(0.2)) cmds.unshift('zypper refresh');
  const clean = r.weighted([[4, 'zypper clean -a'], [1, 'zypper cc'], [1, 'zypper clean --all'], [1, 'rm -rf /var/cache/zypp/*'], [3, null]]);
  if (clean) (r.chance(0.85) ? cmds.push(clean) : cmds.unshift(clean));
  const flagsRun = r.chance(0.08) ? [cacheMount(r, '/var/cache/zypp')] : [];
  return run(ctx, cmds, { flags: flagsRun, codes: ['DL3034', 'DL3035', 'DL3036', 'DL3037'] });
}

function pipBlock(ctx) {
  const r = ctx.r;
  const exe = r.weighted([[6, 'pip'], [4, 'pip3'], [2, 'python -m pip'], [2, 'python3 -m pip'], [1, '/opt/venv/bin/pip'], [1, 'pip3.11']]);
  const specs = r.some(PIP_PKGS, 1, 4).map((p) =>
    r.weighted([
      [6, p],
      [6, `${p}==${version(r)}`],
      [1, `"${p}>=${r.int(1, 3)}.0,<${r.int(4, 6)}"`],
      [1, `${p}~=${r.int(1, 3)}.${r.int(0, 9)}`],
      [1, `'${p}!=1.0.0'`],
    ]),
  );
  const flags = [];
  if (r.chance(0.55)) flags.push('--no-cache-dir');
  if (r.chance(0.1)) flags.push(r.pick(['--index-url https://download.pytorch.org/whl/cpu', '-i https://pypi.example.com/simple', '--extra-index-url https://pypi.example.com/simple']));
  if (r.chance(0.07)) flags.push(r.pick(['--target /opt/deps', '--prefix=/install', '--user', '--upgrade', '-U', '--break-system-packages']));
  if (r.chance(0.05)) flags.push(r.pick(['--cache-dir /tmp/pip-cache', '--progress-bar off', '--trusted-host pypi.example.com']));
  const target = r.weighted([
    [12, specs.join(' ')],
    [2, '-r requirements.txt'],
    [1, '--requirement requirements.txt'],
    [1, `-c constraints.txt ${specs.join(' ')}`],
    [1, `--constraint constraints.txt ${specs[0]}`],
    [1, '.'],
    [1, '-e .'],
    [1, `dist/model_server-${version(r)}-py3-none-any.whl`],
    [1, `git+https://github.com/example/featurestore.git${r.chance(0.5) ? '@v2.1.0' : ''}`],
    [1, './vendor/tokenizer'],
  ]);
  let cmd = `${exe} install ${r.shuffle(flags).join(' ')} ${target}`.replace(/ +/g, ' ');
  if (r.chance(0.06)) cmd = `PIP_NO_CACHE_DIR=${r.pick(['1', 'true', 'off', 'yes'])} ${cmd}`;
  const cmds = [];
  if (r.chance(0.15)) cmds.push(`${exe} install --no-cache-dir --upgrade pip==24.0`);
  cmds.push(cmd);
  if (r.chance(0.05)) cmds.push(r.pick(['pipx install black', 'pipenv install --system --deploy', 'python -m pipx install ruff']));
  const flagsRun = r.chance(0.1) ? [cacheMount(r, r.pick(['/root/.cache/pip', '/home/app/.cache/pip', '/tmp/cache']))] : [];
  const out = [];
  if (r.chance(0.08)) out.push(ins(`ENV PIP_NO_CACHE_DIR=${r.pick(['1', 'true', 'off', 'on', '0'])}${r.chance(0.5) ? ' PIP_DISABLE_PIP_VERSION_CHECK=1' : ''}`));
  out.push(run(ctx, cmds, { flags: flagsRun, codes: ['DL3013', 'DL3042'] }));
  return out;
}

function npmBlock(ctx) {
  const r = ctx.r;
  const specs = r.some(NPM_PKGS, 1, 3).map((p) =>
    r.weighted([
      [5, p],
      [5, `${p}@${version(r)}`],
      [1, `${p}@latest`],
      [1, 'git+https://github.com/example/onnx-helpers.git#v1.2.0'],
      [1, 'git+https://github.com/example/onnx-helpers.git'],
      [1, `https://registry.example.com/t/${p.replace(/[@/]/g, '')}-1.0.0.tgz`],
      [1, './packages/local-plugin'],
    ]),
  );
  const flags = r.some(['-g', '--save-dev', '--production', '--no-audit', '--loglevel warn', '--registry https://registry.example.com', '--omit=dev'], 0, 2);
  const cmd = r.weighted([
    [8, `npm install ${flags.join(' ')} ${specs.join(' ')}`],
    [2, 'npm ci'],
    [1, 'npm install'],
    [2, `npm i ${specs.join(' ')}`],
    [1, `npm --prefix web install ${specs[0]}`],
    [1, `npm run build && npm install ${specs[0]}`],
  ]).replace(/ +/g, ' ');
  return run(ctx, [cmd], { codes: ['DL3016'] });
}

function yarnBlock(ctx) {
  const r = ctx.r;
  const inst = r.weighted([[5, 'yarn install --frozen-lockfile'], [2, 'yarn install --production'], [2, 'yarn install'], [1, 'yarn global add serve@14.2.3'], [1, 'yarn add left-pad']]);
  const clean = r.weighted([[4, 'after'], [1, 'before'], [4, 'none']]);
  const cmds = clean === 'before' ? ['yarn cache clean', inst] : clean === 'after' ? [inst, 'yarn cache clean'] : [inst];
  const flagsRun = r.chance(0.12) ? [cacheMount(r, r.pick(['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/tmp/yarn']))] : [];
  return run(ctx, cmds, { flags: flagsRun, codes: ['DL3060'] });
}

function gemBlock(ctx) {
  const r = ctx.r;
  const gems = r.some(GEMS, 1, 3);
  const cmd = r.weighted([
    [4, `gem install ${gems.join(' ')}`],
    [4, `gem install ${gems.map((g) => `${g}:${version(r)}`).join(' ')}`],
    [1, `gem install -v ${version(r)} ${gems[0]}`],
    [1, `gem install --version=${version(r)} ${gems[0]}`],
    [1, `gem install ${gems[0]} --version ${version(r)}`],
    [1, `gem i ${gems[0]}`],
    [1, `gem install --no-document ${gems.join(' ')}`],
    [1, `gem install --no-document -- ${gems[0]} --with-opt`],
  ]);
  const cmds = [cmd];
  if (r.chance(0.3)) cmds.push('bundle install --jobs 4');
  return run(ctx, cmds, { codes: ['DL3028'] });
}

function goBlock(ctx) {
  const r = ctx.r;
  const p = r.pick(GO_PKGS);
  const cmd = r.weighted([
    [4, `go install ${p}@v${version(r)}`],
    [3, `go install ${p}`],
    [2, `go install ${p}@latest`],
    [1, `go install ${p}@none`],
    [1, `go get ${r.chance(0.5) ? '-u ' : ''}${p}${r.chance(0.5) ? `@v${version(r)}` : ''}`],
    [1, `go run ${p}@v${version(r)} init`],
    [1, `go run ${p} init`],
    [1, 'go install ./cmd/...'],
    [1, 'go run ./cmd/gen --out internal/gen'],
    [1, 'CGO_ENABLED=0 go build -o /out/app ./cmd/app'],
  ]);
  return run(ctx, [cmd], { codes: ['DL3062'] });
}

function cargoBlock(ctx) {
  const r = ctx.r;
  return run(ctx, [r.pick(['cargo install cargo-chef --locked', 'cargo build --release', `cargo install ripgrep --version ${version(r)}`])], { flags: r.chance(0.3) ? [cacheMount(r, '/usr/local/cargo/registry')] : [] });
}

// ---------------------------------------------------------------- shell blocks

function downloadBlock(ctx) {
  const r = ctx.r;
  const url = r.pick(URLS);
  const wgetFlags = r.weighted([[4, ''], [2, '-q'], [1, '-nv'], [2, '--progress=dot:giga'], [1, '--quiet'], [1, '-O /tmp/dl'], [1, '-o /tmp/wget.log'], [1, '--no-verbose'], [1, '-a /tmp/log']]);
  const cmd = r.weighted([
    [3, `curl -fsSL ${url} -o /tmp/artifact`],
    [3, `wget ${wgetFlags} ${url}`],
    [2, `curl -fsSL ${url} | ${r.pick(['sh', 'bash -', 'tar -xz -C /opt', 'sha256sum'])}`],
    [2, `wget ${wgetFlags} -O- ${url} | ${r.pick(['sh', 'tar -xz -C /opt', 'gunzip > /opt/model.bin'])}`],
    [1, `curl -fsSLO ${url} && wget ${wgetFlags} ${url}.sha256`],
    [1, `curl -s ${url} | grep -q ok || exit 1`],
  ]).replace(/ +/g, ' ');
  const cmds = [cmd];
  if (r.chance(0.2)) cmds.unshift('set -o pipefail');
  return run(ctx, cmds, { codes: ['DL4001', 'DL3047', 'DL4006'] });
}

function miscRunBlock(ctx) {
  const r = ctx.r;
  const cmds = [];
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    cmds.push(
      r.weighted([
        [4, `mkdir -p /opt/${r.pick(['app', 'models', 'data', 'cache'])}`],
        [3, `chown -R ${r.pick(['1000:1000', 'app:app', 'nobody'])} /opt/app`],
        [2, `cd /opt/${r.pick(['app', 'src', 'build'])}`],
        [2, `sudo ${r.pick(['mkdir -p /srv', 'chmod 755 /srv', 'apt-get update'])}`],
        [2, r.pick(['service nginx start', 'ps aux', 'ssh -V', 'vim --version', 'kill -0 1', 'top -b -n 1', 'free -m', 'mount', 'shutdown -r now', 'ifconfig', 'pkill sleep', 'ssh-keygen -A', 'psql --version'])],
        [1, r.pick(['ln -sf /bin/bash /bin/sh', 'ln -s /usr/bin/python3 /usr/bin/python', 'ln -sf /bin/sh /usr/local/bin/sh'])],
        [2, `echo "${r.pick(['ready', 'ok', 'built'])}" > /tmp/${r.pick(['status', 'marker'])}`],
        [2, `chmod +x /usr/local/bin/${r.pick(['entrypoint.sh', 'serve'])}`],
        [1, `cat /etc/os-release | grep ${r.pick(['VERSION', 'ID'])}`],
        [1, `find /opt -name '*.pyc' -delete`],
        [1, 'python -c "import onnxruntime; print(onnxruntime.__version__)"'],
        [1, '(cd /tmp && ls)'],
      ]),
    );
  }
  return run(ctx, cmds, { codes: ['DL3003', 'DL3004', 'DL3001', 'DL4005', 'DL4006'] });
}

function userAddBlock(ctx) {
  const r = ctx.r;
  const uid = r.weighted([[3, String(r.int(1000, 9999))], [3, String(r.int(100000, 9999999))], [1, '99999'], [1, '${UID}']]);
  const name = r.pick(['app', 'ml', 'serving', 'runner']);
  const flag = r.weighted([[3, '-l '], [1, '--no-log-init '], [4, '']]);
  const uflag = r.weighted([[4, '-u'], [2, '--uid'], [1, '-ou']]);
  const cmd = r.weighted([
    [6, `useradd ${flag}${uflag} ${uid} ${r.chance(0.5) ? '-m ' : ''}${name}`],
    [1, `useradd ${flag}-m ${name}`],
    [1, `adduser --disabled-password --uid ${uid} ${name}`],
    [1, `groupadd -g ${uid} ${name} && useradd ${flag}-u ${uid} -g ${name} ${name}`],
  ]);
  return run(ctx, [cmd], { codes: ['DL3046'] });
}

function longChainBlock(ctx) {
  const r = ctx.r;
  const cmds = ['set -eux', 'apt-get update', `apt-get install -y --no-install-recommends ${r.some(APT_PKGS, 3, 8).join(' ')}`];
  const n = r.int(24, 34);
  const steps = [
    () => `mkdir -p /opt/src/${r.pick(['a', 'b', 'c', 'proto'])}`,
    () => `curl -fsSL -o /tmp/src${r.int(1, 9)}.tar.gz ${r.pick(URLS)}`,
    () => `tar -xzf /tmp/src${r.int(1, 9)}.tar.gz -C /opt/src`,
    () => 'cmake -S /opt/src -B /opt/build -DCMAKE_BUILD_TYPE=Release',
    () => 'cmake --build /opt/build -j"$(nproc)"',
    () => 'cmake --install /opt/build',
    () => 'ldconfig',
    () => `pip3 install --no-cache-dir ${r.pick(PIP_PKGS)}==${version(r)}`,
    () => `git clone --depth 1 https://github.com/example/${r.pick(['ops', 'kernels', 'tokenizers'])}.git /opt/src/repo`,
    () => 'make -C /opt/src/repo -j4',
    () => 'make -C /opt/src/repo install',
    () => 'rm -rf /opt/src/repo',
    () => `echo "/usr/local/lib" >> /etc/ld.so.conf.d/local.conf`,
    () => `strip --strip-unneeded /usr/local/lib/lib${r.pick(['onnx', 'proto', 'ort'])}.so || true`,
  ];
  for (let i = 0; i < n; i++) cmds.push(r.pick(steps)());
  if (r.chance(0.3)) cmds.push('cd /');
  cmds.push('apt-get purge -y --auto-remove cmake');
  if (r.chance(0.7)) cmds.push('rm -rf /var/lib/apt/lists/*');
  const lines = chain(ctx, cmds);
  // force the multi-line layout: chain() may pick one line for short lists
  return ins([`RUN ${lines[0]}`, ...lines.slice(1)], ['DL3008', 'DL3009', 'DL3003']);
}

function heredocBlock(ctx) {
  const r = ctx.r;
  const body = r.some([
    'set -e',
    'apt-get update',
    `apt-get install -y ${r.pick(APT_PKGS)}`,
    'rm -rf /var/lib/apt/lists/*',
    `pip install ${r.pick(PIP_PKGS)}`,
    `pip install --no-cache-dir ${r.pick(PIP_PKGS)}==${version(r)}`,
    `curl -fsSL ${r.pick(URLS)} | sh`,
    'cd /opt',
    `wget ${r.pick(URLS)}`,
    'echo done',
    `apk add ${r.pick(APK_PKGS)}`,
  ], 2, 5);
  const style = r.weighted([[4, 'plain'], [2, 'dash'], [2, 'shell'], [1, 'python']]);
  if (style === 'python') {
    return ins(['RUN python3 <<PY', 'import json', 'print(json.dumps({"ok": True}))', 'PY', ''], []);
  }
  if (style === 'dash') return ins(['RUN <<-EOT', ...body.map((l) => `\t${l}`), 'EOT', ''], ['DL3008', 'DL4006']);
  if (style === 'shell') return ins([`RUN <<EOF ${r.pick(['bash', 'sh', '/bin/bash -e'])}`, ...body, 'EOF', ''], ['DL3008']);
  return ins(['RUN <<EOF', ...body, 'EOF', ''], ['DL3008', 'DL3013']);
}

function copyHeredocBlock(ctx) {
  const r = ctx.r;
  const dest = r.pick(['/etc/app/config.ini', 'config.ini', '/usr/local/bin/entrypoint.sh', './settings.toml']);
  return ins([`COPY <<EOF ${dest}`, '[server]', `port = ${r.int(1024, 9999)}`, 'EOF', ''], ['DL3045']);
}

function shellBlock(ctx) {
  const r = ctx.r;
  const sh = r.weighted([
    [4, '["/bin/bash", "-o", "pipefail", "-c"]'],
    [1, '["/bin/bash", "-eo", "pipefail", "-c"]'],
    [1, '["bash", "-euxo", "pipefail", "-c"]'],
    [1, '["/bin/ash", "-o", "pipefail", "-c"]'],
    [1, '["/bin/sh", "-o", "pipefail", "-c"]'],
    [2, '["/bin/bash", "-c"]'],
    [1, '["/bin/sh", "-c"]'],
    [1, '["pwsh", "-Command"]'],
    [1, '["zsh", "-o", "pipefail", "-c"]'],
  ]);
  return ins(`SHELL ${sh}`, ['DL4006']);
}

// ---------------------------------------------------------------- file-system blocks

function copyBlock(ctx, stage) {
  const r = ctx.r;
  const srcs = r.weighted([
    [5, [r.pick(['app.py', 'serve.py', 'model.onnx', 'requirements.txt', 'src/', 'config.yaml', 'entrypoint.sh', '.'])]],
    [3, r.some(['app.py', 'utils.py', 'model.onnx', 'labels.txt', 'config.yaml', '*.py', 'pyproject.toml'], 2, 3)],
    [1, [r.pick(['dist/model-bundle.tar.gz', 'weights.tgz', 'vendor/lib.tar.xz', 'data.zip', 'features.csv.gz'])]],
  ]);
  let dest = r.weighted([
    [5, r.pick(['/app/', '/srv/app/', '/opt/model/', '/usr/local/bin/'])],
    [3, r.pick(['/app', '/srv/app', '/opt/model/model.onnx', '/etc/app'])],
    [3, r.pick(['.', './', 'app/', 'models', 'src'])],
    [1, r.pick(['"$APP_HOME/"', '${MODEL_DIR}', '$HOME/app'])],
    [1, r.pick(['"/quoted/dir"', "'/single/quoted/'"])],
    [1, r.pick(['C:/app/', 'c:\\\\models\\\\model.onnx'])],
  ]);
  const flags = [];
  if (r.chance(0.15)) flags.push(`--chown=${r.pick(['1000:1000', 'app:app', '${UID}:${GID}', 'nobody'])}`);
  if (r.chance(0.08)) flags.push(`--chmod=${r.pick(['755', '0644'])}`);
  if (r.chance(0.08)) flags.push('--link');
  const fromStage = r.chance(0.3) ? copyFromRef(ctx, stage) : null;
  if (fromStage) flags.push(`--from=${fromStage}`);
  if (fromStage && r.chance(0.3)) {
    // whole-filesystem copies (DL3067) and their near misses
    srcs.length = 0;
    srcs.push(r.pick(['/', '/', '"/"', '/opt']));
    dest = r.pick(['/', '/', '"/"', '/rootfs/']);
  }
  const out = [];
  if (r.chance(0.08)) {
    out.push(ins(`COPY ${flags.join(' ')} ${JSON.stringify([...srcs, dest])}`.replace(/ +/g, ' ')));
  } else {
    out.push(ins(`COPY ${flags.join(' ')} ${srcs.join(' ')} ${dest}`.replace(/ +/g, ' '), ['DL3021', 'DL3022', 'DL3023', 'DL3045', 'DL3067']));
  }
  // archives copied in are often unpacked right after
  const archive = srcs.find((s) => /\.(tar\.gz|tgz|tar\.xz|zip|gz)$/.test(s));
  if (archive && !/["'$]/.test(dest) && r.chance(0.7)) {
    const base = archive.split('/').pop();
    const where = dest.endsWith('/') ? `${dest}${base}` : dest;
    out.push(run(ctx, [r.pick([`tar -xzf ${where} -C /opt`, `tar xf ${where}`, `unzip ${where} -d /opt`, `gunzip ${where}`, `tar --extract --file ${where}`, `tar -tf ${where}`])], { codes: ['DL3010'] }));
  }
  return out;
}

/** A --from value: earlier alias, number, own alias, unknown name or an image. */
function copyFromRef(ctx, stage) {
  const r = ctx.r;
  const earlier = ctx.stages.filter((s) => s !== stage);
  return r.weighted([
    [earlier.some((s) => s.alias) ? 6 : 0, () => r.pick(earlier.filter((s) => s.alias)).alias],
    [2, () => String(r.int(0, ctx.stages.length))],
    [stage.alias ? 1 : 0, () => stage.alias],
    [1, () => r.pick(['builder', 'build-env', 'deps', 'runtime', 'assets'])],
    [1, () => r.pick(['nginx:1.27', 'busybox:1.36', 'ghcr.io/acme/weights:1.0', 'quay.io/prometheus/node-exporter:v1.8.1', 'registry.example.com:5000/tools/cli:2'])],
  ])();
}

/** An archive copied in and then unpacked by RUN (or left alone). */
function archiveBlock(ctx, stage) {
  const r = ctx.r;
  const name = r.pick(['model-bundle.tar.gz', 'weights.tgz', 'runtime.tar.xz', 'data.tar', 'vocab.tar.bz2', 'release.zip', 'tokenizer.txz', 'features.csv.gz']);
  const intoDir = r.chance(0.6);
  const dest = intoDir ? r.pick(['/tmp/', '/opt/dist/']) : r.pick([`/tmp/${name}`, '/tmp/renamed.tgz', '/tmp/payload']);
  const flags = r.chance(0.15) && ctx.stages.length > 1 ? `--from=${copyFromRef(ctx, stage)} ` : '';
  const where = intoDir ? `${dest}${name}` : dest;
  const extract = r.weighted([
    [3, `tar -xzf ${where} -C /opt`],
    [2, `tar xf ${where}`],
    [1, `tar --extract --file ${where} -C /srv`],
    [1, `tar -tf ${where}`],
    [1, `unzip -q ${where} -d /opt`],
    [1, `gunzip ${where}`],
    [1, `xz -d ${where}`],
    [1, `tar -xJf /tmp/other-${name}`],
  ]);
  const out = [ins(`COPY ${flags}dist/${name} ${dest}`, ['DL3010', 'DL3021'])];
  if (r.chance(0.2)) out.push(ins(`WORKDIR /opt`));
  out.push(run(ctx, [extract, ...(r.chance(0.5) ? [`rm -f ${where}`] : [])], { codes: ['DL3010'] }));
  return out;
}

function addBlock(ctx) {
  const r = ctx.r;
  const src = r.weighted([
    [3, r.pick(['.', 'requirements.txt', 'config/', 'app.py'])],
    [2, r.pick(['model.tar.gz', 'weights.tgz', 'vendor.tar.xz', 'data.zip', 'release.tar'])],
    [2, r.pick(URLS)],
    [1, `${r.pick(['run.sh', 'app.tar.gz'])} ${r.pick(URLS)}`],
    [1, 'https://github.com/example/feature-pipeline.git#v1.4.0'],
  ]);
  const flags = [];
  if (r.chance(0.15)) flags.push(`--chown=${r.pick(['1000:1000', 'app:app'])}`);
  if (src.startsWith('https://releases') && r.chance(0.4)) flags.push('--checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d');
  if (r.chance(0.05)) flags.push('--link');
  const dest = r.pick(['/app/', '/opt/', '/tmp/artifact', 'vendor/', '/usr/local/bin/']);
  return ins(`ADD ${flags.join(' ')} ${src} ${dest}`.replace(/ +/g, ' '), ['DL3020']);
}

function workdirBlock(ctx) {
  const r = ctx.r;
  const dir = r.weighted([
    [8, r.pick(['/app', '/srv/app', '/opt/model', '/workspace', '/usr/src/app', '/'])],
    [2, r.pick(['app', 'src/server', 'models', './local'])],
    [1, r.pick(['$APP_HOME', '${APP_HOME}/src', '"$HOME/work"'])],
    [1, r.pick(['"/quoted"', '"relative/quoted"', "'/single'"])],
    [1, r.pick(['C:\\\\app', 'C:/app', '~/work'])],
  ]);
  return ins(`WORKDIR ${dir}`, ['DL3000']);
}

// ---------------------------------------------------------------- metadata blocks

function userBlock(ctx) {
  const r = ctx.r;
  const u = r.weighted([
    [3, r.pick(['1000', '10001', '65534', '1001:1001', '65532:65532'])],
    [3, r.pick(['app', 'nobody', 'node', 'ml:ml', 'app:1000', '1000:app'])],
    [2, r.pick(['root', '0', '0:0', 'root:root'])],
    [1, r.pick(['${UID}', '$UID', '${UID}:${GID}', '${APP_USER}'])],
  ]);
  const out = [];
  if (u.includes('UID') && r.chance(0.6)) out.push(ins(`ARG UID=${r.int(1000, 20000)}`));
  out.push(ins(`USER ${u}`, ['DL3002', 'DL3066']));
  return out;
}

function envBlock(ctx) {
  const r = ctx.r;
  const n = r.int(1, 3);
  const pairs = [];
  const names = r.some([...PLAIN_NAMES, ...r.some(SENSITIVE_NAMES, 0, 1)], n, n);
  for (const name of names) {
    const earlier = pairs.length ? r.pick(pairs).split('=')[0] : null;
    const value = r.weighted([
      [6, r.pick(['/opt/model', '8080', 'info', '1', 'resnet50', 'Europe/Berlin', '"two words"'])],
      [earlier ? 2 : 0, () => `${r.pick(['', '/prefix-'])}$${r.chance(0.5) ? `{${earlier}}` : earlier}${r.pick(['', '/sub', '_x'])}`],
      [1, () => `$${name}:/extra`],
      [1, '""'],
    ]);
    pairs.push(`${name}=${typeof value === 'function' ? value() : value}`);
  }
  if (pairs.length === 1 && r.chance(0.3)) {
    const [k, v] = pairs[0].split(/=(.*)/s);
    return ins(`ENV ${k} ${v || 'value'}`, ['DL3064']);
  }
  if (pairs.length > 1 && r.chance(0.4)) {
    return ins(pairs.map((p, i) => `${i === 0 ? 'ENV ' : '    '}${p}${i < pairs.length - 1 ? ` ${ctx.esc}` : ''}`), ['DL3044', 'DL3064']);
  }
  return ins(`ENV ${pairs.join(' ')}`, ['DL3044', 'DL3064']);
}

function argBlock(ctx) {
  const r = ctx.r;
  const name = r.weighted([[4, r.pick(PLAIN_NAMES)], [2, r.pick(SENSITIVE_NAMES)]]);
  return ins(r.chance(0.5) ? `ARG ${name}` : `ARG ${name}=${r.pick(['1', 'x', '""', '3.12'])}`, ['DL3064']);
}

function labelBlock(ctx) {
  const r = ctx.r;
  const keys = Object.keys(LABEL_SCHEMA);
  const chosen = r.some(keys, 1, 5);
  const pairs = chosen.map((k) => {
    const v = r.pick(LABEL_SCHEMA[k]);
    return `${k}=${JSON.stringify(v)}`;
  });
  if (r.chance(0.35)) {
    const k = r.pick(EXTRA_LABEL_KEYS);
    pairs.push(`${k}=${r.chance(0.8) ? JSON.stringify(r.pick(['team-ml', '1.0', 'x'])) : '""'}`);
  }
  const codes = ['DL3048', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'];
  if (pairs.length === 1 && r.chance(0.15)) {
    const [k, v] = pairs[0].split(/=(.*)/s);
    if (v !== '""') return ins(`LABEL ${k} ${v}`, codes);
  }
  if (pairs.length > 1 && r.chance(0.6)) {
    return ins(pairs.map((p, i) => `${i === 0 ? 'LABEL ' : '      '}${p}${i < pairs.length - 1 ? ` ${ctx.esc}` : ''}`), codes);
  }
  return ins(`LABEL ${pairs.join(' ')}`, codes);
}

function exposeBlock(ctx) {
  const r = ctx.r;
  const port = () =>
    r.weighted([
      [6, String(r.pick([80, 443, 8000, 8080, 8501, 9000, 5000, 3000]))],
      [1, String(r.int(1024, 65535))],
      [1, String(r.int(65536, 120000))],
      [1, '65535'],
      [1, '65536'],
      [1, `${r.int(8000, 8100)}-${r.int(8101, 8200)}`],
      [1, `${r.int(60000, 65000)}-${r.int(65536, 70000)}`],
      [1, '${PORT}'],
    ]);
  const ports = [];
  for (let i = r.int(1, 3); i > 0; i--) {
    const p = port();
    ports.push(r.chance(0.2) && !p.startsWith('$') ? `${p}/${r.pick(['tcp', 'udp'])}` : p);
  }
  return ins(`EXPOSE ${ports.join(' ')}`, ['DL3011']);
}

function healthcheckBlock(ctx) {
  const r = ctx.r;
  const opts = r.some(['--interval=30s', '--timeout=3s', '--retries=3', '--start-period=10s'], 0, 2).join(' ');
  const hc = r.weighted([
    [2, 'NONE'],
    [3, `${opts} CMD curl -fsS http://localhost:8080/health || exit 1`],
    [4, `${opts} CMD ["curl", "-fsS", "http://127.0.0.1:8080/healthz"]`],
    [1, `${opts} CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/')"]`],
  ]);
  const out = [ins(`HEALTHCHECK ${hc}`.replace(/ +/g, ' '), ['DL3012', 'DL3025', 'DL3057'])];
  if (r.chance(0.3)) out.push(ins(r.pick(['HEALTHCHECK NONE', 'HEALTHCHECK CMD ["true"]']), ['DL3012']));
  return out;
}

function cmdBlock(ctx) {
  const r = ctx.r;
  const exec = r.pick([
    '["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8080"]',
    '["gunicorn", "-b", "0.0.0.0:8000", "app:app"]',
    '["python", "serve.py"]',
    '["node", "server.js"]',
    '["/usr/local/bin/predictor"]',
    '[]',
  ]);
  const shell = r.pick(['python serve.py --port 8080', 'gunicorn -b 0.0.0.0:8000 app:app', 'exec uvicorn app:app', 'node server.js']);
  const out = [];
  const n = r.weighted([[7, 1], [2, 2], [1, 3]]);
  const kind = r.weighted([[5, 'CMD'], [2, 'ENTRYPOINT'], [3, 'both']]);
  for (let i = 0; i < n; i++) {
    const form = () => (r.chance(0.7) ? exec : shell);
    if (kind === 'CMD' || kind === 'both') out.push(ins(`CMD ${form()}`, ['DL3025', 'DL4003']));
    if (kind === 'ENTRYPOINT' || kind === 'both') out.push(ins(`ENTRYPOINT ${form()}`, ['DL3025', 'DL4004']));
  }
  return r.shuffle(out);
}

function miscMetaBlock(ctx) {
  const r = ctx.r;
  return r.weighted([
    [3, () => ins(`STOPSIGNAL ${r.pick(['SIGTERM', 'SIGINT', 'SIGQUIT', '15'])}`)],
    [3, () => ins(`VOLUME ${r.pick(['/data', '["/models", "/cache"]', '/var/lib/app /tmp/scratch'])}`)],
    [2, () => ins(`MAINTAINER ${r.pick(['Jane Doe <jane@example.com>', 'ops@example.com'])}`, ['DL4000'])],
  ])();
}

function onbuildBlock(ctx, stage) {
  const r = ctx.r;
  const inner = r.weighted([
    [3, () => aptBlock(ctx)],
    [2, () => pipBlock(ctx)],
    [1, () => npmBlock(ctx)],
    [1, () => apkBlock(ctx)],
    [1, () => yumBlock(ctx)],
    [1, () => dnfBlock(ctx)],
    [1, () => zypperBlock(ctx)],
    [1, () => gemBlock(ctx)],
    [1, () => goBlock(ctx)],
    [1, () => yarnBlock(ctx)],
    [1, () => miscRunBlock(ctx)],
    [1, () => downloadBlock(ctx)],
    [1, () => userAddBlock(ctx)],
    [1, () => copyBlock(ctx, stage)],
    [3, () => ins(r.pick(['FROM alpine:3.20', 'ONBUILD RUN echo nested', 'MAINTAINER someone@example.com']), ['DL3043'])],
    [1, () => ins(r.pick(['CMD python app.py', 'HEALTHCHECK CMD curl -f http://localhost/', 'USER root', 'WORKDIR relative', 'EXPOSE 99999', 'ENV A=1 B=$A', 'ARG GITHUB_TOKEN']))],
  ])();
  // ONBUILD wraps exactly one instruction; take the last one of the block
  const list = Array.isArray(inner) ? inner : [inner];
  const pick = list[list.length - 1];
  if (pick.lines[0].startsWith('COPY <<') || pick.lines[0].startsWith('RUN <<')) return ins('ONBUILD RUN echo heredoc-skipped');
  return ins([`ONBUILD ${pick.lines[0]}`, ...pick.lines.slice(1)], [...pick.codes, 'DL3043']);
}

function runFlagsBlock(ctx) {
  const r = ctx.r;
  const flags = r.some([
    '--network=none',
    '--network=host',
    '--security=insecure',
    '--mount=type=secret,id=netrc,target=/root/.netrc',
    '--mount=type=ssh',
    '--mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt',
    `--mount=type=bind,from=${r.pick(['ghcr.io/acme/wheels:1.0', 'quay.io/acme/wheels:1.0', 'builder'])},source=/wheels,target=/wheels`,
    `--mount=type=cache,from=${r.pick(['quay.io/acme/cache:1', 'deps'])},target=/cache`,
  ], 1, 2);
  return run(ctx, [r.pick(['echo ok', 'pip install --no-cache-dir --no-index --find-links=/wheels featurekit', 'ls /wheels', 'cat /root/.netrc > /dev/null'])], { flags, codes: ['DL3026'] });
}

// The table: [weight, generator]. A stage draws several rows from it.
const BLOCKS = [
  [10, aptBlock],
  [4, apkBlock],
  [3, yumBlock],
  [3, dnfBlock],
  [3, zypperBlock],
  [8, pipBlock],
  [3, npmBlock],
  [2, yarnBlock],
  [2, gemBlock],
  [2, goBlock],
  [1, cargoBlock],
  [4, downloadBlock],
  [6, miscRunBlock],
  [3, userAddBlock],
  [1, longChainBlock],
  [2, heredocBlock],
  [1, copyHeredocBlock],
  [2, shellBlock],
  [9, copyBlock],
  [3, addBlock],
  [4, workdirBlock],
  [4, userBlock],
  [5, envBlock],
  [3, argBlock],
  [5, labelBlock],
  [3, exposeBlock],
  [2, healthcheckBlock],
  [3, cmdBlock],
  [2, miscMetaBlock],
  [3, onbuildBlock],
  [3, archiveBlock],
  [2, runFlagsBlock],
];

const FAMILY_OF = new Map([
  [aptBlock, 'deb'],
  [apkBlock, 'apk'],
  [yumBlock, 'yum'],
  [dnfBlock, 'dnf'],
  [zypperBlock, 'zypper'],
]);

// ---------------------------------------------------------------- stages and files

function fromLine(ctx, index) {
  const r = ctx.r;
  let image;
  const earlierAliases = ctx.stages.map((s) => s.alias).filter(Boolean);
  const kind = r.weighted([
    [14, 'hub'],
    [4, 'registry'],
    [earlierAliases.length ? 4 : 0, 'alias'],
    [ctx.args.includes('BASE_IMAGE') ? 4 : 0, 'arg'],
    [1, 'scratch'],
  ]);
  let family = null;
  if (kind === 'hub') {
    const [name, tags, fam] = r.pick(BASES);
    family = fam;
    const style = r.weighted([[10, 'tag'], [2, 'none'], [2, 'latest'], [1, 'digest'], [1, 'tagdigest'], [1, 'latestdigest']]);
    image = {
      tag: `${name}:${r.pick(tags)}`,
      none: name,
      latest: `${name}:latest`,
      digest: `${name}@${DIGEST}`,
      tagdigest: `${name}:${r.pick(tags)}@${DIGEST}`,
      latestdigest: `${name}:latest@${DIGEST}`,
    }[style];
  } else if (kind === 'registry') image = r.pick(REGISTRY_IMAGES);
  else if (kind === 'alias') image = r.pick(earlierAliases);
  else if (kind === 'arg') image = r.pick(['${BASE_IMAGE}', '$BASE_IMAGE', '${BASE_IMAGE}:${BASE_TAG}']);
  else image = 'scratch';

  const platform = r.weighted([
    [20, null],
    [1, 'linux/amd64'],
    [1, '$BUILDPLATFORM'],
    [1, '${BUILDPLATFORM}'],
    [1, '$TARGETPLATFORM'],
    [1, '${TARGETPLATFORM}'],
    [1, 'linux/arm64/v8'],
  ]);
  let alias = null;
  const isLast = index === ctx.stageCount - 1;
  const aliasKind = r.weighted([[isLast ? 3 : 8, 'fresh'], [isLast ? 6 : 1, 'none'], [earlierAliases.length ? 1 : 0, 'dup'], [0.3, 'reserved']]);
  if (aliasKind === 'fresh') {
    alias = STAGE_NAMES.find((n) => !earlierAliases.includes(n) && r.chance(0.4)) ?? `stage${index}`;
  } else if (aliasKind === 'dup') alias = r.pick(earlierAliases);
  else if (aliasKind === 'reserved') alias = r.pick(['scratch', 'context']);
  const asWord = r.chance(0.1) ? 'as' : 'AS';
  const line = ['FROM', platform ? `--platform=${platform}` : null, image, alias ? `${asWord} ${alias}` : null].filter(Boolean).join(' ');
  return { line, image, alias, family };
}

function pragmaFor(ctx, codes) {
  const r = ctx.r;
  const pool = codes.length && r.chance(0.7) ? codes : RULE_CODES;
  const list = r.some(pool, 1, 2).join(r.pick([',', ', ']));
  return r.weighted([
    [8, `# hadolint ignore=${list}`],
    [1, `#hadolint ignore=${list}`],
    [1, `# hadolint ignore=${list} # accepted for now`],
  ]);
}

function buildStage(ctx, index) {
  const r = ctx.r;
  const out = [];
  if (r.chance(0.04)) out.push(`# hadolint stage ignore=${r.some(RULE_CODES, 1, 2).join(',')}`);
  const from = fromLine(ctx, index);
  const stage = { alias: from.alias, image: from.image, index, family: from.family };
  ctx.stages.push(stage);
  out.push(from.line);
  const blocks = r.int(2, 8);
  for (let i = 0; i < blocks; i++) {
    let gen = r.weighted(BLOCKS);
    // mostly use the package manager that matches the base image
    if (stage.family && FAMILY_OF.has(gen) && FAMILY_OF.get(gen) !== stage.family && r.chance(0.7)) gen = r.weighted(BLOCKS);
    const produced = gen(ctx, stage);
    for (const instr of Array.isArray(produced) ? produced : [produced]) {
      if (r.chance(0.06)) out.push(pragmaFor(ctx, instr.codes));
      else if (r.chance(0.01)) out.push(`# hadolint stage ignore=${r.some(RULE_CODES, 1, 2).join(',')}`);
      if (r.chance(0.07)) out.push(`# ${r.pick(['install runtime deps', 'keep layers small', 'model artefacts', 'TODO: pin versions', 'see docs/serving.md'])}`);
      out.push(...instr.lines);
      if (r.chance(0.12) && instr.lines[instr.lines.length - 1] !== '') out.push('');
    }
  }
  // the last stage usually says how to start the service
  if (index === ctx.stageCount - 1 && r.chance(0.6)) {
    for (const instr of cmdBlock(ctx)) out.push(...instr.lines);
  }
  return out;
}

/** A Windows-flavoured file: escape directive, PowerShell or cmd, backtick continuations. */
function windowsFile(ctx) {
  const r = ctx.r;
  const shell = r.pick(['["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]', '["pwsh", "-NoLogo", "-Command"]', '["cmd", "/S", "/C"]']);
  const lines = ['# escape=`', `FROM mcr.microsoft.com/windows/servercore:${r.pick(['ltsc2022', 'ltsc2019'])}${r.chance(0.3) ? ' AS win' : ''}`];
  if (r.chance(0.7)) lines.push(`SHELL ${shell}`);
  lines.push(`ENV APP_HOME=C:\\app MODEL_PATH=C:\\models\\model.onnx`);
  lines.push(`RUN Invoke-WebRequest -Uri ${r.pick(URLS)} -OutFile C:\\tmp.zip ; \``, '    Expand-Archive C:\\tmp.zip -DestinationPath C:\\tools ; `', '    Remove-Item C:\\tmp.zip -Force');
  if (r.chance(0.6)) lines.push('RUN Get-ChildItem C:\\tools | Select-Object Name');
  lines.push(`WORKDIR ${r.pick(['C:\\app', 'C:/app', 'app', 'D:\\work'])}`);
  lines.push(`COPY ${r.pick(['serve.py', 'app.exe', 'model.onnx'])} ${r.pick(['.', 'C:\\app\\', 'models\\'])}`);
  if (r.chance(0.5)) lines.push('RUN pip install onnxruntime ; `', '    pip install --no-cache-dir waitress==3.0.0');
  if (r.chance(0.4)) lines.push(`USER ${r.pick(['ContainerUser', 'ContainerAdministrator'])}`);
  lines.push(`EXPOSE ${r.pick(['8080', '80 443', '70000'])}`);
  lines.push(r.pick(['CMD ["python", "serve.py"]', 'CMD python serve.py', 'ENTRYPOINT ["C:\\\\app\\\\app.exe"]']));
  return lines;
}

function generateFile(seed, index) {
  const r = new Rand(hash32(`${seed}:${index}`));
  const ctx = { r, esc: '\\', stages: [], args: [], stageCount: r.weighted([[5, 1], [5, 2], [3, 3], [1, 4]]) };
  if (r.chance(0.04)) return `${windowsFile(ctx).join('\n')}\n`;

  const head = [];
  if (r.chance(0.25)) head.push(`# syntax=docker/dockerfile:${r.pick(['1', '1.4', '1.6', '1.7', '1.7-labs'])}`);
  if (r.chance(0.1)) head.push(`# ${r.pick(['Serving image for the fraud model', 'Generated for CI', 'Build: docker build -t app .'])}`);
  if (r.chance(0.06)) head.push(`# hadolint global ignore=${r.some(RULE_CODES, 1, 3).join(',')}`);
  if (r.chance(0.2)) {
    ctx.args.push('BASE_IMAGE');
    head.push(`ARG BASE_IMAGE=${r.pick(['python:3.12-slim', 'debian:12', 'ubuntu'])}`);
    if (r.chance(0.5)) head.push(`ARG BASE_TAG=${r.pick(['3.12-slim', 'latest', '12'])}`);
  }
  if (r.chance(0.03)) head.push(r.pick(['LABEL org.opencontainers.image.title="misplaced"', 'ENV MODEL_NAME=resnet', 'RUN echo "before from"']));
  if (r.chance(0.15)) head.push('');

  const body = [];
  for (let i = 0; i < ctx.stageCount; i++) {
    if (i > 0) body.push('');
    body.push(...buildStage(ctx, i));
  }
  // Collapse runs of blank lines and make sure a heredoc terminator is
  // followed by a blank line (the hadolint parser requires one).
  const lines = [];
  for (const l of [...head, ...body]) {
    if (l === '' && lines[lines.length - 1] === '') continue;
    lines.push(l);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

export function generateCorpus({ count = DEFAULT_COUNT, seed = DEFAULT_SEED } = {}) {
  const files = [];
  const width = Math.max(4, String(count).length);
  for (let i = 0; i < count; i++) {
    files.push({ name: `gen-${String(i + 1).padStart(width, '0')}.Dockerfile`, content: generateFile(String(seed), i) });
  }
  return files;
}

export function writeCorpus(dir, options) {
  mkdirSync(dir, { recursive: true });
  const files = generateCorpus(options);
  for (const f of files) writeFileSync(join(dir, f.name), f.content);
  return files.map((f) => join(dir, f.name));
}

function parseArgs(argv) {
  const opts = { out: null, count: DEFAULT_COUNT, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--out') opts.out = val();
    else if (a === '--count') opts.count = Number(val());
    else if (a === '--seed') opts.seed = val();
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.help && !opts.out) throw new Error('--out DIR is required');
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('--count must be a non-negative integer');
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`generate.mjs: ${e.message}`);
    console.error('usage: node test/corpus/generate.mjs --out DIR [--count N] [--seed S]');
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node test/corpus/generate.mjs --out DIR [--count N] [--seed S]');
    console.log(`defaults: --count ${DEFAULT_COUNT} --seed ${DEFAULT_SEED}`);
  } else {
    const written = writeCorpus(opts.out, { count: opts.count, seed: opts.seed });
    console.log(`wrote ${written.length} Dockerfiles to ${opts.out} (seed ${opts.seed})`);
  }
}
