// What the contract says about the endpoint: the feature columns a request carries (with their types
// and null policy), the task, the label type and classes answers must use, and which outputs hold
// the label, the probabilities or the value. Without a contract, only what the data shows.
import type { ColumnType, Contract, ContractTensor, Task } from '../evaluate/contract.js';

export interface Feature {
  name: string;
  type: ColumnType;
  nulls: 'forbid' | 'allow';
}

export interface Expectations {
  /** Where it came from, for messages: "contract model-contract.yaml". */
  source: string | null;
  task: Task | null;
  /** The type labels must have in answers; null: not declared. */
  labelType: ColumnType | null;
  /** Declared labels (as text); null: not declared. */
  classes: string[] | null;
  labelOutput: string | null;
  probaOutput: string | null;
  valueOutput: string | null;
  /** The label (target) column of the data, never sent. */
  labelColumn: string;
  /** Model inputs the contract declares, for v2 requests in tensor form. */
  inputs: ContractTensor[];
  /** Columns per model input, from the contract's data.features (one input) or data.inputs. */
  inputColumns: Record<string, string[]> | null;
  /** The declared feature columns in order; null: take them from the data. */
  features: Feature[] | null;
}

const LABEL_ELEMS: Record<string, ColumnType> = { int64: 'int', int32: 'int', int16: 'int', int8: 'int', uint8: 'int', string: 'string', bool: 'bool' };

export function expectationsOf(c: Contract | null): Expectations {
  const outputs = c?.outputs ?? [];
  const label = outputs.find((o) => LABEL_ELEMS[o.type] !== undefined);
  const proba = outputs.find((o) => /^seq\(map\(/.test(o.type) || (/^float/.test(o.type) && o.shape?.length === 2 && o.shape[1] !== 1));
  const value = c?.task === 'regression' ? outputs.find((o) => /^float/.test(o.type)) : undefined;
  const labelColumn = c?.label ?? 'label';
  const declaredLabel = c?.columns?.[labelColumn]?.type;
  const task = c?.task ?? (label || proba ? (c?.labels && c.labels.length > 2 ? 'multiclass' : 'binary') : value ? 'regression' : null);
  return {
    source: c ? `contract ${c.file}` : null,
    task,
    labelType: task === 'regression' ? null : (declaredLabel ?? (label ? (LABEL_ELEMS[label.type] as ColumnType) : null)),
    classes: c?.labels ?? null,
    labelOutput: label?.name ?? null,
    probaOutput: proba?.name ?? null,
    valueOutput: value?.name ?? null,
    labelColumn,
    inputs: c?.inputs ?? [],
    inputColumns: c?.inputColumns ?? (c?.features && c.inputs?.length === 1 ? { [(c.inputs[0] as ContractTensor).name]: c.features } : null),
    features: featuresOf(c, labelColumn),
  };
}

function featuresOf(c: Contract | null, labelColumn: string): Feature[] | null {
  if (!c) return null;
  const names = c.features ?? (c.inputColumns ? Object.values(c.inputColumns).flat() : c.columns ? Object.keys(c.columns).filter((n) => n !== labelColumn) : null);
  if (!names) return null;
  return names.map((name) => ({ name, type: c.columns?.[name]?.type ?? 'float', nulls: c.columns?.[name]?.nulls ?? 'forbid' }));
}

/** Whether a JSON value in an answer has the declared label type (a string "1" is not an int). */
export function hasType(v: unknown, t: ColumnType): boolean {
  switch (t) {
    case 'int':
      return typeof v === 'number' && Number.isInteger(v);
    case 'float':
      return typeof v === 'number';
    case 'string':
      return typeof v === 'string';
    case 'bool':
      return typeof v === 'boolean';
  }
}

export const TYPE_WORDS: Record<ColumnType, string> = { int: 'int (a JSON integer)', float: 'float (a JSON number)', string: 'string (a JSON string)', bool: 'bool (JSON true or false)' };
