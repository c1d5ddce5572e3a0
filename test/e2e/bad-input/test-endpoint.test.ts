// test-endpoint given bad inputs or a bad endpoint (helper.ts says what each case must show): an
// unreachable URL, TLS that does not verify, a server that answers HTML, one that never answers,
// a contract that does not match the model, and every input it reads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../../harness.js';
import { closedPort } from '../../integration/closed-port.js';
import { startBrokenServer, type Running } from '../../integration/endpoint/broken-server.js';
import { badWorkspace, corpus, unwritableFolderCases, type BadCase } from './helper.js';

const EXAMPLE = join(ROOT, 'examples', 'model');
const CONTRACT = join(EXAMPLE, 'model-contract.yaml');

let workspace: string;
let base: Record<string, string>;
let good: Running;
let html: Running;
let hang: Running;
let tls: Server;
const urls: Record<string, string> = {};

/** An HTTPS server whose certificate no one trusts (self-signed, made here by openssl). */
async function selfSigned(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'self-signed-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('{"ready": true}'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

beforeAll(async () => {
  workspace = badWorkspace('test-endpoint', {
    'wrong-contract.yaml': readFileSync(CONTRACT, 'utf8').replace('{name: features, type: float32', '{name: inputs, type: float32'),
  });
  [good, html, hang, tls] = await Promise.all([startBrokenServer('good'), startBrokenServer('html'), startBrokenServer('hang'), selfSigned()]);
  urls.closed = `http://127.0.0.1:${await closedPort()}`;
  urls.tls = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
  base = { url: good.url, contract: CONTRACT, data: join(EXAMPLE, 'holdout.csv'), checks: 'smoke,contract', timeout: '5', 'report-dir': 'report' };
});
afterAll(async () => {
  for (const s of [good, html, hang]) await s?.close();
  tls?.close();
});

const cases: BadCase[] = [
  { name: 'an empty url', inputs: { url: '' }, names: 'input `url`: "" is empty' },
  { name: 'a url without a scheme', inputs: { url: 'localhost:8080' }, names: 'input `url`: "localhost:8080" is not an http or https URL' },
  { name: 'a url that is a route, not the base', inputs: { url: 'http://127.0.0.1:1/invocations' }, names: 'ends in a route (/invocations)' },
  { name: 'an unreachable url (nothing listens)', inputs: { url: 'CLOSED' }, names: /^Cannot reach the endpoint: GET http:\/\/127\.0\.0\.1:\d+\/v2\/health\/ready got no answer: ECONNREFUSED/ },
  { name: 'https to a server that speaks plain HTTP', inputs: { url: 'GOOD_AS_HTTPS' }, names: /^Cannot reach the endpoint: .*the server does not speak TLS at that address\. Verification stays on/ },
  { name: 'a certificate that does not verify', inputs: { url: 'TLS' }, names: /^Cannot reach the endpoint: .*(SELF_SIGNED|self-signed).*TLS verification failed.*Verification stays on/ },
  { name: 'a server that answers HTML', inputs: { url: 'HTML' }, names: /^The endpoint answers HTML, not a model server's protocol: GET http:\/\/127\.0\.0\.1:\d+\/v2\/health\/ready answered 200 text\/html: <!doctype html>/ },
  { name: 'a server that never answers', inputs: { url: 'HANG', timeout: '1' }, names: /^Cannot reach the endpoint: GET \S+ got no answer: no answer within 1 s \(input `timeout`\)\. Check that the server is up and answering, or raise `timeout`\./ },
  { name: 'a contract that does not match the model', inputs: { contract: 'wrong-contract.yaml', model: join(EXAMPLE, 'candidate.onnx') }, names: /^input `contract`: "wrong-contract\.yaml" does not match input `model` .*input `inputs`: declared, but the model has no such input/ },
  { name: 'a model name the server does not serve', inputs: { 'model-name': 'nope', protocol: 'v2' }, names: /^input `model-name`: "nope" is not a model of http:\/\/127\.0\.0\.1:\d+: GET .*\/v2\/models\/nope answered 404/ },
  { name: 'a model that does not exist', inputs: { model: 'nope.onnx' }, names: 'input `model`: "nope.onnx" does not exist' },
  { name: 'data that does not exist', inputs: { data: 'nope.csv' }, names: 'input `data`' },
  { name: 'no data and no contract', inputs: { data: '', contract: 'none' }, names: 'input `data`: "" is empty and no contract declares the feature columns' },
  { name: 'a typo in checks', inputs: { checks: 'smoke,contrct' }, names: 'input `checks`: "contrct" is not a check' },
  { name: 'empty checks', inputs: { checks: ' , ' }, names: 'input `checks`: "" is empty' },
  { name: 'a typo in negative-cases', inputs: { 'negative-cases': 'missing-field,wrong_type' }, names: 'input `negative-cases`: "wrong_type"' },
  { name: 'a typo in protocol', inputs: { protocol: 'kserve' }, names: 'input `protocol`: "kserve" is not allowed' },
  { name: 'rows of 0', inputs: { rows: '0' }, names: 'input `rows`' },
  { name: 'a negative tolerance', inputs: { tolerance: '-1e-5' }, names: 'input `tolerance`' },
  { name: 'a gate that is not a number', inputs: { 'max-p95-ms': 'fast' }, names: 'input `max-p95-ms`: "fast" is not a number >= 0' },
  { name: 'an error-rate gate over 1', inputs: { 'max-error-rate': '5' }, names: 'input `max-error-rate`' },
  { name: 'an expected sha256 that is not one', inputs: { 'expected-sha256': 'abc123' }, names: 'input `expected-sha256`: "abc123" is not a sha256' },
  { name: 'an oversized body size that is not a size', inputs: { 'oversized-body-size': 'big' }, names: 'input `oversized-body-size`: "big" is not a size' },
  { name: 'a load duration of 0', inputs: { 'load-duration': '0' }, names: 'input `load-duration`' },
  ...unwritableFolderCases('report-dir', 'a-file'),
];

// URLs of servers started in beforeAll, put in when the case runs.
const resolveUrl = (u: string) => (u === 'CLOSED' ? urls.closed : u === 'TLS' ? urls.tls : u === 'HTML' ? html.url : u === 'HANG' ? hang.url : u === 'GOOD_AS_HTTPS' ? good.url.replace('http:', 'https:') : u) as string;

corpus(
  'test-endpoint',
  cases.map((c) => (c.inputs.url !== undefined ? { ...c, inputs: { ...c.inputs, get url() { return resolveUrl(c.inputs.url as string); } } } : c)),
  () => ({ workspace, base }),
);
