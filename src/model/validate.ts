/**
 * The validation boundary: parse external data with a zod schema and turn failures into a `CxError`
 * (`VALIDATION_FAILED`) or a plain list of issues with paths.
 *
 * @module
 */
import * as z from 'zod';
import { CxError, type CxPath } from '../core/errors.js';
import { formatPath } from '../core/assert.js';
import { entitySchema, type Entity, type EntityName } from './entities.js';

/** One reason a value does not match its schema. Plain JSON. */
export interface ValidationIssue {
  /** Path to the offending value, after the `path` prefix of the options (e.g. `['rows', 17, 'score']`). */
  readonly path: (string | number)[];
  /** What is wrong, for a person. */
  readonly message: string;
  /** zod's issue code (`'custom'`, `'invalid_type'`, `'too_small'`, …). */
  readonly code: string;
}

/** The result of {@link safeParseWith} and {@link safeParseEntity}. */
export type SafeParseEntityResult<T> =
  | {
      /** The value is valid. */
      readonly success: true;
      /** The parsed value. */
      readonly data: T;
    }
  | {
      /** The value is not valid. */
      readonly success: false;
      /** Every issue found, in zod's order. */
      readonly issues: ValidationIssue[];
    };

/** Options of the parse helpers. */
export interface ParseOptions {
  /** Prefix of every issue path, e.g. `['rows', 17]` (default `[]`). */
  readonly path?: CxPath;
}

function toIssues(issues: readonly z.core.$ZodIssue[], prefix: CxPath): ValidationIssue[] {
  const out: ValidationIssue[] = new Array<ValidationIssue>(issues.length);
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    const path: (string | number)[] = [...prefix];
    for (let j = 0; j < issue.path.length; j++) {
      const p = issue.path[j]!;
      path.push(typeof p === 'number' ? p : String(p));
    }
    out[i] = { path, message: issue.message, code: issue.code };
  }
  return out;
}

/**
 * Parses `value` with any zod schema; issues come back as plain {@link ValidationIssue}s. Synchronous schemas
 * only (the cxkit schemas are).
 *
 * @example
 * safeParseWith(CustomerSchema, { id: '' }, { path: ['rows', 2] }); //=> { success: false, issues: [{ path: ['rows', 2, 'id'], message: 'an id must not be empty', code: 'custom' }] }
 */
export function safeParseWith<S extends z.core.$ZodType>(schema: S, value: unknown, options: ParseOptions = {}): SafeParseEntityResult<z.output<S>> {
  const r = z.safeParse(schema, value);
  if (r.success) return { success: true, data: r.data };
  return { success: false, issues: toIssues(r.error.issues, options.path ?? []) };
}

/**
 * Parses `value` with any zod schema and returns the parsed value.
 *
 * @throws CxError `VALIDATION_FAILED` when the value does not match: `path` is the first issue's path,
 *   the message names it, and `details.issues` lists every issue as `{ path, message, code }`.
 * @example
 * parseWith(CustomerSchema, { id: 7 }).id; //=> '7'
 * parseWith(CustomerSchema, { id: true }); //=> throws VALIDATION_FAILED
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown, options: ParseOptions = {}): z.output<S> {
  const r = safeParseWith(schema, value, options);
  if (r.success) return r.data;
  const first = r.issues[0]!;
  const more = r.issues.length - 1;
  const tail = more > 0 ? ` (and ${more} more issue${more === 1 ? '' : 's'})` : '';
  throw new CxError('VALIDATION_FAILED', `${formatPath(first.path)}: ${first.message}${tail}`, {
    path: first.path,
    details: { issues: r.issues },
  });
}

/**
 * Parses `value` as the entity `name` (see `ENTITY_NAMES`).
 *
 * @throws CxError `VALIDATION_FAILED` as {@link parseWith}; `INVALID_ARGUMENT` for an unknown entity name.
 * @example
 * parseEntity('journey-event', { customerId: 1, occurredAt: '2024-05-01', type: 'visit' }).customerId; //=> '1'
 * parseEntity('journey-event', { customerId: 1, occurredAt: 'soon', type: 'visit' }); //=> throws VALIDATION_FAILED
 */
export function parseEntity<N extends EntityName>(name: N, value: unknown, options: ParseOptions = {}): Entity<N> {
  return parseWith(entitySchema(name) as z.core.$ZodType, value, options) as Entity<N>;
}

/**
 * Parses `value` as the entity `name` without throwing on invalid data.
 *
 * @throws CxError `INVALID_ARGUMENT` for an unknown entity name (invalid data is a result, not a throw).
 * @example
 * const r = safeParseEntity('transaction', { customerId: 'c1', occurredAt: '2024-05-01', amount: 'abc' });
 * r.success ? [] : r.issues[0]?.path; //=> ['amount']
 */
export function safeParseEntity<N extends EntityName>(name: N, value: unknown, options: ParseOptions = {}): SafeParseEntityResult<Entity<N>> {
  return safeParseWith(entitySchema(name) as z.core.$ZodType, value, options) as SafeParseEntityResult<Entity<N>>;
}
