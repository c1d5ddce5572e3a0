// The token server of the test registry `registry-token` (scripts/services.sh): the Docker token
// auth flow (https://distribution.github.io/distribution/spec/auth/token/) on 127.0.0.1, with no
// dependencies. It checks the Basic credentials of one fixed test user and answers
// GET /token?service=…&scope=… with an ES256 JWT whose `x5c` header holds the self-signed
// certificate the registry trusts (its `rootcertbundle`): distribution 2.8 verifies that chain,
// or looks a `kid` up as a libtrust key id, and the chain needs no key id to compute.
//
// What it grants the test user, so tests can meet refusals a real registry gives:
//   readonly/…  pull only (a push there is refused)
//   private/…   nothing (a mount from there is refused; the registry answers 401 insufficient_scope)
//   any other   what is asked (pull, push, delete)
//
//   node registry-token-server.mjs --port N --key KEY.pem --cert CERT.pem --service S --issuer I \
//     --user U --password P [-- REGISTRY COMMAND…]
//
// With a command after `--` it also runs the registry as its child, so that the service is one
// process group with one pid, started and stopped like the others; either exiting ends both.
import { spawn } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const TOKEN_SECONDS = 600;
const READONLY = 'readonly/';
const PRIVATE = 'private/';

function parseArgs(argv) {
  const split = argv.indexOf('--');
  const flags = split < 0 ? argv : argv.slice(0, split);
  const opts = { command: split < 0 ? [] : argv.slice(split + 1) };
  for (let i = 0; i < flags.length; i += 2) {
    const name = flags[i]?.replace(/^--/, '');
    if (!name || flags[i + 1] === undefined) throw new Error(`registry-token-server: ${flags[i]} needs a value`);
    opts[name] = flags[i + 1];
  }
  for (const required of ['port', 'key', 'cert', 'service', 'issuer', 'user', 'password']) {
    if (!opts[required]) throw new Error(`registry-token-server: --${required} is required`);
  }
  return opts;
}

/** `repository:name:pull,push` (a name may hold `:` before a port) as its parts. */
function parseScope(scope) {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last === first) return null;
  return { type: scope.slice(0, first).replace(/\(.*\)$/, ''), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',').filter(Boolean) };
}

/** The actions the test user gets of those it asks for. */
function grant(type, name, actions) {
  if (type !== 'repository') return actions;
  if (name.startsWith(PRIVATE)) return [];
  if (name.startsWith(READONLY)) return actions.filter((a) => a === 'pull');
  return actions.filter((a) => ['pull', 'push', 'delete', '*'].includes(a));
}

function basicCredentials(header) {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function jwt(claims, key, certificate) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ typ: 'JWT', alg: 'ES256', x5c: [certificate] })}.${part(claims)}`;
  // JWS wants ECDSA signatures as r || s, not DER.
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

function answer(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function serve(opts) {
  const key = createPrivateKey(readFileSync(opts.key));
  const certificate = new X509Certificate(readFileSync(opts.cert)).raw.toString('base64');
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token');
    if (req.method !== 'GET' || url.pathname !== '/token') return answer(res, 404, { errors: [{ code: 'NOT_FOUND', message: 'GET /token only' }] });
    const who = basicCredentials(req.headers.authorization);
    if (!who || who.user !== opts.user || who.password !== opts.password) {
      console.log(`token: refused ${who ? `user ${JSON.stringify(who.user)}` : 'an anonymous client'} (401)`);
      return answer(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'wrong or missing credentials' }] }, { 'www-authenticate': 'Basic realm="model-cd-test-token"' });
    }
    const service = url.searchParams.get('service');
    if (service !== opts.service) return answer(res, 400, { errors: [{ code: 'INVALID_REQUEST', message: `unknown service ${JSON.stringify(service)}` }] });
    // Scopes come one per parameter; some clients put several in one, space-separated.
    const access = [];
    for (const scope of url.searchParams.getAll('scope').flatMap((s) => s.split(/\s+/)).filter(Boolean)) {
      const parsed = parseScope(scope);
      if (!parsed) continue;
      const actions = grant(parsed.type, parsed.name, parsed.actions);
      if (actions.length) access.push({ type: parsed.type, name: parsed.name, actions });
    }
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: opts.issuer, sub: who.user, aud: opts.service, exp: now + TOKEN_SECONDS, nbf: now - 10, iat: now, jti: randomBytes(16).toString('hex'), access };
    console.log(`token: ${who.user} asked ${JSON.stringify(url.searchParams.getAll('scope'))}, granted ${JSON.stringify(access)}`);
    const token = jwt(claims, key, certificate);
    answer(res, 200, { token, access_token: token, expires_in: TOKEN_SECONDS, issued_at: new Date(now * 1000).toISOString() });
  });
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = serve(opts);
  server.on('error', (e) => {
    console.error(`registry-token-server: ${e.message}`);
    process.exit(1);
  });
  server.listen(Number(opts.port), '127.0.0.1', () => console.log(`token server on 127.0.0.1:${opts.port}`));
  if (!opts.command.length) return;
  const registry = spawn(opts.command[0], opts.command.slice(1), { stdio: 'inherit' });
  registry.on('error', (e) => {
    console.error(`registry-token-server: cannot run ${opts.command[0]}: ${e.message}`);
    process.exit(1);
  });
  registry.on('exit', (code, signal) => {
    console.error(`registry-token-server: the registry exited (${signal ?? code}); stopping`);
    process.exit(code ?? 1);
  });
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      registry.kill(signal);
      process.exit(0);
    });
  }
}

main();
