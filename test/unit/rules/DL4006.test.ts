import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL4006 } from '../../../src/lint/rules/dl/DL4006.js';

const lines = (df: string) => runRule(DL4006, parseDockerfile(df));

describe('DL4006 pipefail', () => {
  it('flags a RUN with a pipe', () => {
    expect(lines('FROM debian:12\nRUN curl -fsSL https://x.test/i.sh | bash\nRUN echo $(ls | wc -l)\n')).toEqual([2, 3]);
  });

  it('passes RUNs without a pipe', () => {
    expect(lines('FROM debian:12\nRUN a || b\nRUN echo "a | b"\n')).toEqual([]);
  });

  it('passes after a SHELL with -o pipefail, until the next FROM', () => {
    const df = 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM debian:12\nRUN a | b\n';
    expect(lines(df)).toEqual([5]);
    expect(lines('FROM alpine:3\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN a | b\n')).toEqual([]);
  });

  it('needs a bash, zsh or ash shell for pipefail', () => {
    expect(lines('FROM debian:12\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n')).toEqual([3]);
    expect(lines('FROM debian:12\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\n')).toEqual([3]);
  });

  it('checks again after a SHELL without pipefail', () => {
    expect(lines('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nSHELL ["/bin/bash", "-c"]\nRUN a | b\n')).toEqual([4]);
  });

  it('passes after a non-POSIX SHELL', () => {
    expect(lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN a | b\n')).toEqual([]);
    // hadolint matches the start of the SHELL text only, so `powershell.exe` counts; we match it.
    expect(lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell.exe", "-Command"]\nRUN a | b\n')).toEqual([]);
  });

  it('ignores ONBUILD RUN', () => {
    expect(lines('FROM debian:12\nONBUILD RUN a | b\n')).toEqual([]);
  });
});
