// Layer order: Docker reuses a layer only while every layer before it is unchanged. Models change
// far more often than dependencies, so a model copied before the install re-runs the install.
import type { Instruction } from '../../dockerfile/model.js';
import type { Hit, Rule } from '../../rule.js';
import { baseName, copyPaths, installsPackages, isModelFile, MODEL_DIRS, stagesOf } from './util.js';

/** COPY/ADD of a model file or a model folder (`models/`, `./model`, `model_store`), also `--from` a stage. */
function copiesModel(inst: Instruction): boolean {
  if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') return false;
  if (inst.heredocs.length > 0) return false;
  return copyPaths(inst).sources.some((s) => isModelFile(s) || MODEL_DIRS.includes(baseName(s).toLowerCase()));
}

export const MCD1004: Rule = {
  code: 'MCD1004',
  severity: 'warning',
  message: 'Copy model files after installing dependencies, so a new model version reuses the cached install layers.',
  docs: {
    rationale:
      'Docker reuses a cached layer only while every layer before it is unchanged. A new model version is the most frequent ' +
      'change to a serving image; copied before `pip install` (or conda, uv, poetry, apt-get, apk), it invalidates the install ' +
      'layer, so every model release re-downloads and re-installs the framework (often gigabytes for torch or tensorflow), ' +
      'and the rebuilt layers can pick up different dependency versions. hadolint has no rule on layer order.',
    bad:
      'FROM python:3.12-slim\nWORKDIR /srv\nCOPY models/ /srv/models/\nCOPY requirements.txt .\n' +
      'RUN pip install --no-cache-dir --require-hashes -r requirements.txt\n',
    good:
      'FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\n' +
      'RUN pip install --no-cache-dir --require-hashes -r requirements.txt\nCOPY models/ /srv/models/\n',
  },
  check: (ctx): Hit[] => {
    const hits: Hit[] = [];
    for (const stage of stagesOf(ctx)) {
      let lastInstall = -1;
      stage.body.forEach((inst, i) => {
        if (inst.keyword === 'RUN' && ctx.shell(inst).commands.some(installsPackages)) lastInstall = i;
      });
      stage.body.forEach((inst, i) => {
        if (i < lastInstall && copiesModel(inst)) hits.push({ line: inst.line });
      });
    }
    return hits;
  },
};
