import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { mlRules } from '../../../src/lint/rules/ml/index.js';

const SHA = '4f1c2a6b9d0e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a';

// A serving image done right: model fetched with a secret and verified, dependencies hashed and
// installed before the model, non-root user, health check.
const GOOD = `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS fetch
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ARG MODEL_URL=https://models.example.com/fraud/3/model.onnx
ARG MODEL_SHA256=${SHA}
RUN --mount=type=secret,id=model_token,env=MODEL_TOKEN \\
    python -c "import os, urllib.request as u; r = u.Request('\${MODEL_URL}', headers={'Authorization': 'Bearer ' + os.environ['MODEL_TOKEN']}); open('/model.onnx', 'wb').write(u.urlopen(r).read())" \\
 && echo "\${MODEL_SHA256}  /model.onnx" | sha256sum -c -

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt \\
 && useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app
COPY serve.py .
COPY --from=fetch /model.onnx /srv/models/model.onnx
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \\
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"]
CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]
`;

// The same image with one mistake per rule.
const BAD = `FROM python:3.12-slim
ARG HF_TOKEN
WORKDIR /srv
COPY models/ /srv/models/
RUN huggingface-cli download org/tokenizer --local-dir /srv/tokenizer
RUN pip install --no-cache-dir torch==2.3.1 transformers==4.44.2
COPY serve.py .
EXPOSE 8080
CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]
`;

const findings = (text: string) => mlRules.map((r) => [r.code, runRule(r, parseDockerfile(text))] as const).filter(([, l]) => l.length > 0);

describe('ML serving rules on whole Dockerfiles', () => {
  it('lists the rules in code order, each documented', () => {
    expect(mlRules.map((r) => r.code)).toEqual(['MCD1001', 'MCD1002', 'MCD1003', 'MCD1004', 'MCD1005', 'MCD1006']);
    for (const r of mlRules) expect(r.docs?.bad && r.docs.good && r.docs.rationale, r.code).toBeTruthy();
  });

  it('passes a well-built serving image', () => {
    expect(findings(GOOD)).toEqual([]);
  });

  it('finds one mistake per rule in a careless one', () => {
    expect(Object.fromEntries(findings(BAD))).toEqual({
      MCD1001: [5],
      MCD1002: [1],
      MCD1003: [1],
      MCD1004: [4],
      MCD1005: [5],
      MCD1006: [6],
    });
  });

  it('fails each documented bad example and passes each good one', () => {
    for (const r of mlRules) {
      expect(runRule(r, parseDockerfile(r.docs?.bad ?? '')).length, `${r.code} bad`).toBeGreaterThan(0);
      expect(runRule(r, parseDockerfile(r.docs?.good ?? '')), `${r.code} good`).toEqual([]);
    }
  });
});
