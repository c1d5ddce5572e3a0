import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { RuleContext, defaultRuleOptions, runRule } from '../../../src/lint/rule.js';
import { MCD1005, isSecretName } from '../../../src/lint/rules/ml/MCD1005.js';

const lines = (text: string) => runRule(MCD1005, parseDockerfile(text));

describe('MCD1005 secret build ARG/ENV used by a RUN', () => {
  it('fails on a token ARG written on the command line', () => {
    expect(lines('FROM a\nARG HF_TOKEN\nRUN curl -fsSL -H "Authorization: Bearer $HF_TOKEN" -o m.onnx https://models.example.com/m.onnx\n')).toEqual([3]);
    expect(lines('FROM a\nARG HF_TOKEN\nRUN huggingface-cli login --token ${HF_TOKEN} && huggingface-cli download org/m\n')).toEqual([3]);
    expect(lines('FROM a\nARG MODEL_REPO_PASSWORD=changeme\nRUN git clone https://ci:${MODEL_REPO_PASSWORD}@git.example.com/m.git\n')).toEqual([3]);
  });

  it('fails when a tool reads the secret from the environment', () => {
    expect(lines('FROM a\nARG HF_TOKEN\nRUN hf download org/model --local-dir /models\n')).toEqual([3]);
    expect(lines('FROM a\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\nRUN aws s3 cp s3://b/m.onnx /models/\n')).toEqual([4]);
    expect(lines('FROM a\nARG WANDB_API_KEY\nRUN python fetch_model.py\n')).toEqual([3]);
  });

  it('fails on ENV, also inherited by a stage built on it', () => {
    expect(lines('FROM a\nARG P\nENV MLFLOW_TRACKING_PASSWORD=$P\nRUN mlflow artifacts download -u models:/fraud/3 -d /m\n')).toEqual([4]);
    expect(lines('FROM a AS base\nENV HF_TOKEN=hf_x\nFROM base\nRUN huggingface-cli download org/m\n')).toEqual([4]);
  });

  it('names the variable and where it comes from', () => {
    const ctx = new RuleContext(parseDockerfile('FROM a\nARG HF_TOKEN\nRUN hf download org/m\n'), defaultRuleOptions());
    expect(MCD1005.check(ctx)[0]?.message).toContain('`HF_TOKEN` comes from ARG on line 2');
  });

  it('passes when the RUN mounts a secret', () => {
    expect(lines('FROM a\nARG HF_TOKEN\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN hf download org/m\n')).toEqual([]);
  });

  it('passes when the secret is not visible to the RUN', () => {
    // A global ARG is not seen by RUN until the stage declares it again.
    expect(lines('ARG HF_TOKEN\nFROM a\nRUN hf download org/m\n')).toEqual([]);
    // ARG stays in its stage.
    expect(lines('FROM a AS base\nARG HF_TOKEN\nFROM base\nRUN hf download org/m\n')).toEqual([]);
    expect(lines('FROM a\nENV HF_TOKEN=\nRUN hf download org/m\n')).toEqual([]);
    // Declared after the RUN.
    expect(lines('FROM a\nRUN hf download org/m\nARG HF_TOKEN\n')).toEqual([]);
  });

  it('passes when the RUN neither names nor reads the secret', () => {
    expect(lines('FROM a\nARG HF_TOKEN\nRUN pip install --no-cache-dir -r requirements.txt\n')).toEqual([]);
    expect(lines('FROM a\nARG API_TOKEN\nRUN python download.py\n')).toEqual([]);
    expect(lines('FROM a\nARG AWS_ACCESS_KEY_ID\nRUN aws s3 cp s3://b/m.onnx /m/\n')).toEqual([]);
    expect(lines('FROM a\nENV TOKENIZERS_PARALLELISM=false MAX_TOKENS=512\nRUN python warmup.py $MAX_TOKENS\n')).toEqual([]);
  });

  it('reads token-like names', () => {
    for (const n of ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'WANDB_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'db_password', 'KAGGLE_KEY'])
      expect(isSecretName(n), n).toBe(true);
    for (const n of ['TOKENIZERS_PARALLELISM', 'MAX_TOKENS', 'AWS_ACCESS_KEY_ID', 'HF_TOKEN_PATH', 'SECRET_FILE', 'MODEL_KEY'])
      expect(isSecretName(n), n).toBe(false);
  });
});
