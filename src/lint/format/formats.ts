// Report formats, hadolint-compatible where hadolint has the format (json, checkstyle,
// codeclimate, gitlab_codeclimate, tty); SARIF is richer than hadolint's (rule metadata, help
// links) because GitHub code scanning shows it to people.
import { createHash } from 'node:crypto';
import type { Finding } from '../lint.js';
import type { Severity } from '../rule.js';

export const FORMATS = ['tty', 'json', 'sarif', 'checkstyle', 'codeclimate', 'gitlab_codeclimate'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileFindings {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  findings: Finding[];
}

export interface RuleMeta {
  code: string;
  severity: Severity;
  message: string;
  helpUri: string;
  /** Why the rule exists, for rules documented here (MCD). */
  rationale?: string;
}

export function formatReport(format: Format, results: FileFindings[], rules: Map<string, RuleMeta>, version: string, color = false): string {
  switch (format) {
    case 'tty':
      return tty(results, color);
    case 'json':
      return json(results);
    case 'checkstyle':
      return checkstyle(results);
    case 'codeclimate':
      return codeclimate(results, false);
    case 'gitlab_codeclimate':
      return codeclimate(results, true);
    case 'sarif':
      return JSON.stringify(sarif(results, rules, version), null, 2) + '\n';
  }
}

const COLORS: Record<Severity, string> = { error: '\x1b[1;91m', warning: '\x1b[1;93m', info: '\x1b[92m', style: '\x1b[92m', ignore: '' };

function tty(results: FileFindings[], color: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const level = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      lines.push(`${r.file}:${f.line} ${f.code} ${level}: ${f.message}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function json(results: FileFindings[]): string {
  const rows = results.flatMap((r) =>
    r.findings.map((f) => ({ code: f.code, column: f.column, file: r.file, level: f.severity, line: f.line, message: f.message })),
  );
  return JSON.stringify(rows) + '\n';
}

function xmlEscape(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

function checkstyle(results: FileFindings[]): string {
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n`;
  for (const r of results) {
    out += `  <file name="${xmlEscape(r.file)}">\n`;
    for (const f of r.findings) {
      out += `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${xmlEscape(f.message)}" source="${xmlEscape(f.code)}"/>\n`;
    }
    out += `  </file>\n`;
  }
  return out + `</checkstyle>\n`;
}

const IMPACT: Record<Severity, string> = { error: 'blocker', warning: 'major', info: 'info', style: 'minor', ignore: '' };

// Keys in sorted order, as hadolint (aeson) writes them: GitLab's fingerprint is the SHA-1 of the
// issue without it, so the same finding gets the same fingerprint from either tool.
function codeclimate(results: FileFindings[], gitlab: boolean): string {
  const issues = results.flatMap((r) =>
    r.findings.map((f) => {
      const base = {
        categories: ['Bug Risk'],
        check_name: f.code,
        description: f.message,
        location: { lines: { begin: f.line, end: f.line }, path: r.file },
        severity: IMPACT[f.severity],
        type: 'issue',
      };
      if (!gitlab) return base;
      const fingerprint = createHash('sha1').update(JSON.stringify(base)).digest('hex');
      const { categories, check_name, description, ...rest } = base;
      return { categories, check_name, description, fingerprint, ...rest };
    }),
  );
  // hadolint writes Code Climate issues NUL-separated; GitLab wants one JSON array.
  return gitlab ? JSON.stringify(issues) + '\n' : issues.map((i) => JSON.stringify(i) + '\0').join('');
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
  ignore: 'none',
};

export function sarif(results: FileFindings[], rules: Map<string, RuleMeta>, version: string): object {
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const descriptors = used.map((code) => {
    const meta = rules.get(code);
    const text = meta?.message ?? (code.startsWith('SC') ? `ShellCheck ${code}` : code);
    const uri = meta?.helpUri ?? helpUri(code);
    const why = meta?.rationale ? `\n\n${meta.rationale}` : '';
    return {
      id: code,
      shortDescription: { text },
      fullDescription: { text: text + why },
      // GitHub code scanning requires a help text; it shows it beside the alert.
      help: { text: `${text}${why}\n\nDocumentation: ${uri}`, markdown: `${text}${why}\n\n[${code} documentation](${uri})` },
      helpUri: uri,
      defaultConfiguration: { level: SARIF_LEVEL[meta?.severity ?? 'warning'] },
      properties: { tags: [code.startsWith('SC') ? 'shell' : 'dockerfile'] },
    };
  });
  const index = new Map(used.map((c, i) => [c, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'model-cd lint-dockerfile',
            informationUri: 'https://github.com/model-cd/model-cd',
            version,
            semanticVersion: version,
            rules: descriptors,
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: { startLine: f.line, startColumn: f.column },
                },
              },
            ],
            partialFingerprints: { primaryLocationLineHash: createHash('sha256').update(`${r.file}:${f.code}:${f.message}`).digest('hex').slice(0, 16) },
          })),
        ),
      },
    ],
  };
}

/** A relative path as a SARIF artifact URI: `/` separators, each segment percent-encoded. */
export function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function helpUri(code: string): string {
  if (code.startsWith('SC')) return `https://www.shellcheck.net/wiki/${code}`;
  if (code.startsWith('DL')) return `https://github.com/hadolint/hadolint/wiki/${code}`;
  return `https://github.com/model-cd/model-cd/blob/main/docs/rules/${code}.md`;
}
