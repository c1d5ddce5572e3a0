import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { loadActionMeta } from './scripts/action-meta.mjs';

const pkg = (await import('./package.json', { with: { type: 'json' } })).default as { version: string };

export default defineConfig({
  define: {
    __ACTION_META__: JSON.stringify(loadActionMeta(process.cwd())),
    __VERSION__: JSON.stringify(pkg.version),
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['test/setup/services.ts', 'test/setup/python-envs.ts'],
  },
});
