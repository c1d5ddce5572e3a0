import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlobs, globToRegExp } from '../../src/common/glob.js';

describe('globs', () => {
  it('matches * within a segment, ** across segments, {a,b} and [..]', () => {
    expect(globToRegExp('**/Dockerfile').test('Dockerfile')).toBe(true);
    expect(globToRegExp('**/Dockerfile').test('a/b/Dockerfile')).toBe(true);
    expect(globToRegExp('*/Dockerfile').test('a/b/Dockerfile')).toBe(false);
    expect(globToRegExp('svc/*.{Dockerfile,dockerfile}').test('svc/api.dockerfile')).toBe(true);
    expect(globToRegExp('Dockerfile.[ab]').test('Dockerfile.c')).toBe(false);
  });

  it('expands several globs in one walk, skipping node_modules and .git', () => {
    const d = mkdtempSync(join(tmpdir(), 'glob-'));
    for (const f of ['Dockerfile', 'svc/Dockerfile', 'svc/x.Dockerfile', 'node_modules/p/Dockerfile', '.git/Dockerfile', 'docs/readme.md']) {
      mkdirSync(join(d, f, '..'), { recursive: true });
      writeFileSync(join(d, f), '');
    }
    expect(expandGlobs(['**/Dockerfile', '**/*.Dockerfile', 'svc/**/Dockerfile'], d)).toEqual(['Dockerfile', 'svc/Dockerfile', 'svc/x.Dockerfile']);
  });
});
