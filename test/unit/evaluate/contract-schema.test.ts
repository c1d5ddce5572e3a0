// The JSON Schema of the model contract (docs/schemas/model-contract.schema.json) and test-model's
// own parser must agree: the examples are valid for both, and each broken document is refused by
// both, so editors that use the schema tell people what test-model will tell them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../src/evaluate/contract.js';
import { ALL_METRICS } from '../../../src/evaluate/report.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/schemas/model-contract.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
const examples = readdirSync(join(ROOT, 'examples/contracts')).filter((f) => f.endsWith('.yaml'));

describe('the model contract schema', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of examples) {
    it(`accepts examples/contracts/${file}, and so does test-model`, () => {
      const text = readFileSync(join(ROOT, 'examples/contracts', file), 'utf8');
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
      expect(() => parseContract(text, file, ALL_METRICS)).not.toThrow();
    });
  }

  const broken: [string, string][] = [
    ['unknown top-level key', 'modle: {}\n'],
    ['version 2', 'version: 2\n'],
    ['unknown task', 'task: ranking\n'],
    ['input without a type', 'model:\n  inputs:\n    - {name: x}\n'],
    ['column of an unknown type', 'data:\n  columns:\n    a: decimal\n'],
    ['both features and inputs', 'data:\n  features: [a]\n  inputs: {x: [a]}\n'],
    ['duplicate feature', 'data:\n  features: [a, a]\n'],
    ['gate with no check', 'gates:\n  accuracy: {greater_is_better: true}\n'],
    ['min_absolute_change of 0', 'gates:\n  accuracy: {min_absolute_change: 0}\n'],
    ['min_relative_change above 1', 'gates:\n  accuracy: {min_relative_change: 1.5}\n'],
    ['unknown gate key', 'gates:\n  accuracy: {treshold: 0.8}\n'],
  ];
  for (const [name, text] of broken) {
    it(`refuses ${name}, in the schema and in test-model`, () => {
      expect(validate(parse(text))).toBe(false);
      expect(() => parseContract(text, 'c.yaml', ALL_METRICS)).toThrow(/^contract c\.yaml/);
    });
  }
});
