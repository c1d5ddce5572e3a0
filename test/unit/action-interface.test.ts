// Every action.yml input is read by the code and every input the code reads is declared; every
// declared output is set and the code sets no undeclared output.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { camel } from '../../src/common/inputs.js';
import { ROOT } from '../harness.js';

const actions = readdirSync(join(ROOT, 'actions'));

describe.each(actions)('actions/%s/action.yml', (name) => {
  const yml = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
  const source = readFileSync(join(ROOT, 'src', 'actions', `${name}.ts`), 'utf8');
  // An entry may hand its inputs object to the core it calls, which reads them (or hands them on).
  const cores = sourcesImportedBy(join(ROOT, 'src', 'actions', `${name}.ts`));
  const readers = cores.join('\n');

  it('declares exactly the inputs the entry reads, and the entry uses each', async () => {
    const mod = (await import(`../../src/actions/${name}.ts`)) as { spec: Record<string, unknown> };
    expect(Object.keys(mod.spec).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort());
    for (const input of Object.keys(mod.spec)) expect(readers, `input ${input} unused`).toMatch(new RegExp(`\\.${camel(input)}\\b`));
  });

  it('declares exactly the outputs the entry sets', () => {
    const set = [...new Set([...source.matchAll(/setOutput\('([a-z0-9-]+)'/g)].map((m) => m[1]))].sort();
    expect(set).toEqual(Object.keys(yml.outputs ?? {}).sort());
  });

  it('has no expression syntax in its texts (act refuses the whole action: "expressions are not allowed here")', () => {
    const text = readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8');
    expect(text).not.toContain('${{');
  });

  it('runs on node24 from the bundle', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
  });
});

/** The file and every src file it imports, directly or through others. */
function sourcesImportedBy(entry: string): string[] {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) visit(join(dirname(file), `${m[1]}.ts`));
  };
  visit(entry);
  return [...seen.values()];
}
