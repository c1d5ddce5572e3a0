import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3038 } from '../../../src/lint/rules/dl/DL3038.js';

const lines = (text: string) => runRule(DL3038, parseDockerfile(text));

describe('DL3038 dnf install without -y', () => {
  it('fails on dnf and microdnf installs without -y', () => {
    expect(lines('FROM f:1\nRUN dnf install a\nRUN microdnf install a\nRUN dnf groupinstall g\nRUN dnf localinstall a.rpm\n')).toEqual([2, 3, 4, 5]);
  });

  it('passes with -y, a combined -yq or --assumeyes', () => {
    expect(lines('FROM f:1\nRUN dnf install -y a\nRUN dnf -yq install a\nRUN microdnf --assumeyes install a\n')).toEqual([]);
  });

  it('ignores other commands', () => {
    expect(lines('FROM f:1\nRUN dnf update\nRUN yum install a\n')).toEqual([]);
  });

  it('checks inside ONBUILD', () => {
    expect(lines('FROM f:1\nONBUILD RUN dnf install a\n')).toEqual([2]);
  });
});
