// The report formats hadolint also has carry the same content as hadolint's (compared with the
// real binary), so tools that consume hadolint's reports keep working.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness.js';

const dir = mkdtempSync(join(tmpdir(), 'formats-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM debian\nRUN apt-get update && apt-get install -y curl\nWORKDIR app\nRUN cd /x && echo "<&\'>"\n');
const cfg = join(dir, 'cfg.yaml');
writeFileSync(cfg, '{}\n');

const hadolint = (format: string) => spawnSync('hadolint', ['--no-fail', '--config', cfg, '-f', format, 'Dockerfile'], { cwd: dir, encoding: 'utf8' }).stdout;
const ours = (format: string) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'lint-dockerfile', 'Dockerfile', '--config', cfg, '--no-fail', '--shellcheck', 'off', '--format', format], { cwd: dir, encoding: 'utf8' }).stdout;

const dlOnly = <T extends Record<string, unknown>>(items: T[], key: string) => items.filter((i) => String(i[key]).startsWith('DL'));
const sortJson = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort();

describe('formats compatible with hadolint', () => {
  it('json', () => {
    expect(sortJson(JSON.parse(ours('json')))).toEqual(sortJson(dlOnly(JSON.parse(hadolint('json')), 'code')));
  });

  it('codeclimate (NUL-separated) and gitlab_codeclimate, fingerprints included', () => {
    const split = (s: string) => s.split('\0').filter((x) => x.trim()).map((x) => JSON.parse(x));
    expect(sortJson(split(ours('codeclimate')))).toEqual(sortJson(dlOnly(split(hadolint('codeclimate')), 'check_name')));
    expect(sortJson(JSON.parse(ours('gitlab_codeclimate')))).toEqual(sortJson(dlOnly(JSON.parse(hadolint('gitlab_codeclimate')), 'check_name')));
  });

  it('checkstyle', () => {
    const decode = (v: string) => v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const errors = (xml: string) =>
      [...xml.matchAll(/<error((?:\s+\w+="[^"]*")*)\s*\/>/g)]
        .map((m) => Object.fromEntries([...(m[1] as string).matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2] as string)]).sort()))
        .filter((e) => String(e.source).startsWith('DL'));
    expect(sortJson(errors(ours('checkstyle')))).toEqual(sortJson(errors(hadolint('checkstyle'))));
  });
});
