#!/usr/bin/env node
// DL-rule parity: hadolint vs our lint-dockerfile over the Dockerfile corpus.
//
//   node scripts/parity.mjs [options]
//
//   --corpus PATH      folder of *.Dockerfile (or a file); repeatable
//                      (default: test/corpus/hand)
//   --generated N      also lint N generated files in a temp dir (default 300, 0 = none)
//   --seed S           seed for the generated files (default: the generator's)
//   --gen-dir DIR      write the generated files here and keep them
//   --config PATH      hadolint config both linters read (default test/corpus/hadolint-all.yaml)
//   --hadolint BIN     hadolint binary (default: $HADOLINT or `hadolint` on PATH)
//   --cli PATH         our CLI (default dist/cli/index.js)
//   --chunk N          files per linter invocation (default 100)
//   --show N           disagreements listed per rule (default 5)
//   --multiset         count repeated (file, line, rule) findings separately
//   --json PATH        write the full comparison as JSON
//   --hadolint-only    only print hadolint's per-rule counts over the corpus
//
// Exit 0 when every (file, line, DL code) agrees, 1 on any disagreement, 2 on
// a usage or tool error.

import { writeFileSync } from 'node:fs';
import { DEFAULT_CHUNK, DEFAULT_GENERATED, DEFAULT_HAND_DIR, formatComparison, formatCounts, runParity } from './parity-lib.mjs';

function parseArgs(argv) {
  const o = { corpus: [], generated: DEFAULT_GENERATED, chunk: DEFAULT_CHUNK, show: 5, multiset: false, hadolintOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const num = () => {
      const n = Number(val());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${a} needs a non-negative integer`);
      return n;
    };
    switch (a) {
      case '--corpus': o.corpus.push(val()); break;
      case '--generated': o.generated = num(); break;
      case '--seed': o.seed = val(); break;
      case '--gen-dir': o.genDir = val(); break;
      case '--config': o.config = val(); break;
      case '--hadolint': o.hadolint = val(); break;
      case '--cli': o.cli = val(); break;
      case '--chunk': o.chunk = Math.max(1, num()); break;
      case '--show': o.show = num(); break;
      case '--json': o.json = val(); break;
      case '--multiset': o.multiset = true; break;
      case '--hadolint-only': o.hadolintOnly = true; break;
      case '-h':
      case '--help': o.help = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!o.corpus.length) o.corpus.push(DEFAULT_HAND_DIR);
  return o;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`parity: ${e.message} (see --help)`);
    return 2;
  }
  if (opts.help) {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL(import.meta.url), 'utf8');
    console.log(src.split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return 0;
  }
  const started = Date.now();
  let res;
  try {
    res = await runParity(opts);
  } catch (e) {
    console.error(`parity: ${e.message}`);
    return 2;
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (res.parseErrors.length) {
    console.log(`hadolint could not parse ${res.parseErrors.length} file(s) (DL1000): ${res.parseErrors.slice(0, 10).join(', ')}${res.parseErrors.length > 10 ? ', ...' : ''}\n`);
  }
  if (opts.hadolintOnly) {
    console.log(formatCounts(res.counts, { files: res.files.length }));
    console.log(`\n${res.files.length} files in ${secs}s`);
    return 0;
  }
  console.log(formatComparison(res.comparison, { show: opts.show }));
  if (!res.comparison.agree && opts.generated > 0 && !opts.genDir) {
    console.log('(generated files lived in a temp dir; rerun with --gen-dir DIR to keep them: same seed, same files)');
  }
  console.log(`${res.files.length} files in ${secs}s`);
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ files: res.files.length, ...res.comparison }, null, 2)}\n`);
  return res.comparison.agree ? 0 : 1;
}

process.exitCode = await main();
