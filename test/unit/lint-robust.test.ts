// No input makes the linter throw: random text, mutated real Dockerfiles, huge files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLintConfig } from '../../src/lint/config.js';
import { parseDockerfile } from '../../src/lint/dockerfile/parse.js';
import { lintParsed } from '../../src/lint/lint.js';
import { allRules } from '../../src/lint/rules/index.js';
import { runScripts } from '../../src/lint/shellcheck/scripts.js';
import { ROOT } from '../harness.js';

const lint = (text: string) => {
  const doc = parseDockerfile(text);
  runScripts(doc);
  return lintParsed(doc, defaultLintConfig(), allRules);
};

const corpusDir = join(ROOT, 'test', 'corpus', 'hand');
const corpus = readdirSync(corpusDir).map((f) => readFileSync(join(corpusDir, f), 'utf8'));

// Pieces that stress the parsers: quotes, escapes, heredocs, expansions, JSON, directives.
const pieces = ['\\\n', '`\n', '"', "'", '$(', '${', '}', ')', '<<EOF\n', '\nEOF\n', '[', '"]', '#', ' ', '\n', '&&', '|', ';', 'RUN ', 'FROM ', 'COPY --from=', 'ONBUILD ', '\t', '\r\n', '\u0000', 'é', '# escape=`\n', '--mount=type=cache '];

describe('robustness', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void lint(s)), { numRuns: 500 });
  });

  it('never throws on Dockerfiles built from tricky pieces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => void lint(parts.join(''))), { numRuns: 1000 });
  });

  it('never throws on mutated corpus files (cut, duplicated, spliced lines)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...pieces)), { maxLength: 8 }), (text, edits) => {
        let t = text;
        for (const [at, len, piece] of edits) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + piece + t.slice(i + (len % 20));
        }
        lint(t);
      }),
      { numRuns: 500 },
    );
  });

  it('lints a 10 MB Dockerfile', () => {
    const stage = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88 \\\n  && rm -rf /var/lib/apt/lists/*\nCOPY a b\n';
    const text = stage.repeat(Math.ceil((10 * 1024 * 1024) / stage.length));
    const findings = lint(text);
    expect(findings.length).toBeGreaterThan(0);
  });
});
