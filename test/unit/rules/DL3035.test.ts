import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3035 } from '../../../src/lint/rules/dl/DL3035.js';

const lines = (text: string) => runRule(DL3035, parseDockerfile(text));

describe('DL3035', () => {
  it('fails on zypper dist-upgrade and dup', () => {
    expect(lines('FROM opensuse\nRUN zypper dist-upgrade\nRUN zypper -n dup\nONBUILD RUN zypper dup\n')).toEqual([2, 3, 4]);
  });

  it('passes other zypper commands', () => {
    expect(lines('FROM opensuse\nRUN zypper up -y\nRUN zypper -n in dist-upgrade-tools\n')).toEqual([]);
  });

  it('fails on dup anywhere in the arguments', () => {
    // hadolint looks for the word among all arguments, so a package named dup counts; we match it.
    expect(lines('FROM opensuse\nRUN zypper install -y dup\n')).toEqual([2]);
  });
});
