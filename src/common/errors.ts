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
    super(`${subject}: ${JSON.stringify(truncate(value))} ${fix}`);
  }
}

function truncate(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
