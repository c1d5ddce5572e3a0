// scan-image's job summary, read in five seconds: the verdict first (against fail-on, which
// scanner, how old its database is), counts by severity, the worst open findings, expired ignore
// entries, then every finding folded. And the annotation on the Dockerfile's FROM line when the
// base image brings vulnerabilities, since that line is where they get fixed.
import type { AnnotationLevel } from '../common/io.js';
import { cell, link, plain } from '../common/markdown.js';
import { baseFrom } from './dockerfile-base.js';
import { SEVERITIES, type JudgedFinding } from './finding.js';
import type { Judgement } from './gate.js';

export interface ScanMeta {
  /** The scanned image as people know it (reference or digest). */
  image: string;
  scanner: string;
  scannerVersion: string;
  /** When the vulnerability database was built, null when the scanner does not say. */
  dbUpdatedAt: Date | null;
  now: Date;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file: string;
  line: number;
  title: string;
}

const TOP = 10;
/** Rows of the folded table; past this the summary would near GitHub's 1 MiB limit on big images. */
const FULL_ROWS = 1000;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const md = (s: string) => cell(plain(s));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const open = (j: Judgement) => j.findings.filter((f) => !f.suppressed);

function bySeverity(fs: readonly JudgedFinding[]): string {
  return SEVERITIES.map((s) => [s, fs.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}

/** One line for the log. */
export function verdictLine(j: Judgement, m: ScanMeta): string {
  const o = open(j);
  if (j.failOn === 'none') return `scan-image: ${o.length ? `${plural(o.length, 'open finding')} (${bySeverity(o)})` : 'no open findings'} in ${m.image}; fail-on is none, so the step passes`;
  if (!j.passed) return `scan-image: ${plural(j.failing.length, 'finding')} at ${j.failOn} or above (${bySeverity(j.failing)}) in ${m.image}: failed`;
  return `scan-image: nothing open at ${j.failOn} or above in ${m.image}${o.length ? ` (${o.length} below: ${bySeverity(o)})` : ''}: passed`;
}

export function scanSummary(j: Judgement, m: ScanMeta): string {
  const o = open(j);
  const image = `\`${md(m.image)}\``;
  let title: string;
  if (j.failOn === 'none') title = `### ${o.length ? '⚠️' : '✅'} scan-image: ${o.length ? `${plural(o.length, 'open finding')} (${bySeverity(o)})` : 'no open findings'} in ${image} (fail-on is \`none\`: report only)`;
  else if (!j.passed) title = `### ❌ scan-image: ${plural(j.failing.length, 'finding')} at \`${j.failOn}\` or above in ${image} (${bySeverity(j.failing)})`;
  else title = `### ✅ scan-image: nothing open at \`${j.failOn}\` or above in ${image}${o.length ? ` (${o.length} below it: ${bySeverity(o)})` : ''}`;

  const suppressed = j.findings.length - o.length;
  const how = (['vex', 'ignore-file', 'ignore-unfixed'] as const)
    .map((by) => [by, j.findings.filter((f) => f.suppressed?.by === by).length] as const)
    .filter(([, n]) => n > 0)
    .map(([by, n]) => `${n} by ${by === 'vex' ? 'VEX' : by === 'ignore-file' ? 'the ignore file' : 'ignore-unfixed'}`);
  const lines = [
    title,
    '',
    `Scanned with ${md(m.scanner)} ${md(m.scannerVersion)}; ${dbAge(m)}.${j.failOn === 'none' ? '' : ` Fails on \`${j.failOn}\` and above.`}`,
    j.findings.length ? `${plural(j.findings.length, 'finding')}: ${o.length} open, ${suppressed} suppressed${how.length ? ` (${how.join(', ')})` : ''}.` : 'No vulnerabilities found.',
  ];

  if (j.findings.length) {
    lines.push('', '| Severity | Open | Suppressed |', '| --- | ---: | ---: |');
    for (const s of SEVERITIES) {
      const c = j.counts[s];
      if (c.total) lines.push(`| ${s} | ${c.open} | ${c.total - c.open} |`);
    }
  }

  if (o.length) {
    const failing = new Set(j.failing);
    lines.push('', `**Worst open findings**${o.length > TOP ? ` (${TOP} of ${o.length})` : ''}`, '', '| Advisory | Severity | Package | Installed | Fixed in |', '| --- | --- | --- | --- | --- |');
    for (const f of o.slice(0, TOP)) {
      const sev = failing.has(f) ? `**${f.severity}** ❌` : f.severity;
      lines.push(`| ${link(md(f.id), f.url)} | ${sev} | ${md(f.package)} | ${md(f.version)} | ${f.fixedVersion ? md(f.fixedVersion) : 'no fix yet'} |`);
    }
  }

  if (j.expiredIgnores.length) {
    lines.push('', '**Expired ignore entries** (they hide nothing now)', '');
    for (const { entry: e, matched } of j.expiredIgnores) {
      const then = matched ? `it matched ${plural(matched, 'finding')}, counted again: fix ${matched === 1 ? 'it' : 'them'} or renew \`expires\`` : 'it matches no finding now: delete it';
      lines.push(`- \`${md(e.id)}\`${e.package ? ` in ${md(e.package)}` : ''} expired ${e.expires} (${md(e.file)}, entry ${e.entry}${e.line ? `, line ${e.line}` : ''}): ${then}. Reason given: ${md(e.reason)}`);
    }
  }

  if (j.findings.length) {
    const rows = j.findings.slice(0, FULL_ROWS);
    lines.push('', `<details><summary>All ${plural(j.findings.length, 'finding')}</summary>`, '', '| Advisory | Severity | Package | Installed | Fixed in | Path | Status |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const f of rows) {
      lines.push(`| ${link(md(f.id), f.url)} | ${f.severity} | ${md(f.package)} | ${md(f.version)} | ${f.fixedVersion ? md(f.fixedVersion) : 'no fix yet'} | ${f.path ? `\`${md(f.path)}\`` : ''} | ${status(f, j)} |`);
    }
    if (j.findings.length > rows.length) lines.push('', `…and ${j.findings.length - rows.length} more in the SARIF report.`);
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}

function status(f: JudgedFinding, j: Judgement): string {
  const s = f.suppressed;
  if (!s) return j.failing.includes(f) ? '❌ open, fails the gate' : f.expiredIgnore ? `open (ignore expired ${f.expiredIgnore.expires})` : 'open';
  if (s.by === 'ignore-file') return `ignored until ${s.expires ?? '–'}: ${md(s.reason)}`;
  if (s.by === 'vex') return `VEX ${s.status}${s.justification ? `: ${md(s.justification)}` : ''} (${md(s.document)})`;
  return 'no fix yet (ignore-unfixed)';
}

function dbAge(m: ScanMeta): string {
  if (!m.dbUpdatedAt) return 'vulnerability database age unknown';
  const ms = m.now.getTime() - m.dbUpdatedAt.getTime();
  const hours = Math.floor(ms / 3600_000);
  const age = ms < 0 ? 'dated in the future' : hours < 1 ? 'under an hour old' : hours < 48 ? `${plural(hours, 'hour')} old` : `${Math.floor(hours / 24)} days old`;
  const stale = ms > WEEK_MS ? ' ⚠️ over a week old, so recent advisories are missing' : '';
  return `vulnerability database built ${m.dbUpdatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (${age})${stale}`;
}

/**
 * One annotation on the FROM line that brings the final image's base, when open findings come
 * from the base image's layers (`baseLayers`: their diff_ids): an error when any of them fails the
 * gate, else a warning. One, not one per finding: the fix is the same line, and the runner shows
 * only a few annotations per step.
 */
export function annotationsFor(j: Judgement, dockerfile: { path: string; text: string }, baseLayers: ReadonlySet<string>): Annotation[] {
  const from = baseFrom(dockerfile.text);
  const inBase = open(j).filter((f) => f.layer !== null && baseLayers.has(f.layer));
  if (!from || inBase.length === 0) return [];
  const failing = inBase.filter((f) => j.failing.includes(f));
  const listed = inBase.slice(0, 5).map((f) => `${f.id} (${f.severity}) in ${f.package} ${f.version}${f.fixedVersion ? `, fixed in ${f.fixedVersion}` : ', no fix yet'}`);
  const more = inBase.length > listed.length ? `, and ${inBase.length - listed.length} more` : '';
  const gate = failing.length ? ` ${failing.length} of them ${failing.length === 1 ? 'fails' : 'fail'} the gate (fail-on ${j.failOn}).` : '';
  return [
    {
      level: failing.length ? 'error' : 'warning',
      file: dockerfile.path,
      line: from.line,
      title: `scan-image: base image ${from.image}`,
      message: `The base image ${from.image} brings ${plural(inBase.length, 'open vulnerability', 'open vulnerabilities')} (${bySeverity(inBase)}): ${listed.join('; ')}${more}.${gate} A newer base image may fix them.`,
    },
  ];
}
