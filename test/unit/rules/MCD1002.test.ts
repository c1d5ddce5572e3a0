import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { MCD1002 } from '../../../src/lint/rules/ml/MCD1002.js';

const lines = (text: string) => runRule(MCD1002, parseDockerfile(text));

describe('MCD1002 serving image runs as root', () => {
  it('fails on a serving final stage without USER', () => {
    expect(lines('FROM python:3.12-slim\nEXPOSE 8080\nCMD ["python", "serve.py"]\n')).toEqual([1]);
    expect(lines('FROM python:3.12-slim\nCMD ["uvicorn", "serve:app", "--port", "8080"]\n')).toEqual([1]);
    expect(lines('FROM a\nCMD python -m vllm.entrypoints.openai.api_server --model /models/m\n')).toEqual([1]);
    expect(lines('FROM a\nENTRYPOINT ["tini", "--"]\nCMD ["/opt/venv/bin/gunicorn", "-k", "uvicorn.workers.UvicornWorker", "app:app"]\n')).toEqual([1]);
    expect(lines('FROM a\nCMD ["sh", "-c", "exec mlflow models serve -m /models/m --port 8080"]\n')).toEqual([1]);
    expect(lines('FROM python:3.11-slim\nCMD ["torchserve", "--start", "--model-store", "/models"]\n')).toEqual([1]);
  });

  it('reports the final stage only, even when a builder sets USER', () => {
    expect(lines('FROM python:3.12 AS build\nUSER 10001\nRUN echo\nFROM python:3.12-slim\nEXPOSE 8080\n')).toEqual([4]);
  });

  it('passes with a USER, whatever it is (a root USER is DL3002)', () => {
    expect(lines('FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080\n')).toEqual([]);
    expect(lines('FROM python:3.12-slim\nUSER root\nEXPOSE 8080\n')).toEqual([]);
  });

  it('passes when the final stage inherits USER from the stage it is built on', () => {
    expect(lines('FROM python:3.12-slim AS runtime\nUSER app\nFROM runtime\nEXPOSE 8080\n')).toEqual([]);
  });

  it('passes on base images that default to a non-root user', () => {
    expect(lines('FROM registry.example.com/distroless/python3-debian12:nonroot\nEXPOSE 8080\n')).toEqual([]);
    expect(lines('FROM registry.example.com/chainguard/python:latest\nEXPOSE 8080\n')).toEqual([]);
  });

  it('passes on images that do not serve', () => {
    expect(lines('FROM python:3.12-slim\nCMD ["python", "train.py"]\n')).toEqual([]);
    // A custom server script without EXPOSE is not recognised.
    expect(lines('FROM python:3.12-slim\nCMD ["python", "serve.py"]\n')).toEqual([]);
    expect(lines('FROM python:3.12-slim\nCMD ["echo", "serve", "run"]\n')).toEqual([]);
  });
});

describe('MCD1002 server detection behind wrappers', () => {
  const serving = (cmd: string) => lines(`FROM a\nCMD ${cmd}\n`).length === 1;
  it('sees the server past init, user switchers and environment runners', () => {
    expect(serving('["dumb-init", "--", "uvicorn", "app:app"]')).toBe(true);
    expect(serving('["gosu", "app", "hypercorn", "app:app"]')).toBe(true);
    expect(serving('["uv", "run", "--frozen", "fastapi", "run", "app.py"]')).toBe(true);
    expect(serving('["conda", "run", "--no-capture-output", "-n", "serve", "python", "-u", "-m", "uvicorn", "app:app"]')).toBe(true);
    expect(serving('["python", "-m", "mlflow", "models", "serve", "-m", "/models/m"]')).toBe(true);
    expect(serving('serve run config.yaml')).toBe(true);
  });
  it('does not take an argument for the program', () => {
    expect(serving('["python", "-m", "mlflow", "run", "."]')).toBe(false);
    expect(serving('["python", "-c", "import uvicorn"]')).toBe(false);
    expect(serving('["tini", "--", "python", "worker.py", "--queue", "uvicorn"]')).toBe(false);
  });
});

describe('MCD1002 ENTRYPOINT with CMD', () => {
  it('reads an exec-form CMD as the arguments of an exec-form ENTRYPOINT', () => {
    expect(lines('FROM a\nENTRYPOINT ["python", "-m"]\nCMD ["uvicorn", "app:app"]\n')).toEqual([1]);
    expect(lines('FROM a\nENTRYPOINT ["python", "-m"]\nCMD ["pytest"]\n')).toEqual([]);
  });
});

describe('MCD1002 ML images that default to a non-root user', () => {
  it('passes on micromamba, Ray, TorchServe and MLServer images, also through a mirror', () => {
    expect(lines('FROM mambaorg/micromamba:1.5.8\nEXPOSE 5001\n')).toEqual([]);
    expect(lines('FROM rayproject/ray:2.24.0-py311-cpu\nEXPOSE 8000\n')).toEqual([]);
    expect(lines('FROM mirror.example.com/dockerhub/pytorch/torchserve:0.11.0-cpu\nEXPOSE 8080\n')).toEqual([]);
    expect(lines('FROM seldonio/mlserver:1.6.0\nEXPOSE 8080\n')).toEqual([]);
  });
});
