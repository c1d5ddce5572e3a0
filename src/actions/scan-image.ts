// scan-image: typed inputs -> scanImage -> outputs, annotations, summary, exit code.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { bool, list, number, oneOf, output, readInputs, string } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { VERSION } from '../common/version.js';
import { scanImage } from '../scan/scan-image.js';

export const spec = {
  image: string(),
  scanner: oneOf(['trivy', 'grype'] as const),
  'scanner-path': string(),
  'scanner-download-url': string(),
  'cache-dir': output('folder'),
  'db-repository': string(),
  offline: bool(),
  'max-db-age': string(),
  'old-db': oneOf(['fail', 'warn'] as const),
  'fail-on': string(),
  'ignore-unfixed': bool(),
  'ignore-file': string(),
  vex: list(),
  dockerfile: string(),
  'base-image': string(),
  platform: string(),
  username: string(),
  password: string(),
  timeout: number({ min: 1, max: 86_400, integer: true }),
  'report-dir': output('folder'),
};

export async function main(io: ActionIO): Promise<number> {
  const inputs = readInputs('scan-image', spec, io);
  if (inputs.password) io.setSecret(inputs.password);
  const home = io.env.XDG_CACHE_HOME || join(io.env.HOME || homedir(), '.cache');
  const r = await scanImage({
    ...inputs,
    cacheDir: resolve(io.cwd, inputs.cacheDir.trim() || join(home, 'model-cd', 'scan')),
    reportDir: resolve(io.cwd, inputs.reportDir.trim() || join(io.tempDir, 'scan-image')),
    toolCache: io.env.RUNNER_TOOL_CACHE || join(home, 'model-cd', 'tools'),
    cwd: io.cwd,
    env: io.env,
    nodePlatform: process.platform,
    nodeArch: process.arch,
    version: VERSION,
    now: () => new Date(),
    log: (l) => io.info(l),
    debug: (l) => io.debug(l),
  });
  io.info(r.logLine);
  for (const a of r.annotations) io.annotate(a.level, a.message, { file: a.file, line: a.line, title: a.title });
  for (const w of r.warnings) io.annotate('warning', w, { title: 'scan-image' });
  for (const e of r.errors) io.annotate('error', e, { title: 'scan-image' });
  if (!r.judgement.passed) {
    for (const f of r.judgement.failing.slice(0, 10)) io.annotate('error', `${f.id} (${f.severity}) in ${f.package} ${f.version}${f.fixedVersion ? `, fixed in ${f.fixedVersion}` : ', no fix yet'}`, { title: 'scan-image' });
  }
  io.setOutput('passed', String(r.passed));
  io.setOutput('vulnerabilities', JSON.stringify(r.counts));
  io.setOutput('critical', String(r.counts.critical));
  io.setOutput('high', String(r.counts.high));
  io.setOutput('sarif', r.sarifPath);
  io.setOutput('sbom', r.sbomPath);
  io.setOutput('report', r.reportPath);
  io.setOutput('db-age-hours', r.dbAgeHours === null ? '' : String(Number(r.dbAgeHours.toFixed(2))));
  io.summary(r.markdown);
  return r.passed ? 0 : 1;
}
