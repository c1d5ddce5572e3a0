import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3034 } from '../../../src/lint/rules/dl/DL3034.js';

const lines = (text: string) => runRule(DL3034, parseDockerfile(text));

describe('DL3034', () => {
  it('fails on zypper without a non-interactive switch', () => {
    const text = 'FROM opensuse\nRUN zypper install a\nRUN zypper rm b\nRUN zypper patch\nONBUILD RUN zypper in c\n';
    expect(lines(text)).toEqual([2, 3, 4, 5]);
  });

  it('passes -y, -n, --non-interactive, --no-confirm and other subcommands', () => {
    const text =
      'FROM opensuse\nRUN zypper install -y a\nRUN zypper -n in b\nRUN zypper --non-interactive rm c\nRUN zypper --no-confirm si d\nRUN zypper refresh\n';
    expect(lines(text)).toEqual([]);
  });
});
