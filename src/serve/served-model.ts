// The one model a server serves: the ONNX file loaded the way test-model loads it (same runtime,
// same ZipMap handling, same input plan from the contract), the columns a request must carry with
// their types and null policy, and the types its answers use. Loading checks the model against the
// contract, so a server never starts on a model that breaks it.
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { ConfigurationError } from '../common/errors.js';
import { readContractFile, signatureDiff, type ColumnType, type Contract, type Task } from '../evaluate/contract.js';
import { planInputs, type InputPlan } from '../evaluate/features.js';
import { loadModel, onnxFile, readModelFile, type LoadedModel } from '../evaluate/model.js';
import type { ElemType } from '../evaluate/onnx/model.js';
import { ALL_METRICS } from '../evaluate/report.js';
import type { Ort } from '../evaluate/runtime/onnxruntime.js';

export type Label = string | number | boolean;

export interface Column {
  name: string;
  type: ColumnType;
  nulls: 'forbid' | 'allow';
  /** The model input this column feeds. */
  input: string;
}

export interface ServedModel {
  name: string;
  version: string;
  sha256: string;
  path: string;
  contract: Contract | null;
  model: LoadedModel;
  task: Task;
  plans: InputPlan[];
  /** What a request must carry, in the order the inputs take them. */
  columns: Column[];
  /** No contract names the columns: a request's columns are taken by position. */
  positional: boolean;
  /** The type labels are answered with; null for a regressor. */
  labelType: ColumnType | null;
  classes: Label[] | null;
  /** Output names in answers: the model's own (the ZipMap's for the probabilities). */
  labelName: string;
  probaName: string | null;
  valueName: string | null;
}

export interface ServeModelOptions {
  /** The .onnx file, or the folder holding one (what build-push layers and pull-model leaves). */
  model: string;
  /** A contract file; '' looks for model-contract.yaml beside the model, `none` serves without one. */
  contract: string;
  name: string;
  version: string;
  cwd: string;
  ort: Ort;
}

export async function loadServedModel(o: ServeModelOptions): Promise<ServedModel> {
  const path = onnxFile(o.model, 'model', o.cwd);
  const file = await readModelFile('model', 'model', path);
  const contract = await readContractFile(o.contract || besideModel(path), o.cwd, o.contract === '' || o.contract.toLowerCase() === 'none', ALL_METRICS);
  if (contract) {
    const diffs = signatureDiff(contract, file.info, 'model');
    if (diffs.length) throw new ConfigurationError('input `contract`', contract.file, `does not match the model ${path}:\n  ${diffs.join('\n  ')}\nFix the contract or serve the model it describes.`);
  }
  const model = await loadModel(o.ort, file, contract?.task, contract?.labels);
  const { plans, columns, positional } = planColumns(model, contract);
  const labelType = model.task === 'regression' ? null : labelTypeOf(model, contract);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return {
    name: o.name || basename(path).replace(/\.onnx$/i, ''),
    version: o.version || sha256.slice(0, 12),
    sha256,
    path,
    contract,
    model,
    task: model.task,
    plans,
    columns,
    positional,
    labelType,
    classes: model.classes && labelType ? model.classes.map((c) => typedLabel(c, labelType)) : null,
    labelName: model.labelOutput ?? 'label',
    probaName: model.probaOutput ? (file.info.zipMap?.output ?? model.probaOutput) : null,
    valueName: model.valueOutput,
  };
}

/** model-contract.yaml (or .yml) in the model's folder: build-push layers the two side by side. */
function besideModel(path: string): string {
  const dir = dirname(path);
  return ['model-contract.yaml', 'model-contract.yml'].map((f) => join(dir, f)).find((f) => existsSync(f)) ?? '';
}

function planColumns(model: LoadedModel, contract: Contract | null): { plans: InputPlan[]; columns: Column[]; positional: boolean } {
  const declared = contract?.columns ? Object.keys(contract.columns) : [];
  const label = contract?.label ?? '';
  const named = declared.length > 0 || !!contract?.features || !!contract?.inputColumns;
  let plans: InputPlan[];
  if (named) {
    const columns = declared.length ? declared : [...(contract?.features ?? []), ...Object.values(contract?.inputColumns ?? {}).flat()];
    plans = planInputs(model.info, 'served', {
      ...(contract?.features ? { features: contract.features } : {}),
      ...(contract?.inputColumns ? { inputColumns: contract.inputColumns } : {}),
      label,
      columns,
      source: `contract ${contract?.file}`,
    });
  } else {
    // No names: each input of one value per row is a column of its own name; a wide input's
    // columns are numbered and taken by position, as a DataFrame without column names is.
    const synthetic = model.info.inputs.flatMap((i) => {
      const shape = i.type?.kind === 'tensor' ? i.type.shape : null;
      const width = shape?.length === 2 && typeof shape[1] === 'number' ? shape[1] : 1;
      return shape?.length === 2 ? Array.from({ length: width }, (_, j) => `${i.name}[${j}]`) : [i.name];
    });
    plans = planInputs(model.info, 'served', {
      ...(model.info.inputs.length === 1 ? { features: synthetic } : { inputColumns: Object.fromEntries(model.info.inputs.map((i) => [i.name, synthetic.filter((c) => c === i.name || c.startsWith(`${i.name}[`))])) }),
      label: '',
      columns: synthetic,
      source: 'the model signature',
    });
  }
  const columns = plans.flatMap((p) =>
    p.columns.map((name): Column => {
      const c = contract?.columns?.[name];
      return { name, type: c?.type ?? columnTypeOf(p.elem), nulls: c?.nulls ?? 'forbid', input: p.input };
    }),
  );
  return { plans, columns, positional: !named && plans.length === 1 && !plans[0]?.flat };
}

/** The column type whose cells an input of this element type takes. */
export function columnTypeOf(elem: ElemType): ColumnType {
  if (elem === 'string') return 'string';
  if (elem === 'bool') return 'bool';
  if (/^u?int/.test(elem)) return 'int';
  return 'float';
}

/** The contract's type for the label column, else the label output's, else what the classes look like. */
function labelTypeOf(model: LoadedModel, contract: Contract | null): ColumnType {
  const declared = contract?.label ? contract.columns?.[contract.label]?.type : undefined;
  if (declared) return declared;
  const out = model.info.outputs.find((o) => o.name === model.labelOutput)?.type;
  if (out?.kind === 'tensor') return columnTypeOf(out.elem);
  return (model.classes ?? []).every((c) => /^-?\d+$/.test(c)) ? 'int' : 'string';
}

/** A label as predict gives it (text) in the type answers use. */
export function typedLabel(text: string, type: ColumnType): Label {
  switch (type) {
    case 'int':
    case 'float': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'bool':
      return text === 'true' || text === '1' || text === 'True';
    default:
      return text;
  }
}
