// Entry glue (it reads the runner's folders and env), shared by the two model entries.
// What test-model and check-drift take from the runner alike: the report folder (RUNNER_TEMP by
// default), the workspace, onnxruntime found the runner's way, and the log.
import { join, resolve } from 'node:path';
import { runnerOrtOptions, type LoadOptions } from '../evaluate/runtime/onnxruntime.js';
import type { ActionIO } from '../common/io.js';
import type { Progress } from '../common/progress.js';

export function modelStep(io: ActionIO, action: string, reportDir: string, onnxruntimePath: string): { reportDir: string; cwd: string; ort: LoadOptions; log: Progress } {
  return {
    reportDir: resolve(io.cwd, reportDir.trim() || join(io.tempDir, action)),
    cwd: io.cwd,
    ort: runnerOrtOptions(io.env, onnxruntimePath.trim(), io.cwd, (m) => io.info(m)),
    log: io,
  };
}

