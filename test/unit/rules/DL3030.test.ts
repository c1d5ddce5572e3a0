import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3030 } from '../../../src/lint/rules/dl/DL3030.js';

const lines = (text: string) => runRule(DL3030, parseDockerfile(text));

describe('DL3030', () => {
  it('fails on yum install without -y', () => {
    const text = 'FROM centos\nRUN yum install httpd\nRUN yum groupinstall tools\nRUN yum localinstall x.rpm\nONBUILD RUN yum install x\n';
    expect(lines(text)).toEqual([2, 3, 4, 5]);
  });

  it('passes -y, --assumeyes and combined short flags', () => {
    expect(lines('FROM centos\nRUN yum install -y a\nRUN yum --assumeyes install b\nRUN yum install -qy c\nRUN yum update\n')).toEqual([]);
  });
});
