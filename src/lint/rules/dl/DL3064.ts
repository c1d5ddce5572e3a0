// DL3064: an ARG or ENV name looks like a secret (a known credential variable, or a name containing
// `password`, `token`, `secret`, ...). Also inside ONBUILD.
import type { Instruction } from '../../dockerfile/model.js';
import { argName, parsePairs } from '../../dockerfile/syntax.js';
import { eachInstruction, type Rule } from '../../rule.js';

const KNOWN_SENSITIVE_NAMES = new Set([
  'ACCESS_TOKEN',
  'APPLICATION_KEY',
  'APP_SECRET',
  'AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY',
  'BITTREX_API_SECRET',
  'CF_PASSWORD',
  'CF_USERNAME',
  'CIRCLE_TOKEN',
  'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER',
  'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL',
  'DOCKER_PASSWORD',
  'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_ID',
  'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN',
  'FIREBASE_TOKEN',
  'FOSSA_API_KEY',
  'GH_ENTERPRISE_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITHUB_TOKEN',
  'HEROKU_API_KEY',
  'HEROKU_API_USER',
  'NPM_AUTH_TOKEN',
  'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID',
  'OKTA_CLIENT_ORGURL',
  'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID',
  'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY',
  'OS_PASSWORD',
  'OS_USERNAME',
  'POSTGRES_PASSWORD',
  'SLACK_TOKEN',
  'STRIPE_API_KEY',
  'STRIPE_DEVICE_NAME',
  'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS',
  'TRAVIS_SUDO',
  'VAULT_CLIENT_KEY',
  'VAULT_TOKEN',
]);

const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

const isSensitive = (name: string): boolean =>
  KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => name.toLowerCase().includes(s));

function check(inst: Instruction): boolean {
  // Only the first name of `ARG A=1 B=2` is read: language-docker takes the rest as A's default.
  if (inst.keyword === 'ARG') return !isSensitive(argName(inst));
  if (inst.keyword === 'ENV') return !parsePairs(inst.args).some((p) => isSensitive(p.key));
  return true;
}

export const DL3064: Rule = {
  code: 'DL3064',
  severity: 'warning',
  message: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
  check: (ctx) => eachInstruction(ctx, check, { onbuild: true }),
};
