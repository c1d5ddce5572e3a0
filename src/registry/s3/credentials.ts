// AWS credentials for the S3 client, from the AWS SDK's default provider chain: environment
// keys, then the shared files (~/.aws/credentials and ~/.aws/config: static keys, role_arn with
// source_profile, credential_process, SSO, web identity), the web identity token file (EKS IRSA),
// container credentials (ECS, EKS Pod Identity) and instance metadata (EC2). Only the chain comes
// from the SDK; requests are still signed by our SigV4 (sigv4.ts) and sent by our client, which
// keeps ranged, resumable downloads and a small bundle (the SDK's S3 client would add 1.4 MB).
import { ConfigurationError, ServiceError } from '../../common/errors.js';
import type { S3Config } from './client.js';
import type { Credentials } from './sigv4.js';

/** Asked before each request: the SDK's providers cache credentials and renew them before they expire. */
export type CredentialProvider = () => Promise<Credentials>;

export interface AwsAuth {
  /** Null sends unsigned requests. */
  credentials: CredentialProvider | null;
  /** Where the credentials come from, for messages: "environment variables", "profile ci", … */
  source: string;
  /** The region the profile names, for when neither the input nor AWS_REGION gives one. */
  profileRegion: string;
}

export interface AwsAuthOptions {
  /** Publishing writes: no credentials is an error rather than unsigned requests. */
  required: boolean;
  setSecret: (value: string) => void;
  info: (line: string) => void;
  /** The region the input or AWS_REGION names, if any: STS is asked there (else the profile's, else us-east-1). */
  region?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const NONE_FOUND = /could not load credentials from any providers/i;
const CHAIN =
  'environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), a profile in ~/.aws/credentials or ~/.aws/config, a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN), container credentials (ECS, EKS Pod Identity) or instance metadata (EC2)';

/**
 * Finds the credentials once, up front, so that a broken source fails the step with its own
 * message before any request, and returns a provider the S3 client asks before each request.
 * The SDK reads process.env and the shared files itself; `env` must be that same environment.
 */
export async function awsAuth(env: Env, opts: AwsAuthOptions): Promise<AwsAuth> {
  const id = env.AWS_ACCESS_KEY_ID ?? '';
  const secret = env.AWS_SECRET_ACCESS_KEY ?? '';
  if (Boolean(id) !== Boolean(secret)) {
    throw new ConfigurationError(
      'environment variable',
      id ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID',
      'is not set while its partner is. Set both (aws-actions/configure-aws-credentials does), or neither to use the other credential sources.',
    );
  }
  const profile = env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || '';
  const files = await sharedFiles(profile);
  // The SDK skips environment keys when a profile is named, and so do we.
  const source = profile ? `profile ${profile}` : id ? 'the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)' : describeChain(env, files.names);
  const clientConfig = { region: opts.region || files.region || 'us-east-1' };
  // Loaded when a step first needs S3: it is most of the bundle, and local or MLflow-only pulls
  // never do. A named profile is read alone (the SDK's chain would go on past its failure to
  // instance metadata and report only "could not load credentials"), and cached as the chain caches.
  const chain = profile
    ? cached((await import('@aws-sdk/credential-provider-ini')).fromIni({ profile, clientConfig }))
    : (await import('@aws-sdk/credential-provider-node')).defaultProvider({ clientConfig });
  // Masked once per set of credentials, not once per request.
  let lastMasked = '';
  const masked: CredentialProvider = async () => {
    const c = await chain();
    if (c.secretAccessKey !== lastMasked) {
      lastMasked = c.secretAccessKey;
      opts.setSecret(c.secretAccessKey);
      if (c.sessionToken) opts.setSecret(c.sessionToken);
    }
    return c.sessionToken ? { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken } : { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey };
  };
  const auth = { source, profileRegion: files.region };
  try {
    await masked();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!profile && NONE_FOUND.test(message)) {
      if (opts.required) {
        throw new ConfigurationError('AWS credentials', '', `were not found: publishing writes to the bucket and needs them. Looked in ${CHAIN}. Set some, e.g. with aws-actions/configure-aws-credentials.`);
      }
      opts.info(`No AWS credentials found (looked in ${CHAIN}): sending unsigned requests, which only public buckets answer.`);
      return { ...auth, credentials: null };
    }
    throw new ServiceError(`could not get AWS credentials from ${source}: ${firstLine(message)}. ${sourceHint(profile, env)}`);
  }
  opts.info(`AWS credentials: from ${source}.`);
  return { ...auth, credentials: masked };
}

type Identity = { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date };

/** The same credentials until five minutes before they expire, then new ones. */
function cached(provider: () => Promise<Identity>): () => Promise<Identity> {
  let current: Promise<Identity> | undefined;
  return async () => {
    current ??= provider();
    const c = await current;
    if (c.expiration && c.expiration.getTime() - Date.now() < 300_000) current = provider();
    return current;
  };
}

/** The profiles the shared files hold, and the region of the one in use; a named profile must exist. */
async function sharedFiles(profile: string): Promise<{ names: string[]; region: string }> {
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  type Profiles = Record<string, Record<string, string | undefined> | undefined>;
  const { configFile, credentialsFile }: { configFile: Profiles; credentialsFile: Profiles } = await loadSharedConfigFiles().catch(() => ({ configFile: {}, credentialsFile: {} }));
  const names = [...new Set([...Object.keys(credentialsFile), ...Object.keys(configFile)])].sort();
  const used = profile || 'default';
  if (profile && !names.includes(profile)) {
    throw new ConfigurationError(
      'environment variable AWS_PROFILE',
      profile,
      `names no profile in ~/.aws/credentials or ~/.aws/config (or the files AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name): ${names.length ? `the profiles there are ${names.join(', ')}` : 'there are none'}. Fix the name, or unset AWS_PROFILE.`,
    );
  }
  return { names, region: configFile[used]?.region ?? credentialsFile[used]?.region ?? '' };
}

/** The source the chain will find first, judged from the environment (the SDK does not say). */
function describeChain(env: Env, profiles: string[]): string {
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return `the web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE, role ${env.AWS_ROLE_ARN || 'unset'})`;
  if (profiles.includes('default')) return 'profile default';
  if (env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) return 'container credentials';
  return 'instance metadata';
}

function sourceHint(profile: string, env: Env): string {
  if (profile) return `Check profile ${profile} in ~/.aws/config and ~/.aws/credentials (role_arn, source_profile, credential_process, sso_session), and that the role may be assumed.`;
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return 'Check AWS_WEB_IDENTITY_TOKEN_FILE (the file must exist and hold a current token) and AWS_ROLE_ARN (the role must trust this identity provider).';
  return `The chain looks in ${CHAIN}.`;
}

const firstLine = (s: string) => s.split('\n')[0]?.replace(/\.$/, '') ?? '';

/** S3 error codes that mean the credentials themselves are bad, with what to do about each. */
export function rejectionHint(code: string, source: string | undefined): string {
  const from = source ? ` (credentials from ${source})` : '';
  const those = source ? ` from ${source}` : '';
  if (code === 'ExpiredToken' || code === 'TokenRefreshRequired') {
    return `The session token has expired${from}: get new temporary credentials (with aws-actions/configure-aws-credentials, a role-duration-seconds longer than the job).`;
  }
  if (code === 'InvalidToken') return `The server does not accept the session token${from}: it is malformed, expired or from another partition. Get new temporary credentials.`;
  if (code === 'InvalidAccessKeyId') return `The server does not know the access key${from}. Check that the credentials belong to this account and endpoint.`;
  if (code === 'SignatureDoesNotMatch') return `The secret key does not match the access key${from}, or \`aws-region\` is not the bucket's.`;
  return `Check the credentials${those} and \`aws-region\`.`;
}

export const resolveCredentials = async (c: Credentials | CredentialProvider | null): Promise<Credentials | null> => (typeof c === 'function' ? c() : c);

export interface S3Inputs {
  s3Endpoint: string;
  awsRegion: string;
  s3PathStyle: boolean;
}

/** The S3 client settings the way the AWS CLI reads them: inputs first, then the environment, then the profile. */
export async function s3ConfigFrom(inputs: S3Inputs, env: Env, opts: AwsAuthOptions): Promise<S3Config> {
  const region = inputs.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  const auth = await awsAuth(env, { ...opts, region });
  return {
    endpoint: inputs.s3Endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || '',
    region: region || auth.profileRegion || 'us-east-1',
    pathStyle: inputs.s3PathStyle,
    credentials: auth.credentials,
    credentialSource: auth.source,
  };
}
