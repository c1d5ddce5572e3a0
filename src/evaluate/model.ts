// One ONNX model ready to evaluate: its signature read from the file, the ZipMap (if any) removed
// so onnxruntime-node can return the probabilities, an inference session, and which outputs hold
// the predicted label, the class probabilities or the regression value.
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import type { Task } from './contract.js';
import { readModel, withoutZipMap, type ModelInfo } from './onnx/model.js';
import { WireError } from './onnx/wire.js';
import type { Ort, OrtSession } from './runtime/onnxruntime.js';

export interface LoadedModel {
  /** "candidate" or "champion", for messages. */
  role: string;
  path: string;
  /** The signature as the file declares it (ZipMap outputs included), for the contract check. */
  info: ModelInfo;
  session: OrtSession;
  task: Task;
  /** Class labels in probability-column order; null for regression. */
  classes: string[] | null;
  labelOutput: string | null;
  probaOutput: string | null;
  valueOutput: string | null;
}

export interface ModelFile {
  role: string;
  /** The action input that named it, for messages. */
  input: string;
  path: string;
  bytes: Uint8Array;
  info: ModelInfo;
}

/** The file and its signature; a clear error when it is missing or not ONNX. */
export async function readModelFile(role: string, input: string, path: string): Promise<ModelFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ConfigurationError(`input \`${input}\``, path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Give the path of the ${role} .onnx file (pull-model's \`path\` output).`);
  }
  let info: ModelInfo;
  try {
    info = readModel(bytes);
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw new ConfigurationError(`input \`${input}\``, path, `is not an ONNX model (${e.message}). Check that the file is the exported .onnx, complete (not truncated) and not a Git LFS pointer.`);
  }
  return { role, input, path, bytes, info };
}

/** An inference session for the file, and which outputs hold the label, the probabilities or the value. */
export async function loadModel(ort: Ort, file: ModelFile, taskHint: Task | undefined, labelsHint: string[] | undefined): Promise<LoadedModel> {
  const { role, input, path, bytes, info } = file;
  // Built once: the session runs it and its outputs say where the probabilities are.
  const runnable = withoutZipMap(bytes, info);
  let session: OrtSession;
  try {
    session = await ort.InferenceSession.create(runnable);
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0] ?? String(e);
    const op = /implementation for ([A-Za-z0-9_]+)\(|Unrecognized attribute|No Op registered for ([A-Za-z0-9_]+)/.exec(reason);
    const hint = op ? ` The model uses an operator this onnxruntime cannot run (${op[1] ?? op[2] ?? 'see above'}); its operators: ${info.operators.join(', ')}. Export with a standard opset, or run a newer onnxruntime via \`onnxruntime-path\`.` : ' Check the model with onnx.checker, and the opset it was exported with.';
    throw new ConfigurationError(`input \`${input}\``, path, `cannot be loaded by onnxruntime: ${reason}.${hint}`);
  }
  const outputs = runnable === bytes ? info.outputs : readModel(runnable).outputs;
  const tensor = (o: (typeof outputs)[number]) => (o.type?.kind === 'tensor' ? o.type : null);
  const rankOf = (o: (typeof outputs)[number]) => tensor(o)?.shape?.length ?? null;
  const isFloat = (o: (typeof outputs)[number]) => ['float32', 'float64', 'float16'].includes(tensor(o)?.elem ?? '');
  const perRow = (o: (typeof outputs)[number]) => rankOf(o) === 1 || (rankOf(o) === 2 && tensor(o)?.shape?.[1] === 1) || rankOf(o) === null;

  const labelOutput = outputs.find((o) => ['int64', 'int32', 'string', 'bool'].includes(tensor(o)?.elem ?? '') && perRow(o))?.name ?? null;
  const probaOutput = (info.zipMap?.input ?? outputs.find((o) => isFloat(o) && rankOf(o) === 2 && tensor(o)?.shape?.[1] !== 1)?.name) ?? null;
  const classes = info.classLabels ?? labelsHint ?? null;
  const task: Task = taskHint ?? (labelOutput || probaOutput || classes ? ((classes?.length ?? 2) <= 2 ? 'binary' : 'multiclass') : 'regression');
  const valueOutput = task === 'regression' ? (outputs.find((o) => isFloat(o) && perRow(o))?.name ?? null) : null;
  if (task === 'regression' && !valueOutput) {
    throw new ConfigurationError(`input \`${input}\``, path, `has no float output of one value per row for a regression (its outputs: ${outputs.map((o) => o.name).join(', ')}). Check \`task\`.`);
  }
  if (task !== 'regression' && !labelOutput && !(probaOutput && classes)) {
    throw new ConfigurationError(
      `input \`${input}\``,
      path,
      `has neither a label output nor class probabilities with known labels (its outputs: ${outputs.map((o) => o.name).join(', ')}). For a model that outputs only probabilities, list the classes in the contract (model.labels).`,
    );
  }
  return { role, path, info, session, task, classes, labelOutput, probaOutput, valueOutput };
}

/** A .onnx file, or the one .onnx file in a folder (what pull-model leaves for an MLflow model). */
export function onnxFile(raw: string, input: string, cwd: string): string {
  const path = resolve(cwd, raw.trim());
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new ConfigurationError(`input \`${input}\``, raw, `does not exist. Give the ${input} .onnx file, or the folder pull-model wrote.`);
  }
  if (!st.isDirectory()) return path;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && depth < 3) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.onnx')) found.push(join(dir, e.name));
    }
  };
  walk(path, 0);
  if (found.length !== 1) {
    throw new ConfigurationError(`input \`${input}\``, raw, found.length ? `holds ${found.length} .onnx files (${found.map((f) => f.slice(path.length + 1)).join(', ')}); give the one to test.` : 'is a folder with no .onnx file in it. Export the model to ONNX, or give the file.');
  }
  return found[0] as string;
}
