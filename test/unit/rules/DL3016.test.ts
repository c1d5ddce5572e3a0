import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { DL3016 } from '../../../src/lint/rules/dl/DL3016.js';

const lines = (text: string) => runRule(DL3016, parseDockerfile(text));

describe('DL3016 npm install pins', () => {
  it('fails when a package has no version', () => {
    expect(lines('FROM a:1\nRUN npm install express\nRUN npm install -g typescript@5 ts-node\nRUN npm -g install pm2\n')).toEqual([2, 3, 4]);
  });

  it('passes versions, tags, tarballs, folders and pinned git urls', () => {
    const text = 'FROM a:1\nRUN npm install express@4 @types/node@20 lodash@latest x.tgz ./lib /abs ~/x git+https://h/r.git#v1\n';
    expect(lines(text)).toEqual([]);
  });

  it('fails scoped packages and git urls without a version', () => {
    expect(lines('FROM a:1\nRUN npm install @types/node\nRUN npm install git+https://h/r.git\nRUN npm install user/repo\n')).toEqual([2, 3, 4]);
  });

  it('only checks npm install as the first word', () => {
    expect(lines('FROM a:1\nRUN npm install\nRUN npm ci\nRUN npm i express\nRUN npm run install x\nRUN npm --prefix /x install y\n')).toEqual([]);
  });

  it('drops the values of --loglevel and --registry', () => {
    expect(lines('FROM a:1\nRUN npm install --loglevel warn --registry https://r express@4\n')).toEqual([]);
  });

  // hadolint strips a scope by dropping leading characters above `/` in ASCII, so `@my-org/x@1` is read as `-org/x@1`; we match it.
  it('reads scopes with a dash as hadolint does', () => {
    expect(lines('FROM a:1\nRUN npm install @my-org/x@1\nRUN npm install @my-org/x\n')).toEqual([3]);
  });

  it('checks ONBUILD', () => {
    expect(lines('FROM a:1\nONBUILD RUN npm install express\n')).toEqual([2]);
  });
});
