/**
 * Reading attribute ratings out of plain row objects (one respondent per row, one key per question), shared by
 * `csi` and `keyDrivers`. Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import { describe, isArrayLike } from '../core/assert.js';
import { CxError, type CxPath } from '../core/errors.js';

/** A closed answer scale `[min, max]`, `min < max`. @internal */
export interface ScaleBounds {
  readonly min: number;
  readonly max: number;
}

/** The default rating scale, 1–5 (as CSAT). @internal */
export const DEFAULT_RATING_SCALE: ScaleBounds = Object.freeze({ min: 1, max: 5 });

/** Checks a `{ min, max }` scale (finite, `min < max`); `undefined` gives the 1–5 default. @internal */
export function readScale(scale: unknown, path: CxPath): ScaleBounds {
  if (scale === undefined) return DEFAULT_RATING_SCALE;
  if (typeof scale !== 'object' || scale === null) {
    throw new CxError('INVALID_ARGUMENT', `scale must be an object { min, max }, got ${describe(scale)}`, { path });
  }
  const { min, max } = scale as { min?: unknown; max?: unknown };
  if (typeof min !== 'number' || !Number.isFinite(min)) {
    throw new CxError('INVALID_ARGUMENT', `scale.min must be a finite number, got ${describe(min)}`, { path: [...path, 'min'] });
  }
  if (typeof max !== 'number' || !Number.isFinite(max) || !(max > min)) {
    throw new CxError('INVALID_ARGUMENT', `scale.max must be a finite number greater than scale.min (${min}), got ${describe(max)}`, {
      path: [...path, 'max'],
    });
  }
  return { min, max };
}

/** Checks that `rows` is array-like. @internal */
export function checkRows(rows: unknown): asserts rows is ArrayLike<unknown> {
  if (!isArrayLike(rows)) {
    throw new CxError('INVALID_ARGUMENT', `rows must be an array of row objects, got ${describe(rows)}`, { path: ['rows'] });
  }
}

/** Row `i` as a record, or `INVALID_ARGUMENT` at `['rows', i]`. @internal */
export function rowAt(rows: ArrayLike<unknown>, i: number): Readonly<Record<string, unknown>> {
  const row = rows[i];
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new CxError('INVALID_ARGUMENT', `rows[${i}] must be an object, got ${describe(row)}`, { path: ['rows', i] });
  }
  return row as Readonly<Record<string, unknown>>;
}

/**
 * The rating under `key` in `row` (own properties only): `NaN` when it is missing (`undefined`, `null` or
 * absent), the number when it is finite and inside `scale` (when given); otherwise `INVALID_SCORE` at
 * `['rows', i, key]`. @internal
 */
export function ratingAt(row: Readonly<Record<string, unknown>>, i: number, key: string, scale: ScaleBounds | null): number {
  const v = Object.hasOwn(row, key) ? row[key] : undefined;
  if (v === undefined || v === null) return Number.NaN;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new CxError('INVALID_SCORE', `rows[${i}].${key} must be a finite number (or null when missing), got ${describe(v)}`, {
      path: ['rows', i, key],
    });
  }
  if (scale !== null && (v < scale.min || v > scale.max)) {
    throw new CxError('INVALID_SCORE', `rows[${i}].${key} = ${v} is outside its scale ${scale.min}–${scale.max} (set the scale option to match the data)`, {
      path: ['rows', i, key],
      details: { value: v, scale },
    });
  }
  return v;
}

/** Checks a list of distinct, non-empty string keys at `path`. @internal */
export function checkKey(key: unknown, path: CxPath, seen: Set<string>): string {
  if (typeof key !== 'string' || key === '') {
    throw new CxError('INVALID_ARGUMENT', `an attribute key must be a non-empty string, got ${describe(key)}`, { path });
  }
  if (seen.has(key)) throw new CxError('INVALID_ARGUMENT', `attribute '${key}' is listed twice`, { path });
  seen.add(key);
  return key;
}

/** The error for a key that no row has (a typo, most likely). @internal */
export function unknownKey(key: string, path: CxPath): CxError {
  return new CxError('INVALID_ARGUMENT', `unknown attribute '${key}': no row has it`, { path });
}
