// A request the client got wrong: the status, a reason a dashboard can count (the
// `model_cd_input_validation_failures_total` label), and one sentence naming the field, the value
// and what was expected. Anything else thrown while serving is our fault and answers 500.

export type Reason =
  | 'not_json'
  | 'bad_request'
  | 'empty_body'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'missing_column'
  | 'unexpected_column'
  | 'wrong_type'
  | 'null_forbidden'
  | 'wrong_shape'
  | 'not_found'
  | 'method_not_allowed'
  | 'timeout';

export const STATUS: Record<Reason, number> = {
  not_json: 400,
  bad_request: 400,
  empty_body: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  missing_column: 422,
  unexpected_column: 422,
  wrong_type: 422,
  null_forbidden: 422,
  wrong_shape: 422,
  not_found: 404,
  method_not_allowed: 405,
  timeout: 408,
};

export class RequestError extends Error {
  readonly status: number;
  constructor(
    readonly reason: Reason,
    message: string,
    readonly detail: { field?: string; value?: unknown; expected?: string } = {},
  ) {
    super(message);
    this.status = STATUS[reason];
  }

  /** The body: KServe v2 clients read `error`, MLflow clients `error_code` and `message`. */
  body(): Record<string, unknown> {
    const d = this.detail;
    return {
      error: this.message,
      error_code: this.status === 404 ? 'RESOURCE_DOES_NOT_EXIST' : this.status >= 422 ? 'INVALID_PARAMETER_VALUE' : 'BAD_REQUEST',
      message: this.message,
      reason: this.reason,
      ...(d.field !== undefined ? { field: d.field } : {}),
      ...(d.value !== undefined ? { value: typeof d.value === 'object' && d.value !== null ? shown(d.value) : typeof d.value === 'number' && !Number.isFinite(d.value) ? String(d.value) : d.value } : {}),
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
    };
  }
}

/** A value as the client sent it, short enough for a log line and a JSON answer. */
export function shown(v: unknown): string {
  const s = typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
