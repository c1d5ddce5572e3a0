// Every action.yml input is read by the code and every input the code reads is declared; every
// declared output is set and the code sets no undeclared output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { camel } from '../../src/common/inputs.js';
import { ROOT } from '../harness.js';

const actions = readdirSync(join(ROOT, 'actions'));

describe.each(actions)('actions/%s/action.yml', (name) => {
  const yml = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
  const source = readFileSync(join(ROOT, 'src', 'actions', `${name}.ts`), 'utf8');

  it('declares exactly the inputs the entry reads, and the entry uses each', async () => {
    const mod = (await import(`../../src/actions/${name}.ts`)) as { spec: Record<string, unknown> };
    expect(Object.keys(mod.spec).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort());
    for (const input of Object.keys(mod.spec)) expect(source, `input ${input} unused`).toMatch(new RegExp(`inputs\\.${camel(input)}\\b`));
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
