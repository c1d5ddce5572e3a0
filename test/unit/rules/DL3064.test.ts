import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3064 } from '../../../src/lint/rules/dl/DL3064.js';

const lines = (df: string) => runRule(DL3064, parseDockerfile(df));

describe('DL3064 sensitive data in ARG or ENV', () => {
  it('flags known credential names in any case', () => {
    expect(lines('FROM alpine:3\nARG AWS_ACCESS_KEY_ID\nARG github_token=x\nENV NPM_TOKEN=abc\n')).toEqual([2, 3, 4]);
  });

  it('flags names containing a suspicious word', () => {
    expect(lines('FROM alpine:3\nARG DB_PASSWORD\nENV HF_API_KEY=x\nENV MODEL=m PRIVATE_REPO=1\nENV MY_Secret value\n')).toEqual([2, 3, 4, 5]);
  });

  it('passes ordinary names, whatever the values', () => {
    expect(lines('FROM alpine:3\nARG VERSION=1\nENV MODEL_PATH=/models HOME=/password\n')).toEqual([]);
  });

  it('matches the words inside longer names', () => {
    // hadolint flags TOKENIZERS_PARALLELISM because it contains `token`; we match it.
    expect(lines('FROM alpine:3\nENV TOKENIZERS_PARALLELISM=false\n')).toEqual([2]);
  });

  it('checks ONBUILD', () => {
    expect(lines('FROM alpine:3\nONBUILD ARG CI_DEPLOY_PASSWORD\n')).toEqual([2]);
  });

  it('reads only the first name of an ARG', () => {
    // language-docker takes `B_SECRET=2` as part of A's default, so hadolint passes it; we match it.
    expect(lines('FROM alpine:3\nARG A=1 B_SECRET=2\n')).toEqual([]);
  });
});
