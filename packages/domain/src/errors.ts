/**
 * The one error type of Gesang. Thrown anywhere (server, domain rules, parsers) and turned into an
 * HTTP problem response by the server's single error handler.
 */

/** Machine-readable error codes. Clients switch on these, never on the message text. */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'totp_required'
  | 'totp_invalid'
  | 'account_locked'
  | 'account_disabled'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'duplicate_identifier'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'not_ready'
  | 'internal';

/** A FHIR R4 OperationOutcome, the shape the error also carries for FHIR clients. */
export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: {
    severity: 'fatal' | 'error' | 'warning' | 'information';
    code: string;
    diagnostics: string;
    expression?: string[];
  }[];
}

/** The JSON body of every error response. */
export interface Problem {
  /** HTTP status, repeated in the body for clients that lose it. */
  status: number;
  code: ErrorCode;
  /** Human-readable, in English; the web translates by `code`. */
  message: string;
  /** The request field at fault, as a dotted path (`body.username`, `query.limit`), when one is. */
  field?: string;
  /** Extra structured detail (e.g. the ids of a conflicting record). */
  details?: Record<string, unknown>;
}

const fhirIssueCode: Record<number, string> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  409: 'duplicate',
  413: 'too-long',
  423: 'lock-error',
  429: 'throttled',
};

/**
 * Status-carrying error.
 * @example throw GesangError.badRequest('username is required', 'body.username');
 */
export class GesangError extends Error {
  override readonly name = 'GesangError';

  /**
   * @param status HTTP status code (400–599).
   * @param code machine-readable code.
   * @param message English text for logs and clients.
   * @param options field at fault, extra details, and the underlying cause.
   */
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly options: { field?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }

  /** The field at fault, if any. */
  get field(): string | undefined {
    return this.options.field;
  }

  /** The body sent to clients. Never includes the cause or a stack. */
  toProblem(): Problem {
    const problem: Problem = { status: this.status, code: this.code, message: this.message };
    if (this.options.field !== undefined) {
      problem.field = this.options.field;
    }
    if (this.options.details !== undefined) {
      problem.details = this.options.details;
    }
    return problem;
  }

  /** The same error as a FHIR OperationOutcome. */
  toOperationOutcome(): OperationOutcome {
    const issue: OperationOutcome['issue'][number] = {
      severity: this.status >= 500 ? 'fatal' : 'error',
      code: fhirIssueCode[this.status] ?? 'processing',
      diagnostics: this.message,
    };
    if (this.options.field !== undefined) {
      issue.expression = [this.options.field];
    }
    return { resourceType: 'OperationOutcome', issue: [issue] };
  }

  /** 400: the request is wrong; name the field when one is at fault. */
  static badRequest(message: string, field?: string): GesangError {
    return new GesangError(
      400,
      field === undefined ? 'bad_request' : 'validation_failed',
      message,
      {
        field,
      },
    );
  }

  /** 401: no valid session. */
  static unauthenticated(message = 'Sign in first'): GesangError {
    return new GesangError(401, 'unauthenticated', message);
  }

  /** 403: signed in, but this user, acting for this organisation, may not do this. */
  static forbidden(message = 'Not allowed for your role and organisation'): GesangError {
    return new GesangError(403, 'forbidden', message);
  }

  /** 404: no such thing, or not visible to this user (the two are never told apart). */
  static notFound(what: string): GesangError {
    return new GesangError(404, 'not_found', `${what} not found`);
  }

  /** 409: conflicts with existing data. */
  static conflict(message: string, field?: string, details?: Record<string, unknown>): GesangError {
    return new GesangError(409, 'conflict', message, { field, details });
  }
}

/** True when `value` is a GesangError (also across module copies). */
export function isGesangError(value: unknown): value is GesangError {
  return value instanceof GesangError;
}
