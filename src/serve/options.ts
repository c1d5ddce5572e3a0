// `model-cd serve` flags, with the environment variables an image sets as their defaults
// (MODEL_PATH, MODEL_CONTRACT, PORT, HOST, MODEL_NAME, MODEL_VERSION). A flag wins over its variable.
import { ConfigurationError } from '../common/errors.js';
import { parseSize } from '../common/size.js';

export interface ServeOptions {
  model: string;
  contract: string;
  host: string;
  port: number;
  name: string;
  modelVersion: string;
  maxBatchRows: number;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  drainTimeoutMs: number;
  accessLog: boolean;
  onnxruntimePath: string;
}

interface Flag {
  env?: string;
  default: string;
  help: string;
}

export const SERVE_FLAGS: Record<string, Flag> = {
  model: { env: 'MODEL_PATH', default: '', help: 'The .onnx file, or the folder holding one (build-push layers it; pull-model writes it).' },
  contract: { env: 'MODEL_CONTRACT', default: '', help: 'model-contract.yaml: the columns, types and null policy requests must follow. Default: model-contract.yaml beside the model, else in the working directory; `none` serves without one (columns by position).' },
  host: { env: 'HOST', default: '127.0.0.1', help: 'Address to listen on; 0.0.0.0 in a container.' },
  port: { env: 'PORT', default: '8080', help: 'Port to listen on; 0 picks a free one (the ready log line has the URL).' },
  name: { env: 'MODEL_NAME', default: '', help: 'The model name in /v2/models/{name}. Default: the file name without .onnx.' },
  'model-version': { env: 'MODEL_VERSION', default: '', help: 'The version the server reports. Default: the first 12 hex digits of the file sha256.' },
  'max-batch-rows': { default: '256', help: 'Requests that arrive while the model runs are run together, up to this many rows.' },
  'max-body': { default: '8MiB', help: 'Largest request body; larger ones get 413.' },
  'body-timeout': { default: '30', help: 'Seconds a client may take to send its body; slower ones get 408.' },
  'drain-timeout': { default: '30', help: 'Seconds SIGTERM waits for in-flight requests before closing their connections.' },
  'access-log': { default: 'true', help: 'One JSON log line per request (errors are always logged).' },
  'onnxruntime-path': { env: 'MODEL_CD_ONNXRUNTIME_PATH', default: '', help: 'A folder holding node_modules/onnxruntime-node. Default: one beside the server, installed in the working directory, or the pinned npm package downloaded once into the tool cache.' },
};

export function parseServeFlags(args: string[], env: Readonly<Record<string, string | undefined>>): ServeOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) throw new ConfigurationError('argument', arg, 'is not a flag. See `model-cd serve --help`.');
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!SERVE_FLAGS[name]) throw new ConfigurationError('flag', `--${name}`, `is not a flag of serve. Flags: ${Object.keys(SERVE_FLAGS).map((n) => `--${n}`).join(', ')}.`);
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new ConfigurationError('flag', `--${name}`, 'needs a value.');
    if (name === 'access-log' && eq < 0 && value !== 'true' && value !== 'false') {
      value = 'true';
      i--;
    }
    given.set(name, value);
  }
  const get = (name: string): string => {
    const f = SERVE_FLAGS[name] as Flag;
    return (given.get(name) ?? (f.env ? env[f.env] : undefined) ?? f.default).trim();
  };
  const where = (name: string) => {
    const f = SERVE_FLAGS[name] as Flag;
    return given.has(name) || !f.env || env[f.env] === undefined ? `flag \`--${name}\`` : `${f.env}`;
  };
  const int = (name: string, min: number, max: number): number => {
    const v = get(name);
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) throw new ConfigurationError(where(name), v, `must be a whole number from ${min} to ${max}.`);
    return n;
  };
  const seconds = (name: string): number => {
    const v = get(name);
    const n = Number(v);
    if (v === '' || !Number.isFinite(n) || n <= 0) throw new ConfigurationError(where(name), v, 'must be a number of seconds above 0.');
    return n * 1000;
  };
  const model = get('model');
  if (!model) throw new ConfigurationError('flag `--model`', '', 'is empty and MODEL_PATH is not set. Give the .onnx file to serve (or the folder holding it).');
  const maxBody = parseSize(get('max-body'));
  if (maxBody === null || maxBody < 1) throw new ConfigurationError(where('max-body'), get('max-body'), 'is not a size. Give bytes or a size such as 512KiB or 8MiB.');
  const accessLog = get('access-log').toLowerCase();
  if (accessLog !== 'true' && accessLog !== 'false') throw new ConfigurationError(where('access-log'), accessLog, 'must be true or false.');
  return {
    model,
    contract: get('contract'),
    host: get('host') || '127.0.0.1',
    port: int('port', 0, 65535),
    name: get('name'),
    modelVersion: get('model-version'),
    maxBatchRows: int('max-batch-rows', 1, 1 << 20),
    maxBodyBytes: maxBody,
    bodyTimeoutMs: seconds('body-timeout'),
    drainTimeoutMs: seconds('drain-timeout'),
    accessLog: accessLog === 'true',
    onnxruntimePath: get('onnxruntime-path'),
  };
}

export function serveHelp(version: string): string {
  const lines = [`model-cd ${version} serve: the model's HTTP service (KServe v2 and MLflow scoring protocols, /metrics).`, '', 'Usage: model-cd serve --model <file.onnx> [--contract model-contract.yaml] [--port 8080]', '       model-cd serve healthcheck [--host H] [--port N]   (exit 0 when the server is ready)', '', 'Flags:'];
  for (const [name, f] of Object.entries(SERVE_FLAGS)) {
    lines.push(`  --${name}${f.default ? ` (default: ${f.default})` : ''}${f.env ? ` [env ${f.env}]` : ''}`, `      ${f.help}`);
  }
  return lines.join('\n') + '\n';
}
