// `model-cd <action> --<input> value ...`: the same entries as the bundled actions, run locally.
// Flags are the action.yml input names; help is generated from action.yml.
import { runAction } from '../common/action.js';
import { ConfigurationError } from '../common/errors.js';
import { actionMeta, actionNames, type ActionMeta } from '../common/meta.js';
import { VERSION } from '../common/version.js';
import { ACTIONS } from '../actions/registry.js';
import { CliIO } from './io.js';
import { serveCommand } from './serve.js';

// Bare arguments are the files to work on, for the actions that take `files`.
const POSITIONAL_INPUT = 'files';

export async function cli(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (!action || action === '--help' || action === '-h' || action === 'help') {
    process.stdout.write(topHelp());
    return action ? 0 : 2;
  }
  if (action === '--version' || action === '-V') {
    process.stdout.write(`model-cd ${VERSION}\n`);
    return 0;
  }
  if (action === 'serve') return serveCommand(rest, process.env);
  const main = ACTIONS[action];
  if (!main) {
    process.stderr.write(`error: unknown action ${JSON.stringify(action)}. Actions: ${Object.keys(ACTIONS).join(', ')}. See \`model-cd --help\`.\n`);
    return 2;
  }
  const meta = actionMeta(action);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(actionHelp(action, meta));
    return 0;
  }
  const verbose = rest.includes('--verbose');
  let inputs: Map<string, string>;
  try {
    inputs = parseFlags(
      rest.filter((a) => a !== '--verbose'),
      action,
      meta,
    );
  } catch (e) {
    if (e instanceof ConfigurationError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const io = new CliIO(inputs, process.env, verbose);
  const code = await runAction(io, main);
  for (const [name, value] of io.outputs) process.stderr.write(`output ${name}=${value.length > 500 ? value.slice(0, 500) + '…' : value}\n`);
  return code;
}

export function parseFlags(args: string[], action: string, meta: ActionMeta): Map<string, string> {
  const values = new Map<string, string[]>();
  const add = (name: string, value: string) => values.set(name, [...(values.get(name) ?? []), value]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      if (!meta.inputs[POSITIONAL_INPUT]) throw new ConfigurationError('argument', arg, `is not a flag; ${action} takes only --<input> flags.`);
      add(POSITIONAL_INPUT, arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const input = meta.inputs[name];
    if (!input) {
      throw new ConfigurationError('flag', `--${name}`, `is not an input of ${action}. Inputs: ${Object.keys(meta.inputs).map((n) => `--${n}`).join(', ')}.`);
    }
    if (eq >= 0) {
      add(name, arg.slice(eq + 1));
      continue;
    }
    const next = args[i + 1];
    const isBool = input.default === 'true' || input.default === 'false';
    if (isBool && next !== 'true' && next !== 'false') add(name, 'true');
    else if (next === undefined) throw new ConfigurationError('flag', `--${name}`, 'needs a value.');
    else {
      add(name, next);
      i++;
    }
  }
  return new Map([...values].map(([k, v]) => [k, v.join('\n')]));
}

function topHelp(): string {
  const names = actionNames().filter((n) => ACTIONS[n]);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `model-cd ${VERSION}: continuous delivery for ML models; the GitHub Actions, run locally.`,
    '',
    'Usage: model-cd <action> [--<input> <value> ...]',
    '       model-cd <action> --help',
    '',
    'Actions:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${actionMeta(n).description}`),
    '',
    'Commands:',
    `  ${'serve'.padEnd(width)}  Serve an ONNX model over HTTP (KServe v2, MLflow scoring, /metrics); see \`model-cd serve --help\`.`,
    '',
  ].join('\n');
}

export function actionHelp(action: string, meta: ActionMeta): string {
  const lines = [`model-cd ${action}: ${meta.description}`, '', `Usage: model-cd ${action} [--<input> <value> ...]`, '', 'Inputs:'];
  for (const [name, input] of Object.entries(meta.inputs)) {
    const def = input.default.trim() ? ` (default: ${input.default.trim().split('\n').join(', ')})` : '';
    lines.push(`  --${name}${def}`, ...wrap(input.description, 6));
  }
  lines.push('', 'Outputs (printed to stderr as `output name=value`):');
  for (const [name, out] of Object.entries(meta.outputs)) lines.push(`  ${name}`, ...wrap(out.description, 6));
  return lines.join('\n') + '\n';
}

function wrap(text: string, indent: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > 90 - indent) {
      out.push(' '.repeat(indent) + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(' '.repeat(indent) + line);
  return out;
}
