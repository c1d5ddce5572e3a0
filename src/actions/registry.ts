// The actions the CLI can run, by their public names.
import type { ActionIO } from '../common/io.js';
import { main as buildPush } from './build-push.js';
import { main as checkDrift } from './check-drift.js';
import { main as lintDockerfile } from './lint-dockerfile.js';
import { main as publishModel } from './publish-model.js';
import { main as pullModel } from './pull-model.js';
import { main as rollout } from './rollout.js';
import { main as scanImage } from './scan-image.js';
import { main as testEndpoint } from './test-endpoint.js';
import { main as testModel } from './test-model.js';

export const ACTIONS: Record<string, (io: ActionIO) => Promise<number>> = {
  'build-push': buildPush,
  'check-drift': checkDrift,
  'lint-dockerfile': lintDockerfile,
  'publish-model': publishModel,
  'pull-model': pullModel,
  rollout,
  'scan-image': scanImage,
  'test-endpoint': testEndpoint,
  'test-model': testModel,
};
