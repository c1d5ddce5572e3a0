import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { MCD1003 } from '../../../src/lint/rules/ml/MCD1003.js';

const lines = (text: string) => runRule(MCD1003, parseDockerfile(text));

describe('MCD1003 serving image without HEALTHCHECK', () => {
  it('fails on a serving final stage without HEALTHCHECK', () => {
    expect(lines('FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080\n')).toEqual([1]);
    expect(lines('FROM nvcr.example/tritonserver:24.08\nCMD ["tritonserver", "--model-repository=/models"]\n')).toEqual([1]);
    expect(lines('FROM a\nENTRYPOINT ["bentoml", "serve", "service:Svc"]\n')).toEqual([1]);
  });

  it('fails when only a builder stage has a HEALTHCHECK', () => {
    expect(lines('FROM a AS build\nHEALTHCHECK CMD true\nFROM b\nEXPOSE 8080\n')).toEqual([3]);
  });

  it('passes with HEALTHCHECK, HEALTHCHECK NONE, or one inherited from the parent stage', () => {
    expect(lines('FROM a\nEXPOSE 8080\nHEALTHCHECK --interval=30s CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1\n')).toEqual([]);
    expect(lines('FROM a\nEXPOSE 8080\nHEALTHCHECK NONE\n')).toEqual([]);
    expect(lines('FROM a AS base\nHEALTHCHECK CMD true\nFROM base\nEXPOSE 8080\n')).toEqual([]);
  });

  it('passes on images that do not serve', () => {
    expect(lines('FROM a\nCMD ["python", "batch_score.py"]\n')).toEqual([]);
    expect(lines('FROM a AS build\nEXPOSE 8080\nFROM b\nCMD ["python", "job.py"]\n')).toEqual([]);
  });
});

describe('MCD1003 stage references', () => {
  it('does not take an image with a tag for a stage of the same name', () => {
    expect(lines('FROM a AS python\nHEALTHCHECK CMD true\nFROM python:3.12-slim\nEXPOSE 8080\n')).toEqual([3]);
    expect(lines('FROM a AS Base\nHEALTHCHECK CMD true\nFROM base\nEXPOSE 8080\n')).toEqual([]);
  });
});
