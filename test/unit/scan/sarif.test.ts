// scan-image's SARIF: what GitHub code scanning shows for each finding, and that the Multitool
// (schema + GitHub's ingestion rules) accepts it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge } from '../../../src/scan/gate.js';
import { parseIgnoreFile } from '../../../src/scan/ignore-file.js';
import { scanSarif, securitySeverity } from '../../../src/scan/sarif.js';
import { parseVex } from '../../../src/scan/vex.js';
import { sarifProblems } from '../../sarif-multitool.js';
import { BASE_LAYER, DEBIAN_IMAGE, IMAGE_PRODUCT, IMAGE_REFS, LIBC, NOW, OPENSSL, REQUESTS, ZLIB, vexDoc } from './findings.js';

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
  partialFingerprints: { primaryLocationLineHash: string };
  suppressions?: { kind: string; status: string; justification: string }[];
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties: { 'security-severity': string; tags: string[] };
}
interface Log {
  runs: { tool: { driver: { name: string; rules: Rule[] }; extensions: { name: string; version: string }[] }; results: Result[]; originalUriBaseIds?: object }[];
}

const DOCKERFILE = ['# syntax=docker/dockerfile:1', 'FROM python:3.12-slim AS base', 'RUN pip install requests==2.19.0', '', 'FROM base', 'COPY model.onnx /models/', ''].join('\n');
const ignores = parseIgnoreFile('ignore:\n  - id: CVE-2099-0002\n    reason: zlib is not reachable from the model server\n    expires: 2027-03-31\n', '.scan-ignore.yaml');
const vex = [parseVex(vexDoc([{ vulnerability: { name: 'CVE-2099-0003' }, products: [IMAGE_PRODUCT], status: 'not_affected', justification: 'vulnerable_code_not_present' }]), 'vex.json')];
const judged = judge(DEBIAN_IMAGE, { failOn: 'high', ignoreUnfixed: false, ignores, vex, imageRefs: IMAGE_REFS, now: NOW }).findings;
const base = { version: '0.1.0', scanner: { name: 'trivy', version: '0.74.0' }, image: 'ghcr.io/acme/model-server:1.4' };
const sarif = (o: Partial<Parameters<typeof scanSarif>[1]> = {}) => scanSarif(judged, { ...base, ...o }) as Log;
const byRule = (log: Log, id: string) => log.runs[0]?.results.find((r) => r.ruleId === id) as Result;

describe('scanSarif', () => {
  it('reports every finding, suppressed ones with the reason', () => {
    const log = sarif();
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe('model-cd scan-image');
    expect(run?.tool.extensions).toEqual([{ name: 'trivy', version: '0.74.0' }]);
    expect(run?.results).toHaveLength(7);
    expect(byRule(log, 'CVE-2099-0002').suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'zlib is not reachable from the model server' }]);
    expect(byRule(log, 'CVE-2099-0003').suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'VEX not_affected: vulnerable_code_not_present (vex.json)' }]);
    expect(byRule(log, 'CVE-2099-0001').suppressions).toBeUndefined();
  });

  it('sets the level from the severity, whatever fail-on is', () => {
    const levels = Object.fromEntries(sarif().runs[0]?.results.map((r) => [r.ruleId, r.level]) ?? []);
    expect(levels).toEqual({ 'CVE-2099-0001': 'error', 'CVE-2099-0301': 'error', 'CVE-2099-0002': 'error', 'CVE-2099-0201': 'error', 'CVE-2099-0202': 'warning', 'CVE-2099-0003': 'warning', 'CVE-2099-0302': 'note' });
  });

  it('gives each advisory one rule with security-severity and tags', () => {
    const log = sarif();
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
    const openssl = rules.find((r) => r.id === 'CVE-2099-0001');
    expect(openssl).toMatchObject({ shortDescription: { text: OPENSSL.title }, helpUri: OPENSSL.url, properties: { 'security-severity': '9.8', tags: ['security', 'vulnerability', 'critical'] } });
    for (const r of log.runs[0]?.results ?? []) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('keeps security-severity inside the band GitHub reads as the severity', () => {
    expect(securitySeverity('critical', 9.8)).toBe('9.8');
    expect(securitySeverity('critical', 9.0)).toBe('9.5');
    expect(securitySeverity('critical', null)).toBe('9.5');
    expect(securitySeverity('high', 7.5)).toBe('7.5');
    expect(securitySeverity('high', 9.8)).toBe('8.0');
    expect(securitySeverity('medium', null)).toBe('5.5');
    expect(securitySeverity('medium', 2.0)).toBe('5.5');
    expect(securitySeverity('low', 2.9)).toBe('2.9');
    expect(securitySeverity('low', null)).toBe('3.0');
    expect(securitySeverity('negligible', 3.1)).toBe('0.0');
    expect(securitySeverity('unknown', 8.8)).toBe('0.0');
  });

  it('points at the base image FROM line for base-layer packages when given the Dockerfile', () => {
    const log = sarif({ dockerfile: { path: 'serving/Dockerfile', text: DOCKERFILE }, baseLayers: new Set([BASE_LAYER]) });
    const openssl = byRule(log, 'CVE-2099-0001');
    expect(openssl.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'serving/Dockerfile' }, region: { startLine: 2, startColumn: 1 } });
    expect(openssl.message.text).toBe(`CVE-2099-0001 (critical) in openssl 3.0.11-1~deb12u2: ${OPENSSL.title}. Fixed in 3.0.13-1~deb12u1. It comes with the base image (python:3.12-slim).`);
    expect(byRule(log, 'CVE-2099-0201').locations[0]?.physicalLocation.region.startLine).toBe(1);
    expect(log.runs[0]?.originalUriBaseIds).toBeUndefined();
  });

  it('points into the image without a Dockerfile', () => {
    const log = sarif();
    expect(byRule(log, 'CVE-2099-0201').locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: REQUESTS.path, uriBaseId: 'IMAGE' });
    expect(byRule(log, 'CVE-2099-0001').locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'openssl', uriBaseId: 'IMAGE' });
    expect(byRule(log, 'CVE-2099-0002').message.text).toBe(`CVE-2099-0002 (high) in zlib1g 1:1.2.13.dfsg-1: ${ZLIB.title}. No fixed version yet.`);
  });

  it('keeps fingerprints across versions and Dockerfile edits, and apart across packages', () => {
    const fp = (f: typeof LIBC, o: Partial<Parameters<typeof scanSarif>[1]> = {}) =>
      (scanSarif(judge([f], { failOn: 'high', ignoreUnfixed: false, ignores: [], vex: [], imageRefs: [], now: NOW }).findings, { ...base, ...o }) as Log).runs[0]?.results[0]?.partialFingerprints.primaryLocationLineHash;
    const first = fp(LIBC);
    expect(fp({ ...LIBC, version: '2.36-9+deb12u5' })).toBe(first);
    expect(fp(LIBC, { dockerfile: { path: 'Dockerfile', text: DOCKERFILE }, baseLayers: new Set([BASE_LAYER]) })).toBe(first);
    expect(fp({ ...LIBC, package: 'libc-bin' })).not.toBe(first);
    expect(fp({ ...LIBC, id: 'CVE-2099-0004' })).not.toBe(first);
  });

  it.each([
    ['with a Dockerfile', { dockerfile: { path: 'serving/Dockerfile', text: DOCKERFILE }, baseLayers: new Set([BASE_LAYER]) }],
    ['without one', {}],
  ])('is valid SARIF 2.1.0 that GitHub code scanning accepts, %s', (_, o) => {
    const file = join(mkdtempSync(join(tmpdir(), 'scan-sarif-')), 'scan.sarif');
    writeFileSync(file, JSON.stringify(sarif(o), null, 2));
    expect(sarifProblems(file)).toEqual([]);
  }, 60_000);
});
