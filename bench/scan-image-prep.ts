// What bench/scan-image.mjs scans with, made by the test code that makes it for the tests (run with
// vite-node, which runs that TypeScript as it is): the Node base image (node-base.ts, cached in the
// state folder) and both scanners' test DBs (built from test/setup/scan/advisories.json into --out).
// Prints one JSON line: { base, baseTag, ortCache, trivyCache, grypeCache }.
//
//   node_modules/.bin/vite-node bench/scan-image-prep.ts -- --out <new folder>
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NODE_BASE_TAG, nodeBase, stateDir } from '../test/integration/node-base.js';
import { ADVISORIES } from '../test/setup/scan/fixtures.js';
import { buildGrypeDb } from '../test/setup/scan/grype-db.js';
import { buildTrivyDb } from '../test/setup/scan/trivy-db.js';

const at = process.argv.indexOf('--out');
const outArg = at >= 0 ? process.argv[at + 1] : undefined;
if (!outArg) throw new Error('usage: vite-node bench/scan-image-prep.ts -- --out <folder>');
const out = resolve(outArg);
mkdirSync(out, { recursive: true });

// The folder the serving-image tests keep onnxruntime-node's tarballs in: downloaded once for all.
const ortCache = join(stateDir(), 'serve-container-cache');
const [base, trivy, grype] = await Promise.all([nodeBase(ortCache), buildTrivyDb(join(out, 'trivy-db'), ADVISORIES), buildGrypeDb(join(out, 'grype-db'), ADVISORIES)]);
console.log(JSON.stringify({ base, baseTag: NODE_BASE_TAG, ortCache, trivyCache: trivy.cacheDir, grypeCache: grype.cacheDir }));
