// The actions the CLI can run, by their public names. Each is loaded when it is asked for: the
// CLI then starts as fast as the action's own bundle, not after every action's dependencies.
import type { ActionIO } from '../common/io.js';

export type ActionMain = (io: ActionIO) => Promise<number>;

export const ACTIONS: Record<string, () => Promise<ActionMain>> = {
  'build-push': async () => (await import('./build-push.js')).main,
  'check-drift': async () => (await import('./check-drift.js')).main,
  'lint-dockerfile': async () => (await import('./lint-dockerfile.js')).main,
  'publish-model': async () => (await import('./publish-model.js')).main,
  'pull-model': async () => (await import('./pull-model.js')).main,
  'scan-image': async () => (await import('./scan-image.js')).main,
  'test-endpoint': async () => (await import('./test-endpoint.js')).main,
  'test-model': async () => (await import('./test-model.js')).main,
};
