// lint-dockerfile: typed inputs -> lintFiles -> report, annotations, outputs, summary, exit code.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { bool, list, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { which } from '../common/which.js';
import { FORMATS, formatReport, type RuleMeta } from '../lint/format/formats.js';
import { failsThreshold } from '../lint/lint.js';
import { ruleMetadata } from '../lint/rules/index.js';
import { lintFiles } from '../lint/run.js';
import { resolveFiles } from '../lint/files.js';
import { resolveSettings } from '../lint/settings.js';
import { countFindings, lintSummary, verdictLine } from '../lint/summary.js';
import { VERSION } from '../common/version.js';

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
  const settings = {
    config: inputs.config,
    failureThreshold: inputs.failureThreshold,
    ignore: inputs.ignore,
    trustedRegistries: inputs.trustedRegistries,
    noFail: inputs.noFail,
  };
  const { config, configFile } = await resolveSettings(settings, io.cwd, io.env, (m) => io.warning(m));
  if (configFile) io.debug(`config file: ${configFile}`);
  const files = resolveFiles(inputs.files, io.cwd);
  const shellcheck = findShellcheck(inputs.shellcheck, io);

  const results = await io.group(`Lint ${files.length} Dockerfile${files.length === 1 ? '' : 's'}`, () =>
    lintFiles({ files, cwd: io.cwd, config, shellcheck, stdin: () => readFileSync(0, 'utf8'), warn: (m) => io.warning(m) }),
  );

  const rules: Map<string, RuleMeta> = ruleMetadata();
  const report = formatReport(inputs.format, results, rules, VERSION);
  if (report) io.info(report.trimEnd());
  // The tty report is hadolint's (silent when clean); a person also wants the verdict.
  if (inputs.format === 'tty') io.info(verdictLine(results));
  if (inputs.outputFile) writeFileAtomic(resolve(io.cwd, inputs.outputFile), report, 'input `output-file`');
  const sarifPath =
    inputs.format === 'sarif' && inputs.outputFile ? resolve(io.cwd, inputs.outputFile) : join(io.tempDir, `lint-dockerfile-${process.pid}.sarif`);
  if (!(inputs.format === 'sarif' && inputs.outputFile)) writeFileAtomic(sarifPath, formatReport('sarif', results, rules, VERSION));

  if (inputs.annotations) {
    for (const r of results) {
      for (const f of r.findings) {
        if (f.severity === 'ignore') continue;
        io.annotate(ANNOTATION[f.severity], f.message, { file: r.file, line: f.line, title: `${f.code} (${f.severity})` });
      }
    }
  }

  const counts = countFindings(results);
  const all = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, line: f.line, column: f.column, code: f.code, level: f.severity, message: f.message })));
  io.setOutput('findings', String(all.length));
  io.setOutput('errors', String(counts.error));
  io.setOutput('warnings', String(counts.warning));
  io.setOutput('infos', String(counts.info));
  io.setOutput('styles', String(counts.style));
  io.setOutput('results', JSON.stringify(all));
  io.setOutput('sarif', sarifPath);

  const failing = all.filter((f) => failsThreshold(f.level, config.failureThreshold)).length;
  const failed = failing > 0 && !config.noFail;
  io.summary(lintSummary(results, failed, config.failureThreshold, config.noFail));
  if (failed) {
    io.annotate('error', `${failing} finding${failing === 1 ? '' : 's'} at or above the failure threshold \`${config.failureThreshold}\` in ${files.length} Dockerfile${files.length === 1 ? '' : 's'}.`);
    return 1;
  }
  return 0;
}

function findShellcheck(setting: string, io: ActionIO): string | null {
  if (setting === 'off') return null;
  if (setting === 'auto' || setting === '') {
    const found = which('shellcheck', io.env);
    if (!found) io.info('ShellCheck is not installed: SC checks on RUN scripts are skipped (install shellcheck, or set `shellcheck: off` to silence this).');
    return found;
  }
  const path = resolve(io.cwd, setting);
  if (!which(path.replace(/.*[\\/]/, ''), { PATH: path.replace(/[\\/][^\\/]*$/, '') })) {
    throw new ConfigurationError('input `shellcheck`', setting, 'is not an executable file. Give the path of a shellcheck binary, `auto` or `off`.');
  }
  return path;
}
