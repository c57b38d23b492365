/**
 * The one error class of cxkit, its stable codes, and a type guard.
 *
 * @module
 */

/**
 * Stable machine-readable error codes. A code never changes meaning between versions; new codes may be added.
 *
 * - `INVALID_ARGUMENT`: an argument or option has the wrong type or an impossible value.
 * - `NON_FINITE`: a number is NaN or ±Infinity where a finite number is required.
 * - `OUT_OF_RANGE`: a number is finite but outside the allowed range.
 * - `EMPTY_INPUT`: a computation needs at least one value and got none.
 * - `LENGTH_MISMATCH`: parallel arrays differ in length.
 * - `INVALID_SCORE`, `INVALID_WEIGHT`: a survey answer or weight is not valid.
 * - `INVALID_DATE`, `INVALID_TIME_ZONE`, `INVALID_PERIOD`: time inputs that cannot be read.
 * - `INVALID_MONEY`: an amount that is not a finite decimal number.
 * - `VALIDATION_FAILED`: a record does not match its schema (see `details.issues`).
 * - `NOT_CONVERGED`: an iterative method did not reach its tolerance.
 * - `DOMAIN_ERROR`: a mathematical function was called outside its domain.
 * - `UNSUPPORTED`: a valid request that this version cannot serve.
 */
export type CxErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NON_FINITE'
  | 'OUT_OF_RANGE'
  | 'EMPTY_INPUT'
  | 'LENGTH_MISMATCH'
  | 'INVALID_SCORE'
  | 'INVALID_WEIGHT'
  | 'INVALID_DATE'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_PERIOD'
  | 'INVALID_MONEY'
  | 'VALIDATION_FAILED'
  | 'NOT_CONVERGED'
  | 'DOMAIN_ERROR'
  | 'UNSUPPORTED';

/** A path to the offending value, e.g. `['responses', 17, 'score']`; empty when the whole input is at fault. */
export type CxPath = readonly (string | number)[];

/** Options of the {@link CxError} constructor. */
export interface CxErrorOptions {
  /** Path to the offending value (default `[]`). */
  readonly path?: CxPath;
  /** Extra machine-readable facts (e.g. the offending value, a list of issues). Must be JSON-serialisable. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/** The JSON form of a {@link CxError} (what `JSON.stringify` writes). */
export interface CxErrorJSON {
  /** Always `'CxError'`. */
  name: 'CxError';
  /** The stable error code. */
  code: CxErrorCode;
  /** Path to the offending value. */
  path: CxPath;
  /** The message. */
  message: string;
  /** Extra machine-readable facts, when there are any. */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The single error class thrown by cxkit: a stable `code`, a `path` to the offending value and a plain message
 * a person can act on.
 *
 * @example
 * const err = new CxError('INVALID_SCORE', 'score must be an integer 0–10, got 11', { path: [3] });
 * err.code; //=> 'INVALID_SCORE'
 * err.path; //=> [3]
 * err instanceof Error; //=> true
 */
export class CxError extends Error {
  /** Stable error code. */
  readonly code: CxErrorCode;
  /** Path to the offending value (`[]` when the input as a whole is at fault). */
  readonly path: CxPath;
  /** Extra machine-readable facts, if any. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: CxErrorCode, message: string, options: CxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CxError';
    this.code = code;
    this.path = Object.freeze([...(options.path ?? [])]);
    this.details = options.details;
  }

  /**
   * A plain JSON form: `{ name, code, path, message, details? }`.
   *
   * @example
   * JSON.stringify(new CxError('EMPTY_INPUT', 'no values')); //=> '{"name":"CxError","code":"EMPTY_INPUT","path":[],"message":"no values"}'
   */
  toJSON(): CxErrorJSON {
    const out: CxErrorJSON = {
      name: 'CxError',
      code: this.code,
      path: this.path,
      message: this.message,
    };
    if (this.details !== undefined) out.details = this.details;
    return out;
  }
}

/**
 * True when `value` is a {@link CxError} (optionally with the given code). Works across realms and duplicated
 * copies of cxkit, where `instanceof` would fail, by checking the shape.
 *
 * @example
 * isCxError(new CxError('EMPTY_INPUT', 'no values')); //=> true
 * isCxError(new CxError('EMPTY_INPUT', 'no values'), 'NON_FINITE'); //=> false
 * isCxError(new Error('x')); //=> false
 */
export function isCxError(value: unknown, code?: CxErrorCode): value is CxError {
  if (value instanceof CxError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; code?: unknown; path?: unknown };
  return v.name === 'CxError' && typeof v.code === 'string' && Array.isArray(v.path) && (code === undefined || v.code === code);
}
