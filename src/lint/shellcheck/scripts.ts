// The scripts hadolint hands to ShellCheck: each shell-form RUN (and ONBUILD RUN), prefixed with
// a shebang for the stage's SHELL and an `export` for every ARG and ENV seen so far in the
// stage, so ShellCheck does not report those variables as unassigned.
import type { Dockerfile, Instruction } from '../dockerfile/model.js';
import { parseFrom, parsePairs } from '../dockerfile/syntax.js';
import { parseShellPragma } from '../pragma.js';

export interface RunScript {
  /** The RUN's line: where hadolint reports ShellCheck's findings. */
  line: number;
  /** Full script text with shebang and exports, ready for ShellCheck. */
  script: string;
}

interface ShellOpts {
  shell: string;
  vars: Set<string>;
}

const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'];
const defaultOpts = (): ShellOpts => ({ shell: '/bin/sh -c', vars: new Set(PROXY_VARS) });
const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
const SUPPORTED_SHEBANGS = ['#!/bin/sh', '#!/bin/bash', '#!/bin/ksh', '#!/usr/bin/env sh', '#!/usr/bin/env bash', '#!/usr/bin/env ksh'];

export function runScripts(file: Dockerfile): RunScript[] {
  const out: RunScript[] = [];
  const stageOpts: ShellOpts[] = [];
  const aliases = new Map<string, number>();
  let base = defaultOpts();
  let opts = defaultOpts();
  const comments = new Map(file.comments.map((c) => [c.line, c.text]));
  let lastLine = 0;

  const visit = (inst: Instruction, line: number) => {
    switch (inst.keyword) {
      case 'FROM': {
        const img = parseFrom(inst);
        const from = aliases.get(img.name);
        opts = from === undefined ? copy(base) : copy(stageOpts[from] ?? base);
        stageOpts.push(opts);
        if (img.alias) aliases.set(img.alias, stageOpts.length - 1);
        break;
      }
      case 'ARG':
        opts.vars.add((inst.args.split('=')[0] as string).trim());
        break;
      case 'ENV':
        for (const p of parsePairs(inst.args)) opts.vars.add(p.key);
        break;
      case 'SHELL':
        opts.shell = inst.json ? inst.json.join(' ') : inst.args;
        break;
      case 'RUN': {
        if (inst.json) break;
        const script = buildScript(opts, inst.args);
        if (script !== null) out.push({ line, script });
        break;
      }
      default:
        break;
    }
  };

  for (const inst of file.instructions) {
    // `# hadolint shell=...` comments between the previous instruction and this one.
    for (let l = lastLine + 1; l < inst.line; l++) {
      const sh = comments.has(l) ? parseShellPragma(comments.get(l) as string) : null;
      if (sh) {
        opts.shell = sh;
        if (stageOpts.length === 0) base = copy(opts);
      }
    }
    lastLine = inst.endLine;
    visit(inst, inst.line);
    if (inst.inner) visit(inst.inner, inst.line);
  }
  return out;
}

function copy(o: ShellOpts): ShellOpts {
  return { shell: o.shell, vars: new Set(o.vars) };
}

function buildScript(opts: ShellOpts, text: string): string | null {
  if (NON_POSIX.some((s) => opts.shell.includes(s))) return null;
  if (text.startsWith('#!') && !SUPPORTED_SHEBANGS.some((s) => text.startsWith(s))) return null;
  const shell = opts.shell.split(/\s+/).filter(Boolean)[0] ?? '';
  const exports = [...opts.vars].sort().map((v) => `export ${v}=1\n`).join('');
  return `#!${shell}\n${exports}${text}`;
}
