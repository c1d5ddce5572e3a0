import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3033 } from '../../../src/lint/rules/dl/DL3033.js';

const lines = (text: string) => runRule(DL3033, parseDockerfile(text));

describe('DL3033', () => {
  it('fails on yum packages without a version', () => {
    const text = 'FROM centos\nRUN yum install -y httpd\nRUN yum install -y python3-pip\nRUN yum module install -y nodejs\n';
    expect(lines(text)).toEqual([2, 3, 4]);
  });

  it('passes versions, rpm files and module streams', () => {
    const text = 'FROM centos\nRUN yum install -y httpd-2.4.6 python3-pip-9.0.3-8.el8 x-1.rpm\nRUN yum module install -y nodejs:12\n';
    expect(lines(text)).toEqual([]);
  });

  it('needs a dash before looking at .rpm', () => {
    // hadolint fails on local.rpm (no dash) before checking the suffix; we match it.
    expect(lines('FROM centos\nRUN yum install -y local.rpm\n')).toEqual([2]);
  });

  it('accepts ${VAR} from ARG anywhere or ENV of the stage', () => {
    const text = 'ARG V\nFROM centos AS base\nENV P=1\nRUN yum install -y a-${V} b-${P}\nFROM centos\nRUN yum install -y b-${P}\n';
    expect(lines(text)).toEqual([6]);
  });

  it('passes ENV on to stages built FROM an earlier alias', () => {
    // hadolint compares the image name without registry, so other.io/base inherits too; we match it.
    const text = 'FROM centos AS base\nENV P=1\nFROM base\nRUN yum install -y b-${P}\nFROM other.io/base\nRUN yum install -y b-${P}\n';
    expect(lines(text)).toEqual([]);
  });

  it('folds ONBUILD instructions on their own', () => {
    // hadolint's ONBUILD pass sees only ONBUILD ENV/ARG, not the top-level ones; we match it.
    const text = 'FROM centos\nENV P=1\nONBUILD RUN yum install -y a-${P}\nONBUILD ENV W=1\nONBUILD RUN yum install -y b-${W}\n';
    expect(lines(text)).toEqual([3]);
  });
});
