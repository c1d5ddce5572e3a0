// rollout: typed inputs -> rollout -> outputs, summary, exit code (1 unless promoted or paused).
import { resolve, join } from 'node:path';
import { list, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { runnerOrtOptions } from '../evaluate/runtime/onnxruntime.js';
import { rollout } from '../rollout/rollout.js';

export const spec = {
  strategy: oneOf(['canary', 'blue-green'] as const),
  mode: oneOf(['auto', 'start', 'promote', 'abort', 'init'] as const),
  provider: oneOf(['nginx'] as const),
  stable: string(),
  canary: string(),
  revision: string(),
  steps: string(),
  analysis: string(),
  'background-analysis': list(),
  'pre-promotion-analysis': list(),
  'post-promotion-analysis': list(),
  'scale-down-delay': string(),
  'ready-path': string(),
  'ready-timeout': string(),
  'nginx-snippet': string(),
  'nginx-upstream': string(),
  'nginx-command': list(),
  'ssh-host': string(),
  'report-dir': output('folder'),
  'onnxruntime-path': string(),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('rollout', spec, io);
  const r = await rollout({
    ...inputs,
    nginxSnippet: inputs.nginxSnippet && resolve(io.cwd, inputs.nginxSnippet),
    reportDir: resolve(io.cwd, inputs.reportDir.trim() || join(io.tempDir, 'rollout')),
    commit: io.env.GITHUB_SHA ?? '',
    cwd: io.cwd,
    ort: runnerOrtOptions(io.env, inputs.onnxruntimePath.trim(), io.cwd, (m) => io.info(m)),
    env: io.env,
    now: () => Date.now(),
    log: (l) => io.info(l),
  });
  const { outcome } = r;
  io.setOutput('status', outcome.status);
  io.setOutput('revision', outcome.revision);
  io.setOutput('weight', String(outcome.weight));
  const f = outcome.failure;
  io.setOutput('rollback-seconds', f && f.breachAt !== null ? String(Number(((f.trafficBackAt - f.breachAt) / 1000).toFixed(3))) : '');
  io.setOutput('measurements', JSON.stringify(r.series));
  io.setOutput('report', r.reportPath);
  io.summary(r.summary);
  // Aborted on request is what was asked; rolled back, or aborted by a failure, fails the step.
  const ok = outcome.status === 'promoted' || outcome.status === 'paused' || (outcome.status === 'aborted' && inputs.mode === 'abort');
  if (!ok && f) io.annotate('error', `${outcome.status}: ${f.message}`, { title: 'rollout' });
  return ok ? 0 : 1;
}
