// lint-dockerfile's bundle run the way the runner runs it (test/harness.ts), under Node 24 when
// scripts/setup-tools.sh has provided one.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep } from '../harness.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const GOOD = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
HEALTHCHECK CMD ["python", "-c", "print(1)"]
CMD ["python", "app.py"]
`;

const BAD = `FROM ubuntu
RUN apt-get update && apt-get install -y curl
WORKDIR app
`;

const run = (ws: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runStep('lint-dockerfile', { workspace: ws, inputs: { shellcheck: 'off', ...inputs }, env, ...(node ? { node } : {}) });

describe('lint-dockerfile bundle', () => {
  it('passes a clean Dockerfile with zero counts and a green summary', async () => {
    const ws = workspace({ Dockerfile: GOOD });
    const r = await run(ws);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0', infos: '0', styles: '0', results: '[]' });
    expect(r.summary).toMatch(/^### ✅ lint-dockerfile: 1 Dockerfile, no findings/);
  });

  it('fails on errors, annotates file and line, and reports counts, JSON and SARIF', async () => {
    const ws = workspace({ 'svc/Dockerfile': BAD });
    const runnerTemp = mkdtempSync(join(tmpdir(), 'lint-tmp-'));
    const r = await run(ws, { files: 'svc/Dockerfile' }, { RUNNER_TEMP: runnerTemp });
    expect(r.exitCode).toBe(1);
    const codes = r.annotations.filter((a) => a.props.file === 'svc/Dockerfile').map((a) => `${a.props.line}:${a.props.title}`);
    expect(codes).toEqual(expect.arrayContaining(['1:DL3006 (warning)', '2:DL3008 (warning)', '2:DL3009 (info)', '2:DL3015 (info)', '3:DL3000 (error)']));
    expect(r.outputs.errors).toBe('1');
    const results = JSON.parse(r.outputs.results as string) as { file: string; line: number; code: string }[];
    expect(results.find((f) => f.code === 'DL3000')).toMatchObject({ file: 'svc/Dockerfile', line: 3 });
    const sarif = JSON.parse(readFileSync(r.outputs.sarif as string, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('DL3000');
    expect(r.summary).toMatch(/^### ❌ lint-dockerfile: 1 error/);
    expect(r.summary).toContain('| `svc/Dockerfile` | 1 |');
    expect(r.annotations.at(-1)?.message).toMatch(/at or above the failure threshold `info`/);
  });

  it('follows .hadolint.yaml, HADOLINT_* variables and inputs, in that precedence', async () => {
    const ws = workspace({ Dockerfile: BAD, '.hadolint.yaml': 'ignored: [DL3008]\noverride:\n  warning: [DL3000]\nfailure-threshold: error\n' });
    const r = await run(ws, {}, { HADOLINT_IGNORE: 'DL3009' });
    const codes = JSON.parse(r.outputs.results as string).map((f: { code: string; level: string }) => `${f.code}:${f.level}`);
    expect(codes).not.toContain('DL3008:warning');
    expect(codes).not.toContain('DL3009:info');
    expect(codes).toContain('DL3000:warning');
    expect(r.exitCode).toBe(0);
    const stricter = await run(ws, { 'failure-threshold': 'warning' });
    expect(stricter.exitCode).toBe(1);
  });

  it('writes the report in the chosen format to output-file', async () => {
    const ws = workspace({ Dockerfile: BAD });
    const r = await run(ws, { format: 'checkstyle', 'output-file': 'reports/lint.xml', 'no-fail': 'true' });
    expect(r.exitCode).toBe(0);
    const xml = readFileSync(join(ws, 'reports/lint.xml'), 'utf8');
    expect(xml).toContain('<file name="Dockerfile">');
    expect(xml).toContain('source="DL3000"');
  });

  it('reports pragmas and config entries that name no rule', async () => {
    const ws = workspace({ Dockerfile: '# hadolint ignore=DL3O08\nFROM debian:12\n', '.hadolint.yaml': 'ignored: [DL9999]\n' });
    const r = await run(ws);
    const results = JSON.parse(r.outputs.results as string) as { code: string; line: number; message: string }[];
    expect(results).toEqual([expect.objectContaining({ code: 'MCD0001', line: 1, message: expect.stringContaining('DL3O08') })]);
    expect(r.annotations.filter((a) => a.command === 'warning' && !a.props.file).map((a) => a.message)).toEqual([expect.stringContaining('"DL9999"')]);
  });

  it('runs ShellCheck on RUN scripts when it is installed, and pragmas silence SC codes', async () => {
    const ws = workspace({ Dockerfile: 'FROM debian:12\nRUN cd /tmp; ls\n# hadolint ignore=SC2164\nRUN cd /srv; ls\nRUN echo $HOME\n' });
    const r = await run(ws, { shellcheck: 'auto' });
    const sc = (JSON.parse(r.outputs.results as string) as { code: string; line: number }[]).filter((f) => f.code.startsWith('SC'));
    expect(sc.map((f) => `${f.line}:${f.code}`)).toEqual(['2:SC2164', '5:SC2086']);
    const off = await run(ws, { shellcheck: 'off' });
    expect(off.outputs.results).not.toContain('SC2164');
  });

  it.each([
    [{ format: 'xml' }, /input `format`: "xml" is not allowed. Use one of: tty, json, sarif/],
    [{ 'failure-threshold': 'severe' }, /input `failure-threshold`: "severe" is not a severity/],
    [{ files: 'nope/Dockerfile' }, /input `files`: "nope\/Dockerfile" does not exist/],
    [{ annotations: 'yes' }, /input `annotations`: "yes" is not a boolean/],
    [{ config: 'missing.yaml' }, /input `config`: "missing.yaml" does not exist/],
  ])('rejects bad input %o with one clear error and no stack trace', async (inputs, message) => {
    const ws = workspace({ Dockerfile: GOOD });
    const r = await run(ws, inputs);
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the config file when its YAML is broken', async () => {
    const ws = workspace({ Dockerfile: GOOD, '.hadolint.yaml': 'ignored: [DL3008\n' });
    const r = await run(ws);
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/config file \.hadolint\.yaml|\.hadolint\.yaml.*not valid YAML/);
  });
});
