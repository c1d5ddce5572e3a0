// Builds one self-contained ESM bundle per action (dist/<name>/index.js) and the CLI
// (dist/cli/index.js). Deterministic: same sources and esbuild version, same bytes; CI rebuilds
// and diffs dist/.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadActionMeta } from './action-meta.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const meta = loadActionMeta(root);

export const defines = {
  __ACTION_META__: JSON.stringify(meta),
  __VERSION__: JSON.stringify(pkg.version),
};

const entries = {
  cli: `import { cli } from './src/cli/main.ts';\nprocess.exitCode = await cli(process.argv.slice(2));\n`,
  // The serving runtime alone, for the layer build-push adds to an image (`node index.js`).
  serve: `import { serveCommand } from './src/cli/serve.ts';\nprocess.exitCode = await serveCommand(process.argv.slice(2), process.env);\n`,
};
for (const name of Object.keys(meta)) {
  entries[name] = [
    `import { runAction } from './src/common/action.ts';`,
    `import { RunnerIO } from './src/common/runner.ts';`,
    `import { main } from './src/actions/${name}.ts';`,
    `process.exitCode = await runAction(new RunnerIO(), main);`,
    '',
  ].join('\n');
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
// The bundles are ES modules wherever the action is checked out.
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');

for (const [name, contents] of Object.entries(entries)) {
  await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}-entry.ts`, loader: 'ts' },
    outfile: join(root, 'dist', name, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: defines,
    // Bundled CommonJS dependencies call require() for Node built-ins; ESM has no require.
    banner: { js: `${name === 'cli' ? '#!/usr/bin/env node\n' : ''}import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);` },
    legalComments: 'eof',
    logLevel: 'warning',
  });
}
