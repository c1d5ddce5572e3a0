// lint-dockerfile's core: the step's inputs -> settings, files and ShellCheck found -> lintFiles ->
// the report (printed and written), the SARIF file, the findings, the verdict and the summary.
// The entry prints, annotates and writes the outputs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import type { StepContext } from '../common/io.js';
import { VERSION } from '../common/version.js';
import { which } from '../common/which.js';
import { resolveFiles } from './files.js';
import { formatReport, type FileFindings, type Format } from './format/formats.js';
import { failsThreshold } from './lint.js';
import { ruleMetadata } from './rules/index.js';
import type { Severity } from './rule.js';
import { lintFiles } from './run.js';
import { resolveSettings } from './settings.js';
import { countFindings, lintSummary } from './summary.js';

export interface LintStepInputs {
  files: string[];
  config: string;
  failureThreshold: string;
  ignore: string[];
  trustedRegistries: string[];
  format: Format;
  outputFile: string;
  noFail: boolean;
  shellcheck: string;
}

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  level: Severity;
  message: string;
}

export interface LintStepResult {
  results: FileFindings[];
  /** The report in the chosen format ('' for a clean tty run, as hadolint prints nothing). */
  report: string;
  sarifPath: string;
  findings: LintFinding[];
  counts: ReturnType<typeof countFindings>;
  /** Whether findings at or above the failure threshold fail the step. */
  failed: boolean;
  summary: string;
  /** The error line a failed step ends with. */
  failure: string;
}

export async function lintStep(inputs: LintStepInputs, io: Pick<StepContext, 'debug' | 'group' | 'info' | 'env' | 'cwd' | 'tempDir'> & { warning(m: string): void }): Promise<LintStepResult> {
  const { config, configFile } = await resolveSettings(inputs, io.cwd, io.env, (m) => io.warning(m));
  if (configFile) io.debug(`config file: ${configFile}`);
  const files = resolveFiles(inputs.files, io.cwd);
  const shellcheck = findShellcheck(inputs.shellcheck, io);
  const results = await io.group(`Lint ${files.length} Dockerfile${files.length === 1 ? '' : 's'}`, () =>
    lintFiles({ files, cwd: io.cwd, config, shellcheck, stdin: () => readFileSync(0, 'utf8'), warn: (m) => io.warning(m) }),
  );

  const rules = ruleMetadata();
  const report = formatReport(inputs.format, results, rules, VERSION);
  const outputFile = inputs.outputFile ? resolve(io.cwd, inputs.outputFile) : '';
  if (outputFile) writeFileAtomic(outputFile, report, 'input `output-file`');
  // A SARIF file is always there for an upload step, the report itself when it is one.
  const sarifPath = inputs.format === 'sarif' && outputFile ? outputFile : join(io.tempDir, `lint-dockerfile-${process.pid}.sarif`);
  if (sarifPath !== outputFile) writeFileAtomic(sarifPath, formatReport('sarif', results, rules, VERSION));

  const findings = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, line: f.line, column: f.column, code: f.code, level: f.severity, message: f.message })));
  const failing = findings.filter((f) => failsThreshold(f.level, config.failureThreshold)).length;
  const failed = failing > 0 && !config.noFail;
  const dockerfiles = `${files.length} Dockerfile${files.length === 1 ? '' : 's'}`;
  return {
    results,
    report,
    sarifPath,
    findings,
    counts: countFindings(results),
    failed,
    summary: lintSummary(results, failed, config.failureThreshold, config.noFail),
    failure: `${failing} finding${failing === 1 ? '' : 's'} at or above the failure threshold \`${config.failureThreshold}\` in ${dockerfiles}.`,
  };
}

function findShellcheck(setting: string, io: Pick<StepContext, 'info' | 'env' | 'cwd'>): string | null {
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
