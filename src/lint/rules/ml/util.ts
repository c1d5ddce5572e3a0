// What the ML-serving rules share: stages and the stages they build on, what counts as a model
// file, which commands start a model server, fetch a model, verify a checksum or install packages.
import type { Instruction } from '../../dockerfile/model.js';
import { parseFrom, splitWords, type BaseImage } from '../../dockerfile/syntax.js';
import type { RuleContext } from '../../rule.js';
import { getArgs, getArgsNoFlags, isPipInstall, parseCommands, type Command } from '../../shell/commands.js';

// ---- Stages ----

export interface Stage {
  from: Instruction;
  base: BaseImage;
  /** The instructions after FROM up to the next FROM. */
  body: Instruction[];
  /** Index of the earlier stage this one is built FROM, or -1 for an image. */
  parent: number;
}

export function stagesOf(ctx: RuleContext): Stage[] {
  const stages: Stage[] = [];
  // Latest stage index by alias (case-insensitive): a FROM names an earlier stage, never a later one.
  const byAlias = new Map<string, number>();
  for (const inst of ctx.instructions) {
    if (inst.keyword === 'FROM') {
      const base = parseFrom(inst);
      const plain = base.tag === null && base.digest === null && base.registry === null;
      const parent = plain ? (byAlias.get(base.name.toLowerCase()) ?? -1) : -1;
      stages.push({ from: inst, base, body: [], parent });
      if (base.alias !== null) byAlias.set(base.alias.toLowerCase(), stages.length - 1);
    } else stages[stages.length - 1]?.body.push(inst);
  }
  return stages;
}

/**
 * The stage and the earlier stages it is built FROM, oldest first: what the stage inherits
 * (USER, ENV, HEALTHCHECK, EXPOSE, CMD) comes from all of them.
 */
export function stageChain(stages: Stage[], index: number): Stage[] {
  const chain: Stage[] = [];
  for (let i = index; i >= 0; i = (stages[i] as Stage).parent) chain.unshift(stages[i] as Stage);
  return chain;
}

/** The instructions a stage sees, its ancestors' first. */
export const chainBody = (chain: Stage[]): Instruction[] => chain.flatMap((s) => s.body);

/**
 * Images (by name, whatever registry serves them) whose default user is not root: micromamba's
 * `mambauser`, Ray's `ray`, TorchServe's `model-server`, MLServer's uid 1000, Jupyter's `jovyan`,
 * Windows Nano Server's `ContainerUser`.
 */
const NON_ROOT_IMAGES = [
  /^mambaorg\/micromamba$/,
  /^rayproject\/ray(-ml)?$/,
  /^pytorch\/torchserve$/,
  /^seldonio\/mlserver$/,
  /^jupyter\//,
  /^windows\/nanoserver$/,
];

/** Base images known to set a non-root user: distroless `nonroot` tags, Chainguard images, a few ML images. */
export function knownNonRootBase(base: BaseImage): boolean {
  const name = base.name.toLowerCase();
  if ((base.tag ?? '').toLowerCase().includes('nonroot')) return true;
  if (name.startsWith('chainguard/') || name.includes('/chainguard/')) return true;
  // Registry mirrors prefix the name with their own path: match its end.
  return NON_ROOT_IMAGES.some((re) => re.test(name) || re.test(name.split('/').slice(-2).join('/')));
}

// ---- Paths ----

export const MODEL_EXTENSIONS = [
  '.onnx',
  '.pt',
  '.pth',
  '.bin',
  '.safetensors',
  '.pkl',
  '.joblib',
  '.h5',
  '.keras',
  '.gguf',
  '.tflite',
  '.pb',
  '.ckpt',
  '.pmml',
  '.mar',
];

/** Folder names that hold models in the usual layouts (TorchServe's model store, Triton's repository). */
export const MODEL_DIRS = ['model', 'models', 'weights', 'checkpoints', 'model_store', 'model-store', 'model_repository', 'model-repository'];

/** URI schemes of model registries: MLflow models, runs and artifacts, the Hugging Face Hub. */
const REGISTRY_PREFIXES = ['models:/', 'runs:/', 'mlflow-artifacts:/', 'hf://'];

/** A path or URL without its query string and fragment. */
function pathPart(s: string): string {
  let p = s;
  if (p.includes('://')) {
    const cut = p.search(/[?#]/);
    if (cut >= 0) p = p.slice(0, cut);
  }
  return p;
}

export const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** A file name with a model extension (`model.onnx`, `*.safetensors`, `https://x/m.pt?dl=1`). */
export function isModelFile(s: string): boolean {
  const p = pathPart(s).toLowerCase();
  const base = p.slice(p.lastIndexOf('/') + 1);
  return MODEL_EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length);
}

export const isRegistryUri = (s: string): boolean => REGISTRY_PREFIXES.some((p) => s.toLowerCase().startsWith(p));

const ARCHIVES = ['.tar.gz', '.tgz', '.tar', '.zip', '.tar.xz', '.tar.zst', '.tar.bz2'];

/**
 * An archive that holds a model: named after one (`model.tar.gz`, the TorchServe and SageMaker
 * convention; `model.onnx.zip`) or kept in a model folder (`https://x/models/resnet.tar.gz`).
 */
export function isModelArchive(s: string): boolean {
  const p = pathPart(s).toLowerCase();
  const ext = ARCHIVES.find((a) => p.endsWith(a));
  if (!ext) return false;
  const stem = p.slice(0, -ext.length);
  return MODEL_DIRS.includes(baseName(stem)) || isModelFile(stem) || inModelDir(p.slice(0, p.lastIndexOf('/') + 1));
}

/** A path one of whose folders is a model folder (`s3://b/models/fraud/3/`, `/opt/models`). */
export function inModelDir(s: string): boolean {
  const p = pathPart(s).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return p.split('/').some((seg) => MODEL_DIRS.includes(seg.toLowerCase()));
}

/** The last path component without trailing slashes or a leading `./`. */
export function baseName(s: string): string {
  const p = s.replace(/\/+$/, '');
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The sources and destination of COPY/ADD, in either form (flags are already split off). */
export function copyPaths(inst: Instruction): { sources: string[]; dest: string | null } {
  const words = inst.json ?? splitWords(inst.args);
  if (words.length < 2) return { sources: [], dest: null };
  return { sources: words.slice(0, -1), dest: words[words.length - 1] as string };
}

// ---- Commands ----

/** The program a word runs: its base name (`/opt/venv/bin/uvicorn` -> `uvicorn`). */
const prog = (w: string): string => w.slice(w.lastIndexOf('/') + 1);

const isPython = (name: string): boolean => /^python[0-9.]*$/.test(prog(name));

const SHELLS = ['sh', 'bash', 'dash', 'ash', 'zsh'];

/**
 * The commands a CMD or ENTRYPOINT runs, each as its words: the exec form as written, the shell
 * form through the shell parser, and the script of `sh -c '...'` parsed again.
 */
export function commandLines(ctx: RuleContext, inst: Instruction): string[][] {
  const lines: string[][] = inst.json ? [inst.json] : ctx.shell(inst).commands.map(wordsOf);
  const out: string[][] = [];
  for (const words of lines) {
    out.push(words);
    if (SHELLS.includes(prog(words[0] ?? ''))) {
      const script = words[words.indexOf('-c') + 1];
      if (words.includes('-c') && script !== undefined) out.push(...parseCommands(script).commands.map(wordsOf));
    }
  }
  return out;
}

/**
 * A command's words. The shell reading names `exec uvicorn ...` after `uvicorn` but keeps `uvicorn`
 * as its first argument (as ShellCheck does): the name is not repeated then.
 */
function wordsOf(c: Command): string[] {
  const args = getArgs(c);
  return args[0] !== undefined && prog(args[0]) === prog(c.name) ? args : [c.name, ...args];
}

/** Programs that are a model or web server on their own. */
const SERVERS = [
  'uvicorn',
  'gunicorn',
  'hypercorn',
  'granian',
  'daphne',
  'waitress-serve',
  'torchserve',
  'tritonserver',
  'tensorflow_model_server',
  'text-generation-launcher',
  'text-embeddings-router',
  'seldon-core-microservice',
  'llama-server',
];

/** Programs that serve with a subcommand: `bentoml serve`, `mlflow models serve`, Ray's `serve run`. */
const SERVER_SUBCOMMANDS: Record<string, string[][]> = {
  bentoml: [['serve'], ['serve-http'], ['serve-grpc']],
  mlflow: [['models', 'serve']],
  mlserver: [['start']],
  vllm: [['serve']],
  serve: [['run']],
  ollama: [['serve']],
  flask: [['run']],
  fastapi: [['run']],
};

/** Python modules that serve when run with `python -m` (any submodule, e.g. `vllm.entrypoints.openai.api_server`). */
const SERVER_MODULES = ['uvicorn', 'gunicorn', 'hypercorn', 'granian', 'daphne', 'waitress', 'vllm', 'sglang', 'text_generation_server', 'llama_cpp', 'kserve'];

const startsWithWords = (words: string[], at: number, seq: string[]): boolean => seq.every((w, j) => words[at + j] === w);

/** Programs that run the rest of the line as a command, after their own options. */
const WRAPPERS = ['tini', 'tini-static', 'dumb-init', 'catatonit', 'exec', 'nice', 'nohup', 'env', 'opentelemetry-instrument', 'ddtrace-run'];
/** Wrappers whose first operand is a user, not the command (`gosu app uvicorn ...`). */
const USER_WRAPPERS = ['gosu', 'su-exec'];
/** Environment managers that run a command with `<tool> run [options] cmd ...`. */
const RUNNERS = ['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'pixi', 'conda', 'mamba', 'micromamba'];
/** Options of those runners that take a value as the next word. */
const RUNNER_VALUE_OPTIONS = ['-n', '--name', '-p', '--prefix', '-e', '--env', '--environment', '--with', '--python', '--project', '--directory'];

/** Skips options (and, for runners, the values of the options that take one) from `i`. */
function skipOptions(words: string[], i: number, valued: string[]): number {
  let j = i;
  while (j < words.length) {
    const w = words[j] as string;
    if (w === '--') return j + 1;
    if (!w.startsWith('-') && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) return j;
    j += valued.includes(w) ? 2 : 1;
  }
  return j;
}

/** The position of the program a command line runs, past wrappers such as `tini --`, `gosu app`, `uv run`. */
function programIndex(words: string[]): number {
  let i = 0;
  for (let guard = 0; guard < 8 && i < words.length; guard++) {
    const p = prog(words[i] as string);
    if (WRAPPERS.includes(p)) i = skipOptions(words, i + 1, []);
    else if (USER_WRAPPERS.includes(p)) i = skipOptions(words, i + 1, []) + 1;
    else if (RUNNERS.includes(p) && words[i + 1] === 'run') i = skipOptions(words, i + 2, RUNNER_VALUE_OPTIONS);
    else if (p === 'newrelic-admin' && words[i + 1] === 'run-program') i += 2;
    else break;
  }
  return i;
}

/** Whether a command line starts a known model server, also behind wrappers (`tini --`, `uv run`, `conda run -n env`). */
export function startsServer(words: string[]): boolean {
  const i = programIndex(words);
  const p = prog(words[i] ?? '');
  if (SERVERS.includes(p)) return true;
  if (SERVER_SUBCOMMANDS[p]?.some((seq) => startsWithWords(words, i + 1, seq))) return true;
  if (isPython(p)) {
    // `python -u -m uvicorn ...`: the module comes after the interpreter's own options.
    let m = i + 1;
    while (m < words.length && words[m] !== '-m' && (words[m] as string).startsWith('-') && words[m] !== '-c') m++;
    if (words[m] !== '-m') return false;
    const root = (words[m + 1] ?? '').split('.')[0] as string;
    if (SERVER_MODULES.includes(root)) return true;
    return SERVER_SUBCOMMANDS[root]?.some((seq) => startsWithWords(words, m + 2, seq)) ?? false;
  }
  return false;
}

/**
 * Whether the stage (with what it inherits) is a serving image: it EXPOSEs a port, or its
 * effective CMD or ENTRYPOINT starts a known model server.
 */
export function isServing(ctx: RuleContext, chain: Stage[]): boolean {
  const body = chainBody(chain);
  if (body.some((i) => i.keyword === 'EXPOSE')) return true;
  const last = (kw: 'CMD' | 'ENTRYPOINT') => body.filter((i) => i.keyword === kw).at(-1);
  const entry = last('ENTRYPOINT');
  const cmd = last('CMD');
  // An exec-form CMD is the exec-form ENTRYPOINT's arguments: `ENTRYPOINT ["python", "-m"]` + `CMD ["uvicorn", ...]`.
  if (entry?.json && cmd?.json && startsServer([...entry.json, ...cmd.json])) return true;
  return [entry, cmd].some((inst) => inst !== undefined && commandLines(ctx, inst).some(startsServer));
}

/** Whether a RUN has a `--mount=type=secret` flag. */
export function hasSecretMount(inst: Instruction): boolean {
  return inst.flags.some((f) => f.name === 'mount' && f.value !== null && f.value.split(',').some((o) => o.trim().toLowerCase() === 'type=secret'));
}

/** Whether a command runs Python code rather than a tool (`python -m pip` is pip). */
export function runsPythonCode(cmd: Command): boolean {
  if (!isPython(cmd.name)) return false;
  const args = getArgs(cmd);
  const m = args.indexOf('-m');
  return !(m >= 0 && ['pip', 'venv', 'ensurepip', 'compileall'].includes(args[m + 1] ?? ''));
}

/** The code of `python -c CODE`, when the command is one. */
export function pythonCode(cmd: Command): string | null {
  if (!isPython(cmd.name)) return null;
  const args = getArgs(cmd);
  const c = args.indexOf('-c');
  return c >= 0 ? (args[c + 1] ?? null) : null;
}

/** Whether a command installs packages: pip, uv, conda/mamba, poetry, pipenv, pdm, apt, apk, dnf/yum. */
export function installsPackages(cmd: Command): boolean {
  if (isPipInstall(cmd)) return true;
  const args = getArgsNoFlags(cmd);
  const [a0, a1] = args;
  switch (prog(cmd.name)) {
    case 'uv':
      return (a0 === 'pip' && (a1 === 'install' || a1 === 'sync')) || a0 === 'sync';
    case 'conda':
    case 'mamba':
    case 'micromamba':
      return a0 === 'install' || a0 === 'create' || a0 === 'update' || (a0 === 'env' && (a1 === 'create' || a1 === 'update'));
    case 'poetry':
    case 'pipenv':
    case 'pdm':
      return a0 === 'install' || a0 === 'sync';
    case 'apt-get':
    case 'apt':
    case 'dnf':
    case 'yum':
    case 'microdnf':
      return args.includes('install');
    case 'apk':
      return args.includes('add');
    default:
      return false;
  }
}

/**
 * The final stage with the stages it is built on (first = the base), when it is a serving image;
 * null otherwise. What MCD1002 and MCD1003 both look at.
 */
export function servingFinalChain(ctx: RuleContext): { chain: Stage[]; final: Stage } | null {
  const stages = stagesOf(ctx);
  if (stages.length === 0) return null;
  const chain = stageChain(stages, stages.length - 1);
  return isServing(ctx, chain) ? { chain, final: chain[chain.length - 1] as Stage } : null;
}
