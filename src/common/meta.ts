// The actions' interfaces from their action.yml files, embedded at build time (scripts/build.mjs
// and vitest.config.ts define __ACTION_META__ from scripts/action-meta.mjs).

export interface InputMeta {
  description: string;
  default: string;
  required: boolean;
}

export interface ActionMeta {
  description: string;
  inputs: Record<string, InputMeta>;
  outputs: Record<string, { description: string }>;
}

declare const __ACTION_META__: Record<string, ActionMeta>;

export function actionMeta(name: string): ActionMeta {
  const meta = __ACTION_META__[name];
  if (!meta) throw new Error(`no action.yml was embedded for action "${name}"`);
  return meta;
}

export function actionNames(): string[] {
  return Object.keys(__ACTION_META__);
}
