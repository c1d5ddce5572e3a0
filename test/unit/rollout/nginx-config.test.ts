import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { shQuote } from '../../../src/rollout/router/host.js';
import { parseSnippet, renderSnippet } from '../../../src/rollout/router/nginx-config.js';
import { nginxMessage, pidFromCommand, pidFromDump } from '../../../src/rollout/router/nginx.js';
import type { TrafficState } from '../../../src/rollout/types.js';

const O = { upstream: 'model-cd', keepalive: 16, keepaliveTimeoutS: 4 };
const s = (weight: number, canary: string | null = '10.0.0.2:8080'): TrafficState => ({ stable: '10.0.0.1:8080', canary, weight, revision: 'r1', status: 'progressing', step: 1, updatedAt: '2025-01-01T00:00:00.000Z' });
const servers = (text: string) => text.split('\n').filter((l) => l.trim().startsWith('server '));

describe('nginx snippet', () => {
  it('weights in exact percents, never weight=0', () => {
    expect(servers(renderSnippet(s(10), O))).toEqual(['  server 10.0.0.1:8080 weight=90;', '  server 10.0.0.2:8080 weight=10;']);
    expect(servers(renderSnippet(s(0), O))).toEqual(['  server 10.0.0.1:8080;']);
    expect(servers(renderSnippet(s(100), O))).toEqual(['  server 10.0.0.2:8080;']);
    expect(servers(renderSnippet(s(0, null), O))).toEqual(['  server 10.0.0.1:8080;']);
    expect(renderSnippet(s(10), O)).toContain('upstream model-cd {');
    expect(renderSnippet(s(10), { ...O, keepalive: 0 })).not.toContain('keepalive');
  });

  it('refuses states nginx must not run and addresses that could break out of the directive', () => {
    for (const bad of [s(12.5), s(101), s(-1), s(10, null), s(10, '10.0.0.2:80; } server { listen 81'), { ...s(10), stable: 'a b' }]) {
      expect(() => renderSnippet(bad, O)).toThrow(ConfigurationError);
    }
    expect(() => renderSnippet(s(10, 'unix:/run/serve.sock'), O)).not.toThrow();
    expect(() => renderSnippet(s(10, '[::1]:8081'), O)).not.toThrow();
  });

  it('reads back the state it wrote, whatever the key order given', () => {
    const reordered = { updatedAt: 'u', step: 2, status: 'paused', revision: 'x', weight: 50, canary: 'c:1', stable: 'b:1' } as TrafficState;
    expect(parseSnippet(renderSnippet(reordered, O), '/f.conf', O)).toEqual(reordered);
  });

  it('refuses a file that is not exactly ours, naming it', () => {
    const text = renderSnippet(s(10), O);
    expect(() => parseSnippet(text.replace('weight=10;', 'weight=20;'), '/etc/nginx/m.conf', O)).toThrow(/\/etc\/nginx\/m\.conf.*line 5: .*weight=20.*differs/);
    expect(() => parseSnippet('upstream x {}\n', '/etc/nginx/m.conf', O)).toThrow(/\/etc\/nginx\/m\.conf.*not a snippet model-cd wrote/);
    expect(() => parseSnippet('# model-cd traffic-state: {oops\n', '/m.conf', O)).toThrow(/not valid JSON/);
    expect(() => parseSnippet(text, '/m.conf', { ...O, upstream: 'other' })).toThrow(/another upstream name/);
  });
});

describe('nginx router helpers', () => {
  it('single-quotes so that sh gets each argument back as it was', () => {
    for (const arg of ["it's", 'a b', '$(touch /x)', '"; rm -rf /', '', "''", 'back\\slash\nnewline']) {
      expect(execFileSync('sh', ['-c', `printf %s ${shQuote(arg)}`], { encoding: 'utf8' })).toBe(arg);
    }
  });

  it('finds the pid file in -g, then in the dumped config, relative ones under -p', () => {
    expect(pidFromCommand(['nginx', '-g', 'daemon on; pid /tmp/n.pid;'])).toBe('/tmp/n.pid');
    expect(pidFromCommand(['nginx', '-p', '/srv/n', '-g', 'pid logs/n.pid;'])).toBe('/srv/n/logs/n.pid');
    expect(pidFromCommand(['nginx'])).toBeUndefined();
    expect(pidFromDump('# configuration file /x/nginx.conf:\nworker_processes 2;\npid /x/nginx.pid;\n', ['nginx'])).toBe('/x/nginx.pid');
    expect(() => pidFromDump('pid rel.pid;\n', ['nginx'])).toThrow(ConfigurationError);
  });

  it("quotes nginx's own complaint", () => {
    expect(nginxMessage('nginx: [emerg] invalid port in upstream "1:99999" in /s.conf:5\nnginx: configuration file /n.conf test failed\n')).toBe('nginx: [emerg] invalid port in upstream "1:99999" in /s.conf:5');
  });
});
