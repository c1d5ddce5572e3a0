import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { MCD1006 } from '../../../src/lint/rules/ml/MCD1006.js';

const lines = (text: string) => runRule(MCD1006, parseDockerfile(text));

describe('MCD1006 ML framework installed without hashes or a lock', () => {
  it('fails on pinned frameworks with nothing locking their dependencies', () => {
    expect(lines('FROM a\nRUN pip install --no-cache-dir torch==2.3.1 transformers==4.44.2\n')).toEqual([2]);
    expect(lines('FROM a\nRUN python -m pip install Scikit_Learn==1.5.1\n')).toEqual([2]);
    expect(lines('FROM a\nRUN uv pip install --system "jax[cpu]==0.4.31"\n')).toEqual([2]);
    expect(lines('FROM a\nRUN pip install --index-url https://wheels.example.com/cpu torch==2.3.1\n')).toEqual([2]);
    expect(lines('FROM a\nONBUILD RUN pip install xgboost==2.1.1\n')).toEqual([2]);
  });

  it('fails on a framework named next to -r files (DL3013 is quiet there)', () => {
    expect(lines('FROM a\nRUN pip install -r requirements.txt onnxruntime\n')).toEqual([2]);
  });

  it('stays quiet where DL3013 already reports the command', () => {
    expect(lines('FROM a\nRUN pip install torch\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install torch==2.3.1 numpy\n')).toEqual([]);
  });

  it('passes with hashes, constraints or no dependency resolution', () => {
    expect(lines('FROM a\nRUN pip install --require-hashes -r requirements.txt torch==2.3.1\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install -c constraints.txt torch==2.3.1\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install --constraint=constraints.txt lightgbm==4.5.0\n')).toEqual([]);
    expect(lines('FROM a\nRUN uv pip install --system --constraints c.txt torch==2.3.1\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install --no-deps torch==2.3.1\n')).toEqual([]);
  });

  it('passes with PIP_CONSTRAINT or PIP_REQUIRE_HASHES set earlier, also by a parent stage', () => {
    expect(lines('FROM a\nENV PIP_CONSTRAINT=/c.txt\nRUN pip install torch==2.3.1\n')).toEqual([]);
    expect(lines('FROM a\nARG PIP_REQUIRE_HASHES\nRUN pip install torch==2.3.1\n')).toEqual([]);
    expect(lines('FROM a AS base\nENV PIP_CONSTRAINT=/c.txt\nFROM base\nRUN pip install torch==2.3.1\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install torch==2.3.1\nENV PIP_CONSTRAINT=/c.txt\n')).toEqual([2]);
  });

  it('passes on installs that name no framework, and on lock-based installers', () => {
    // The rule cannot see inside requirements files.
    expect(lines('FROM a\nRUN pip install -r requirements.txt\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install fastapi==0.112.0 uvicorn==0.30.6\n')).toEqual([]);
    expect(lines('FROM a\nRUN uv sync --frozen --no-dev\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install ./wheels/torch-2.3.1-cp312-cp312-linux_x86_64.whl\n')).toEqual([]);
    expect(lines('FROM a\nRUN pip install torchmetrics==1.4.0\n')).toEqual([]);
  });
});
