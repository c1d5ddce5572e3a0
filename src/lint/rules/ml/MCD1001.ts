// Model weights fetched at build time must be checked against a known digest: the serving image
// otherwise ships whatever the URL, bucket or hub returned that day.
import type { Instruction } from '../../dockerfile/model.js';
import { parsePairs, splitWords } from '../../dockerfile/syntax.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { getArgs, getArgsNoFlags, hasAnyFlag, hasFlag, type Command } from '../../shell/commands.js';
import { copyPaths, inModelDir, isModelArchive, isModelFile, isRegistryUri, isUrl, pythonCode, stagesOf } from './util.js';

const program = (cmd: Command): string => cmd.name.slice(cmd.name.lastIndexOf('/') + 1);

/** Any model-looking path or URI among the words. */
const namesModel = (words: string[]): boolean => words.some((w) => isModelFile(w) || isRegistryUri(w));

/** Python calls that download a model from a hub or registry, whatever they are given. */
const PY_HUB_FETCHES = ['snapshot_download', 'hf_hub_download', 'download_artifacts'];

/** Python calls that download a URL or an object: a fetch when the code names a model file or URI. */
const PY_DOWNLOADS = ['urlretrieve', 'urlopen', 'requests.get', 'httpx.get', 'download_file', 'download_fileobj', 'download_to_filename'];

/** Whether `python -c CODE` fetches a model. The code is one shell word; its words are read loosely. */
function pythonFetches(code: string): boolean {
  if (PY_HUB_FETCHES.some((f) => code.includes(f))) return true;
  // `from_pretrained('org/model')` downloads; `from_pretrained('/models/bert')` or `local_files_only=True` loads a local copy.
  const pretrained = /from_pretrained\(\s*(['"]?)([^'",)]*)/.exec(code);
  if (pretrained && !code.includes('local_files_only=True') && !(pretrained[1] && /^[./]/.test(pretrained[2] as string))) return true;
  return PY_DOWNLOADS.some((f) => code.includes(f)) && namesModel(code.split(/[\s'"(),;[\]{}]+/));
}

/** ARG defaults and ENV values set so far in a stage, by name. */
type Vars = Map<string, string>;

function setVars(inst: Instruction, vars: Vars): void {
  if (inst.keyword === 'ENV') for (const { key, value } of parsePairs(inst.args)) vars.set(key, value);
  if (inst.keyword === 'ARG') {
    for (const w of splitWords(inst.args)) {
      const eq = w.indexOf('=');
      if (eq > 0) vars.set(w.slice(0, eq), w.slice(eq + 1));
    }
  }
}

/** The command with `${NAME}` replaced by the stage's known values (`ARG MODEL_URL=https://.../model.onnx`). */
function withVars(cmd: Command, vars: Vars): Command {
  if (vars.size === 0) return cmd;
  const sub = (a: string) => a.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name: string) => vars.get(name) ?? m);
  return { ...cmd, arguments: cmd.arguments.map((a) => ({ ...a, arg: sub(a.arg) })) };
}

/** Object-store copy tools: the subcommand that copies, and where the source URL sits. */
function objectStoreCopy(cmd: Command): string[] | null {
  const args = getArgsNoFlags(cmd);
  const p = program(cmd);
  const sub = (i: number, names: string[]) => names.includes(args[i] ?? '');
  if (p === 'aws' && args[0] === 's3' && sub(1, ['cp', 'sync'])) return args.slice(2);
  if (p === 's5cmd' && sub(0, ['cp', 'sync'])) return args.slice(1);
  if (p === 'gsutil') {
    const at = args.findIndex((a) => a === 'cp' || a === 'rsync');
    return at >= 0 ? args.slice(at + 1) : null;
  }
  if (p === 'gcloud' && args[0] === 'storage' && sub(1, ['cp', 'rsync'])) return args.slice(2);
  if (p === 'az' && args[0] === 'storage' && args[1] === 'blob' && sub(2, ['download', 'download-batch'])) return getArgs(cmd);
  if (p === 'azcopy' && sub(0, ['copy', 'cp', 'sync'])) return args.slice(1);
  if (p === 'rclone' && sub(0, ['copy', 'copyto', 'sync'])) return args.slice(1);
  if (p === 'mc' && sub(0, ['cp', 'mirror'])) return args.slice(1);
  return null;
}

/** Whether a command fetches a model: a model file or folder from a URL, bucket, hub or registry. */
export function fetchesModel(cmd: Command): boolean {
  const p = program(cmd);
  const args = getArgs(cmd);
  if (p === 'curl' || p === 'wget') {
    // Uploads (`curl -T model.onnx`, `curl -F file=@model.onnx`) are not fetches.
    if (hasAnyFlag(['T', 'upload-file', 'F', 'form', 'd', 'data', 'data-binary', 'post-file'], cmd)) return false;
    return namesModel(args) || args.some((a) => isUrl(a) && isModelArchive(a));
  }
  if ((p === 'huggingface-cli' || p === 'hf') && args[0] === 'download') {
    const type = args[args.indexOf('--repo-type') + 1];
    const typeInline = args.find((a) => a.startsWith('--repo-type='))?.slice('--repo-type='.length);
    return !['dataset', 'space'].includes((args.includes('--repo-type') ? type : typeInline) ?? 'model');
  }
  if (p === 'mlflow' && args[0] === 'artifacts' && args[1] === 'download') return true;
  if (p === 'mlflow' && args[0] === 'models' && args[1] === 'serve') return false;
  const store = objectStoreCopy(cmd);
  if (store) {
    // Downloads only: a remote source (`s3://`, `gs://`, an rclone `remote:path`) before the destination.
    const remote = p === 'az' || store.slice(0, -1).some((a) => isUrl(a) || /^[\w-]+:/.test(a));
    return remote && store.some((a) => isModelFile(a) || inModelDir(a));
  }
  const code = pythonCode(cmd);
  if (code !== null) return pythonFetches(code);
  // Any other program handed a registry URI (`mlflow models prepare-env -m models:/fraud@champion`,
  // `python fetch.py runs:/abc/model`) fetches it; printing one is not a fetch.
  return !['echo', 'printf', 'cat', 'tee'].includes(p) && args.some(isRegistryUri);
}

const SUM_TOOLS = ['sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'b2sum', 'shasum', 'sha3sum'];

/** Commands that compare a computed digest with an expected one when a sum tool is also run. */
const COMPARERS = ['test', '[', 'grep', 'cmp', 'diff'];

/** Whether a RUN checks a digest or a signature. */
function verifies(commands: Command[]): boolean {
  const check = commands.some((c) => {
    const p = program(c);
    if (SUM_TOOLS.includes(p)) return hasFlag('c', c) || hasFlag('check', c);
    const args = getArgs(c);
    if (p === 'cosign' && args[0] === 'verify-blob') return true;
    if (p === 'gpg' && (hasFlag('verify', c) || args.includes('--verify'))) return true;
    if (p === 'gpgv') return true;
    if (p === 'minisign' && hasFlag('V', c)) return true;
    const code = pythonCode(c);
    return code !== null && code.includes('hashlib');
  });
  if (check) return true;
  // `test "$(sha256sum m.onnx | cut -c1-64)" = "$SHA"` or `sha256sum m.onnx | grep -q "$SHA"`.
  const sums = commands.some((c) => SUM_TOOLS.includes(program(c)) || (program(c) === 'openssl' && getArgs(c)[0] === 'dgst'));
  return sums && commands.some((c) => COMPARERS.includes(program(c)));
}

/** `ADD <url-of-a-model> <dest>` without `--checksum`. */
function uncheckedAdd(inst: Instruction, vars: Vars): boolean {
  if (inst.keyword !== 'ADD' || inst.flags.some((f) => f.name === 'checksum' && f.value)) return false;
  const sub = (a: string) => a.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name: string) => vars.get(name) ?? m);
  const paths = copyPaths(inst);
  const sources = paths.sources.map(sub);
  const dest = paths.dest === null ? null : sub(paths.dest);
  const urls = sources.filter(isUrl);
  return urls.length > 0 && (urls.some((u) => isModelFile(u) || isModelArchive(u)) || (dest !== null && isModelFile(dest)));
}

export const MCD1001: Rule = {
  code: 'MCD1001',
  severity: 'warning',
  message:
    'Verify model files fetched at build time: use `ADD --checksum=sha256:<digest>` or check them with `sha256sum -c` after the download.',
  docs: {
    rationale:
      'A model downloaded during the build (curl, wget, aws s3 cp, gsutil, huggingface-cli/hf download, mlflow artifacts download, ' +
      'from_pretrained) is whatever the source returns at that moment: a moved alias, a re-uploaded file or a tampered bucket ' +
      'changes what the image serves without any change to the Dockerfile. Pickle-based formats (.pt, .pkl, .joblib) also run ' +
      'code when loaded. hadolint has no rule on downloaded content.',
    bad: 'FROM python:3.12-slim\nRUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx\n',
    good:
      'FROM python:3.12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' +
      'ARG MODEL_SHA256=4f1c2a6b9d0e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a\n' +
      'RUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx \\\n' +
      ' && echo "${MODEL_SHA256}  /models/model.onnx" | sha256sum -c -\n',
  },
  check: (ctx: RuleContext): Hit[] => {
    const hits: Hit[] = [];
    for (const stage of stagesOf(ctx)) {
      const vars: Vars = new Map();
      // A check in this RUN or a later RUN of the stage still fails the build before the image exists.
      let lastCheck = -1;
      stage.body.forEach((inst, i) => {
        if (inst.keyword === 'RUN' && verifies(ctx.shell(inst).commands)) lastCheck = i;
      });
      stage.body.forEach((inst, i) => {
        setVars(inst, vars);
        if (uncheckedAdd(inst, vars)) hits.push({ line: inst.line });
        if (inst.keyword === 'RUN') {
          const commands = ctx.shell(inst).commands.map((c) => withVars(c, vars));
          if (commands.some(fetchesModel) && lastCheck < i) hits.push({ line: inst.line });
        }
        if (inst.keyword === 'ONBUILD' && inst.inner) {
          const inner = inst.inner;
          if (uncheckedAdd(inner, new Map())) hits.push({ line: inst.line });
          else if (inner.keyword === 'RUN') {
            const commands = ctx.shell(inner).commands;
            if (commands.some(fetchesModel) && !verifies(commands)) hits.push({ line: inst.line });
          }
        }
      });
    }
    return hits;
  },
};
