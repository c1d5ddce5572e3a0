// Build args and ENV values are stored with the image (history, provenance, config): a token passed
// that way to download a model is readable by anyone who can pull the image.
import type { Instruction } from '../../dockerfile/model.js';
import { parsePairs } from '../../dockerfile/syntax.js';
import type { Hit, Rule } from '../../rule.js';
import { getArgs, type Command } from '../../shell/commands.js';
import { hasSecretMount, runsPythonCode, stagesOf } from './util.js';

/** Name parts that make a variable a secret (split on `_`): `HF_TOKEN`, `WANDB_API_KEY`, `AWS_SECRET_ACCESS_KEY`. */
const SECRET_PARTS = ['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'APIKEY', 'CREDENTIALS'];
const SECRET_PAIRS = [
  ['API', 'KEY'],
  ['ACCESS', 'KEY'],
  ['SECRET', 'KEY'],
  ['PRIVATE', 'KEY'],
  ['ACCOUNT', 'KEY'],
  ['STORAGE', 'KEY'],
  ['CONNECTION', 'STRING'],
];
const SECRET_NAMES = ['KAGGLE_KEY'];
/** Last parts that name something about a secret rather than the secret (`AWS_ACCESS_KEY_ID`, `HF_TOKEN_PATH`). */
const NOT_SECRET_LAST = ['ID', 'USER', 'USERNAME', 'NAME', 'FILE', 'PATH', 'DIR', 'URL', 'URI', 'HOST', 'ENDPOINT', 'TYPE', 'REGION'];

export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  if (SECRET_NAMES.includes(upper)) return true;
  const parts = upper.split(/[_-]/);
  if (NOT_SECRET_LAST.includes(parts[parts.length - 1] as string)) return false;
  if (parts.some((p) => SECRET_PARTS.includes(p))) return true;
  return SECRET_PAIRS.some(([a, b]) => parts.some((p, i) => p === a && parts[i + 1] === b));
}

/** Tools that read a secret from the environment without it being written on the command line. */
const CONSUMERS: { names: RegExp; tools: string[] }[] = [
  { names: /^(HF_TOKEN|HUGGING_?FACE_HUB_TOKEN)$/, tools: ['huggingface-cli', 'hf', 'text-generation-server', 'optimum-cli'] },
  { names: /^AWS_(SECRET_ACCESS_KEY|SESSION_TOKEN)$/, tools: ['aws', 's5cmd', 'dvc', 'mlflow'] },
  { names: /^MLFLOW_TRACKING_(TOKEN|PASSWORD)$/, tools: ['mlflow'] },
  { names: /^WANDB_API_KEY$/, tools: ['wandb'] },
  { names: /^AZURE_(STORAGE_KEY|STORAGE_ACCOUNT_KEY|STORAGE_CONNECTION_STRING|STORAGE_SAS_TOKEN|CLIENT_SECRET)$/, tools: ['az', 'dvc', 'mlflow'] },
  { names: /^KAGGLE_KEY$/, tools: ['kaggle'] },
  { names: /^NGC_(CLI_)?API_KEY$/, tools: ['ngc'] },
  { names: /^DATABRICKS_TOKEN$/, tools: ['databricks', 'mlflow'] },
];

const program = (cmd: Command): string => cmd.name.slice(cmd.name.lastIndexOf('/') + 1);

/** Whether a command reads the variable: by `$NAME`/`${NAME...}` in its words, or as a tool that reads it from the environment. */
function uses(cmd: Command, name: string): boolean {
  const words = [cmd.name, ...getArgs(cmd)];
  // The shell parser writes every expansion as `${...}`.
  const ref = new RegExp(`\\$\\{#?${name.replace(/[^A-Za-z0-9_]/g, '\\$&')}(?![A-Za-z0-9_])`);
  if (words.some((w) => ref.test(w))) return true;
  const consumer = CONSUMERS.find((c) => c.names.test(name.toUpperCase()));
  if (!consumer) return false;
  // Python code (download scripts, huggingface_hub, boto3, mlflow, wandb clients) reads these too.
  return consumer.tools.includes(program(cmd)) || runsPythonCode(cmd);
}

interface Source {
  kind: 'ARG' | 'ENV';
  line: number;
}

/** ARG names declared by the instruction (`ARG A=1 B`). */
function argNames(inst: Instruction): string[] {
  return inst.args
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.split('=')[0] as string);
}

export const MCD1005: Rule = {
  code: 'MCD1005',
  severity: 'error',
  message: 'Pass secrets to RUN with `--mount=type=secret`, not a build ARG or ENV: their values are stored with the image.',
  docs: {
    rationale:
      'Build args and ENV values are kept with the image: ENV in its config, build args in `docker history` and in provenance ' +
      'attestations. A Hugging Face, S3, MLflow or W&B token passed that way to fetch the model is then readable by anyone who ' +
      'can pull the serving image. hadolint DL3064 looks only at the names of ARG and ENV; this rule ties a token-like ARG or ' +
      'ENV to a RUN that uses it (`$HF_TOKEN` on the command line, or a tool that reads it from the environment, such as ' +
      '`huggingface-cli`, `aws`, `mlflow`, `wandb` or Python code) and is silent when that RUN mounts a secret.',
    bad: 'FROM python:3.12-slim\nARG HF_TOKEN\nRUN huggingface-cli download org/model --local-dir /models\n',
    good:
      '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\n' +
      'RUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download org/model --local-dir /models\n',
  },
  check: (ctx): Hit[] => {
    const hits: Hit[] = [];
    const stages = stagesOf(ctx);
    // ENV set in a stage is seen by the stages built FROM it; ARG stays in its stage.
    const envOf = new Map<number, Map<string, Source>>();
    stages.forEach((stage, index) => {
      const visible = new Map<string, Source>(envOf.get(stage.parent) ?? []);
      for (const inst of stage.body) {
        if (inst.keyword === 'ARG') {
          for (const name of argNames(inst)) if (isSecretName(name) && !visible.has(name)) visible.set(name, { kind: 'ARG', line: inst.line });
        } else if (inst.keyword === 'ENV') {
          for (const { key, value } of parsePairs(inst.args)) {
            if (!isSecretName(key)) continue;
            // `ENV HF_TOKEN=` clears it.
            if (value === '') visible.delete(key);
            else visible.set(key, { kind: 'ENV', line: inst.line });
          }
        } else if (inst.keyword === 'RUN' && visible.size > 0 && !hasSecretMount(inst)) {
          const commands = ctx.shell(inst).commands;
          const used = [...visible].find(([name]) => commands.some((c) => uses(c, name)));
          if (used) {
            const [name, src] = used;
            hits.push({
              line: inst.line,
              message:
                `\`${name}\` comes from ${src.kind} on line ${src.line} and is stored with the image: ` +
                `pass it with \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name}\` instead.`,
            });
          }
        }
      }
      envOf.set(index, new Map([...visible].filter(([, s]) => s.kind === 'ENV')));
    });
    return hits;
  },
};
