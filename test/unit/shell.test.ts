import { describe, expect, it } from 'vitest';
import { getArgsNoFlags, getFlagArg, parseCommands } from '../../src/lint/shell/commands.js';

const names = (s: string) => parseCommands(s).commands.map((c) => c.name);
const args = (s: string) => parseCommands(s).commands.map((c) => c.arguments.map((a) => a.arg));

describe('shell commands as hadolint sees them', () => {
  it('finds commands in lists, pipelines, subshells, groups and substitutions', () => {
    expect(names('a && b || c; d | e & f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(names('(cd /x && make) ; { echo 1; }')).toEqual(['cd', 'make', 'echo']);
    expect(names('echo $(curl -s x | sh) `uname`')).toEqual(['echo', 'curl', 'sh', 'uname']);
    expect(names('x=$(cat f) y=1')).toEqual(['cat']);
  });

  it('walks if, for, while, case and functions', () => {
    // `[ ... ]` is a test expression for ShellCheck, not a command.
    expect(names('if [ -f x ]; then rm x; elif true; then :; else echo no; fi')).toEqual(['rm', 'true', ':', 'echo']);
    expect(names('time -p wget x; time curl y | sh')).toEqual(['wget', 'curl', 'sh']);
    expect(names('for p in a b; do pip install "$p"; done')).toEqual(['pip']);
    expect(names('while read l; do echo $l; done < f')).toEqual(['read', 'echo']);
    expect(names('case "$A" in x) apt-get update;; *) yum install y;; esac')).toEqual(['apt-get', 'yum']);
    expect(names('f() { wget x; }; f')).toEqual(['wget', 'f']);
  });

  it('simplifies words: quotes removed, expansions kept as ${...}', () => {
    expect(args(`apt-get install -y "curl=7.*" 'vim' $PKG \${VER} $(echo x)`)[0]).toEqual(['install', '-y', 'curl=7.*', 'vim', '${PKG}', '${VER}', '${echox}']);
    expect(args('echo a\\ b "x$HOME/y"')).toEqual([['a b', 'x${HOME}/y']]);
    // A substitution holding a pipe or a list simplifies to nothing, as in hadolint.
    expect(args('apt-get install $(cat f | xargs) $(a && b) $(a; b c)')[0]).toEqual(['install', '${}', '${}', '${abc}']);
  });

  it('keeps redirections out of the arguments', () => {
    expect(args('curl -o /x http://h 2>/dev/null > out.txt')).toEqual([['-o', '/x', 'http://h']]);
  });

  it('looks through busybox, command and exec, and skips commands whose name is an expansion', () => {
    expect(names('busybox wget x; command -v apt; exec -a n python app.py; $CMD run')).toEqual(['wget', '-v', 'python']);
  });

  it('reads flags and their values like hadolint', () => {
    const [useradd] = parseCommands('useradd -u 12345 -m --shell=/bin/sh luser').commands;
    expect(getFlagArg('u', useradd!)).toEqual(['12345']);
    expect(getArgsNoFlags(useradd!)).toEqual(['12345', 'luser']);
    expect(useradd!.flags.map((f) => f.arg)).toEqual(['u', 'm', 'shell']);
  });

  it('reads heredocs in the script as data, not commands', () => {
    expect(names('cat <<EOF > /etc/x\napt-get install y\nEOF\necho done')).toEqual(['cat', 'echo']);
  });

  it('sees pipes, also inside substitutions', () => {
    expect(parseCommands('a | b').hasPipes).toBe(true);
    expect(parseCommands('echo $(a | b)').hasPipes).toBe(true);
    expect(parseCommands('a || b').hasPipes).toBe(false);
  });

  it('gives no commands for invalid shell, as hadolint does', () => {
    for (const bad of ['echo "unterminated', 'if true; then echo', 'a &&', 'echo $(foo']) {
      const p = parseCommands(bad);
      expect(p.valid, bad).toBe(false);
      expect(p.commands).toEqual([]);
    }
  });
});
