import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3032 } from '../../../src/lint/rules/dl/DL3032.js';

const lines = (text: string) => runRule(DL3032, parseDockerfile(text));

describe('DL3032', () => {
  it('fails when yum install is not followed by a clean', () => {
    const text = 'FROM centos\nRUN yum install -y a\nRUN yum clean all && yum install -y b\nONBUILD RUN yum install -y c\n';
    expect(lines(text)).toEqual([2, 3, 4]);
  });

  it('passes yum clean all or rm -rf /var/cache/yum/* after the install', () => {
    const text = 'FROM centos\nRUN yum install -y a && yum clean all\nRUN yum install -y b && rm -rf /var/cache/yum/*\nRUN yum makecache\n';
    expect(lines(text)).toEqual([]);
  });

  it('accepts any one of the words', () => {
    // hadolint accepts `yum clean <anything>` and `rm -rf <anything>`; we match it.
    expect(lines('FROM centos\nRUN yum install -y a && yum clean metadata\nRUN yum install -y b && rm -rf /tmp\n')).toEqual([]);
  });

  it('compares the first install with the first clean', () => {
    expect(lines('FROM centos\nRUN yum install -y a && yum clean all && yum install -y b\n')).toEqual([]);
  });
});
