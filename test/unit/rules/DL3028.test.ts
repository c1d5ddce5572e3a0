import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3028 } from '../../../src/lint/rules/dl/DL3028.js';

const lines = (text: string) => runRule(DL3028, parseDockerfile(text));

describe('DL3028', () => {
  it('fails on unpinned gem install', () => {
    expect(lines('FROM ruby\nRUN gem install rails\nRUN gem i bundler:2 rake\nONBUILD RUN gem install x\n')).toEqual([2, 3, 4]);
  });

  it('passes pinned gems, -v/--version and other subcommands', () => {
    const text = 'FROM ruby\nRUN gem install rails:7.1\nRUN gem install rails -v 7.1\nRUN gem install rails --version=7.1\nRUN gem update --system\n';
    expect(lines(text)).toEqual([]);
  });

  it('drops each option with the word after it', () => {
    // hadolint treats the word after any -option as its value, so rails is skipped here; we match it.
    expect(lines('FROM ruby\nRUN gem install --no-document rails\n')).toEqual([]);
    expect(lines('FROM ruby\nRUN gem install -N rails:7 rake\n')).toEqual([2]);
  });

  it('stops at --', () => {
    expect(lines('FROM ruby\nRUN gem install -- rails\n')).toEqual([]);
  });
});
