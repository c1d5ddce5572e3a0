import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3013 } from '../../../src/lint/rules/dl/DL3013.js';

const lines = (text: string) => runRule(DL3013, parseDockerfile(text));

describe('DL3013 pip install pins', () => {
  it('fails when a package has no version', () => {
    expect(lines('FROM a:1\nRUN pip install --no-cache-dir flask\n')).toEqual([2]);
    expect(lines('FROM a:1\nRUN python3 -m pip install numpy==1.26 pandas\nRUN pip3 install -U pip\n')).toEqual([2, 3]);
  });

  it('passes version specifiers, files and paths', () => {
    const text = 'FROM a:1\nRUN pip install numpy==1.26 "pandas>=2" \'scipy<2\' torch~=2.1 x.whl y.tar.gz ./pkg git+https://h/r.git@v1\n';
    expect(lines(text)).toEqual([]);
  });

  it('skips requirement files, the local project and constraints', () => {
    const text = 'FROM a:1\nRUN pip install -r requirements.txt\nRUN pip install --requirement r.txt x\nRUN pip install .\nRUN pip install -c c.txt flask\nRUN pip install --constraint=c.txt flask\n';
    expect(lines(text)).toEqual([]);
  });

  it('drops the values of flags that take one', () => {
    const text = 'FROM a:1\nRUN pip install -i https://x/simple --trusted-host x flask==3\nRUN pip install --target /opt --progress-bar off -e git+https://h/r.git flask==3\n';
    expect(lines(text)).toEqual([]);
  });

  // hadolint reads the value of other flags as a package: `--timeout 60` fails, `--cache-dir /tmp` has a `/` and passes; we match it.
  it('counts the values of other flags as packages', () => {
    expect(lines('FROM a:1\nRUN pip install --timeout 60 flask==3\nRUN pip install --cache-dir /tmp flask==3\n')).toEqual([2]);
  });

  // hadolint reads VCS schemes as prefixes, so `gitpython` needs an `@` or a specifier, and treats pipx as pip; we match it.
  it('follows hadolint on VCS prefixes and pip-named commands', () => {
    expect(lines('FROM a:1\nRUN pip install gitpython\nRUN pip install gitpython==3\nRUN pipx install black\nRUN pipenv install x\n')).toEqual([2, 4]);
  });

  // hadolint only knows `-r` and `--requirement` as separate words; `--requirement=r.txt` passes because it is a flag.
  it('passes --requirement=file', () => {
    expect(lines('FROM a:1\nRUN pip install --requirement=r.txt\n')).toEqual([]);
  });

  it('checks ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD RUN pip install flask\n')).toEqual([2]);
  });
});
