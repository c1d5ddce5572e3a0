// Resolves the lint configuration from its three sources in hadolint's precedence:
// config file < HADOLINT_* environment < the action's inputs.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { isKnownCode } from './rules/index.js';
import { configFromEnv, mergeConfig, parseConfigFile, parseSeverity, type LintConfig, type PartialLintConfig } from './config.js';

export interface SettingsInput {
  config: string;
  failureThreshold: string;
  ignore: string[];
  trustedRegistries: string[];
  noFail: boolean;
}

/** hadolint's search order when no config is named. */
export function findConfigFile(cwd: string, env: Readonly<Record<string, string | undefined>>): string | null {
  const home = env.HOME || env.USERPROFILE || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  const candidates = [
    join(cwd, '.hadolint.yaml'),
    join(cwd, '.hadolint.yml'),
    join(xdg, 'hadolint.yaml'),
    join(xdg, 'hadolint.yml'),
    ...['hadolint.yaml', 'hadolint.yml', 'config.yaml', 'config.yml'].map((f) => join(home, '.hadolint', f)),
    join(home, '.hadolint.yaml'),
    join(home, '.hadolint.yml'),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export async function resolveSettings(
  input: SettingsInput,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  warn: (msg: string) => void,
): Promise<{ config: LintConfig; configFile: string | null }> {
  let configFile: string | null = null;
  if (input.config) {
    configFile = resolve(cwd, input.config);
    if (!existsSync(configFile)) {
      throw new ConfigurationError('input `config`', input.config, 'does not exist. Give the path of a hadolint YAML config, or leave it empty to use .hadolint.yaml.');
    }
  } else {
    configFile = findConfigFile(cwd, env);
  }
  let fromFile: PartialLintConfig = {};
  if (configFile) {
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch (e) {
      throw new ConfigurationError('config file', configFile, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    fromFile = await parseConfigFile(text, input.config || configFile, warn);
  }
  const fromInputs: PartialLintConfig = {
    ignored: input.ignore,
    trustedRegistries: input.trustedRegistries,
  };
  if (input.failureThreshold) fromInputs.failureThreshold = parseSeverity(input.failureThreshold, 'input `failure-threshold`');
  if (input.noFail) fromInputs.noFail = true;
  const config = mergeConfig(fromFile, configFromEnv(env), fromInputs);
  const named = [...config.ignored, ...Object.values(config.override).flat()];
  for (const code of new Set(named.filter((c) => !isKnownCode(c)))) {
    warn(`rule code ${JSON.stringify(code)} (in ignored, override, the ignore input or HADOLINT_*) matches no rule; check the spelling (DL3008, SC2086, MCD1001).`);
  }
  return { config, configFile };
}
