/**
 * A mistake the user can fix (a bad input, file or config). Entries print its message as one
 * `::error::` and exit 1 without a stack trace; anything else is a bug and keeps its stack.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';

  /**
   * @param subject what was wrong: the input, flag, file or key, e.g. "input `format`"
   * @param value the value given (quoted in the message)
   * @param fix what to do instead
   */
  constructor(
    readonly subject: string,
    readonly value: string,
    readonly fix: string,
  ) {
    // `value` comes from parsed files too, where a missing key is undefined at run time.
    super(`${subject}: ${JSON.stringify(truncate(String(value ?? '')))} ${fix}`);
  }
}

function truncate(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * A failure outside our code that the user has to act on: a server refused the credentials, an
 * object is missing, an endpoint cannot be reached, a download does not match its hash. Same
 * policy as ConfigurationError (one error line, exit 1, no stack), but the message is written
 * whole because there is no single input to blame.
 */
export class ServiceError extends ConfigurationError {
  constructor(
    message: string,
    /** HTTP status when a server answered, null when none did. */
    readonly status: number | null = null,
  ) {
    super('', '', '');
    this.message = message;
  }
}

/**
 * What was asked for does not exist (yet): a registered model, version or alias, an S3 object.
 * pull-model's `if-missing: skip` lets a first deployment, which has no champion, go on.
 */
export class NotFoundError extends ServiceError {
  constructor(message: string) {
    super(message, 404);
  }
}
