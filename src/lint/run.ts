// Lints a set of Dockerfiles: reads them, runs ShellCheck once for all of them when it is
// available, then the rules. Reading problems become findings of the file, not crashes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LintConfig } from './config.js';
import { parseDockerfile } from './dockerfile/parse.js';
import type { FileFindings } from './format/formats.js';
import { lintParsed, type ExternalHit, type Finding } from './lint.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';
import { shellcheck, ShellcheckError } from './shellcheck/run.js';
import { runScripts, type RunScript } from './shellcheck/scripts.js';

export interface LintRequest {
  files: string[];
  cwd: string;
  config: LintConfig;
  /** Path of a shellcheck binary, or null to skip ShellCheck. */
  shellcheck: string | null;
  /** Standard input, for the file `-`. */
  stdin?: () => string;
  rules?: readonly Rule[];
  /** Told when ShellCheck cannot be used and its checks are skipped. */
  warn?: (message: string) => void;
}

// Larger files are not Dockerfiles anyone writes by hand; reading them whole would only risk memory.
const MAX_BYTES = 64 * 1024 * 1024;

export async function lintFiles(req: LintRequest): Promise<FileFindings[]> {
  const rules = req.rules ?? allRules;
  const parsed = req.files.map((file) => {
    const read = readText(file, req);
    return { file, read, doc: 'text' in read ? parseDockerfile(read.text) : null };
  });

  let external = new Map<string, ExternalHit[]>();
  if (req.shellcheck) {
    const scripts = new Map<string, RunScript[]>();
    for (const p of parsed) if (p.doc && !p.doc.error) scripts.set(p.file, runScripts(p.doc));
    try {
      external = await shellcheck(req.shellcheck, scripts);
    } catch (e) {
      // The DL and ML rules still stand on their own; losing SC checks is worth a warning, not the lint.
      if (!(e instanceof ShellcheckError)) throw e;
      req.warn?.(`ShellCheck failed, so the SC checks on RUN scripts were skipped: ${e.message}. Fix or reinstall shellcheck, point \`shellcheck\` at a working binary, or set \`shellcheck: off\`.`);
    }
  }

  return parsed.map(({ file, read, doc }) => {
    if (!doc) return { file, findings: [read as Finding] };
    return { file, findings: lintParsed(doc, req.config, rules, external.get(file) ?? []) };
  });
}

function readText(file: string, req: LintRequest): { text: string } | Finding {
  try {
    if (file === '-') return { text: req.stdin ? req.stdin() : '' };
    const buf = readFileSync(resolve(req.cwd, file));
    if (buf.length > MAX_BYTES) return unreadable(`file is ${buf.length} bytes; Dockerfiles over ${MAX_BYTES} bytes are not linted`);
    if (buf.includes(0)) return unreadable('file is binary (it contains NUL bytes), not a Dockerfile');
    return { text: buf.toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return unreadable(code === 'EACCES' ? 'file is not readable (permission denied)' : `file cannot be read (${code ?? String(e)})`);
  }
}

function unreadable(message: string): Finding {
  return { line: 1, column: 1, code: 'DL1000', severity: 'error', message };
}
