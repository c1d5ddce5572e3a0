// lint-dockerfile: typed inputs -> lintStep (src/lint/lint-step.ts) -> report, annotations, outputs, summary, exit code.
import { bool, list, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { FORMATS } from '../lint/format/formats.js';
import { lintStep } from '../lint/lint-step.js';
import { verdictLine } from '../lint/summary.js';

export const spec = {
  files: list(),
  config: string(),
  'failure-threshold': string(),
  ignore: list(),
  'trusted-registries': list(),
  format: oneOf(FORMATS),
  'output-file': output('file or device'),
  annotations: bool(),
  'no-fail': bool(),
  shellcheck: string(),
};

const ANNOTATION = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' } as const;

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('lint-dockerfile', spec, io);
  const r = await lintStep(inputs, io);
  if (r.report) io.info(r.report.trimEnd());
  // The tty report is hadolint's (silent when clean); a person also wants the verdict.
  if (inputs.format === 'tty') io.info(verdictLine(r.results));
  if (inputs.annotations) {
    for (const f of r.findings) {
      if (f.level !== 'ignore') io.annotate(ANNOTATION[f.level], f.message, { file: f.file, line: f.line, title: `${f.code} (${f.level})` });
    }
  }
  io.setOutput('findings', String(r.findings.length));
  io.setOutput('errors', String(r.counts.error));
  io.setOutput('warnings', String(r.counts.warning));
  io.setOutput('infos', String(r.counts.info));
  io.setOutput('styles', String(r.counts.style));
  io.setOutput('results', JSON.stringify(r.findings));
  io.setOutput('sarif', r.sarifPath);
  io.summary(r.summary);
  if (r.failed) {
    io.annotate('error', r.failure);
    return 1;
  }
  return 0;
}
