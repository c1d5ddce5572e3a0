// The seed's way as a peer (bench/peers/flask_app.py: Flask + onnxruntime, Flask's threaded
// server) from the pinned `serve-peers` venv, on a free loopback port.
import { join } from 'node:path';
import { servePeersPython } from './mlflow-serve.js';
import { startPeerProcess, type PeerProcess } from './peer-process.js';

const APP = join(import.meta.dirname, '..', '..', 'bench', 'peers', 'flask_app.py');

/** Starts the Flask app for an ONNX file; resolves once GET /health answers 200. */
export async function startFlaskPeer(onnxFile: string, options: { columns?: string[]; timeoutMs?: number } = {}): Promise<PeerProcess> {
  const python = await servePeersPython();
  const columns = options.columns ? ['--columns', options.columns.join(',')] : [];
  return startPeerProcess({
    label: `bench/peers/flask_app.py ${onnxFile}`,
    command: python,
    args: (port) => [APP, onnxFile, String(port), ...columns],
    env: { ...process.env, PYTHONUNBUFFERED: '1' },
    readyPath: '/health',
    timeoutMs: options.timeoutMs ?? 60_000,
  });
}
