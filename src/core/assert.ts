/**
 * Cheap argument checks shared by every module. Internal: not exported from the package entry.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from './errors.js';

/** Describes a value for an error message without dumping big objects. @internal */
export function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return `an array of ${String(value.length)}`;
  return typeof value;
}

/** Throws `NON_FINITE` unless `x` is a finite number. @internal */
export function assertFinite(x: unknown, name: string, path: CxPath = [name]): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new CxError(typeof x === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `${name} must be a finite number, got ${describe(x)}`, {
      path,
    });
  }
}

/** Throws unless `x` is a finite number in `[lo, hi]` (inclusive). @internal */
export function assertInRange(x: unknown, lo: number, hi: number, name: string, path: CxPath = [name]): asserts x is number {
  assertFinite(x, name, path);
  if (x < lo || x > hi) throw new CxError('OUT_OF_RANGE', `${name} must be in [${String(lo)}, ${String(hi)}], got ${String(x)}`, { path });
}

/** Throws unless `x` is finite and `> 0` (or `>= 0` with `allowZero`). @internal */
export function assertPositive(x: unknown, name: string, allowZero = false, path: CxPath = [name]): asserts x is number {
  assertFinite(x, name, path);
  if (allowZero ? x < 0 : x <= 0) {
    throw new CxError('OUT_OF_RANGE', `${name} must be ${allowZero ? '≥ 0' : '> 0'}, got ${String(x)}`, { path });
  }
}

/** Throws unless `x` is an integer (optionally `>= min`). @internal */
export function assertInteger(x: unknown, name: string, min = -Infinity, path: CxPath = [name]): asserts x is number {
  assertFinite(x, name, path);
  if (!Number.isInteger(x) || x < min) {
    throw new CxError('OUT_OF_RANGE', `${name} must be an integer${min > -Infinity ? ` ≥ ${String(min)}` : ''}, got ${String(x)}`, { path });
  }
}

/** Throws unless `confidence` is in the open interval (0, 1). @internal */
export function assertConfidence(confidence: unknown, name = 'confidence'): asserts confidence is number {
  assertFinite(confidence, name);
  if (!(confidence > 0 && confidence < 1)) {
    throw new CxError('OUT_OF_RANGE', `${name} must be strictly between 0 and 1 (e.g. 0.95), got ${String(confidence)}`, { path: [name] });
  }
}

/**
 * Throws unless `values` is array-like and every element is a finite number; the path of the first bad element
 * is `[name, index]`. @internal
 */
export function assertFiniteArray(values: unknown, name = 'values'): asserts values is ArrayLike<number> {
  if (!isArrayLike(values)) {
    throw new CxError('INVALID_ARGUMENT', `${name} must be an array or typed array of numbers, got ${describe(values)}`, { path: [name] });
  }
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw nonFinite(v, i, name);
  }
}

/** True for arrays, typed arrays and other objects with a numeric `length`. @internal */
export function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const len = (value as { length?: unknown }).length;
  return typeof len === 'number' && Number.isInteger(len) && len >= 0;
}

/** Throws `LENGTH_MISMATCH` unless both array-likes have the same length. @internal */
export function assertSameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, nameA: string, nameB: string): void {
  if (a.length !== b.length) {
    throw new CxError('LENGTH_MISMATCH', `${nameA} and ${nameB} must have the same length, got ${String(a.length)} and ${String(b.length)}`, {
      path: [nameB],
    });
  }
}

/** The error for a non-finite element `name[i]`. @internal */
export function nonFinite(v: unknown, i: number, name: string): CxError {
  return new CxError(typeof v === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `${name}[${String(i)}] must be a finite number, got ${describe(v)}`, {
    path: [name, i],
  });
}


/** Formats a path for messages: `['rows', 3, 'score']` → `rows[3].score`. @internal */
export function formatPath(path: CxPath): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    if (typeof p === 'number') out += `[${String(p)}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(input)' : out;
}

/**
 * True when `w` is a valid weight: 0, or a number from 1e−100 to 1e100. The bounds keep Σw² and (Σw)² within the
 * double range (weights near 1e±200 made an effective sample size 0/0); results depend only on weight ratios, so any
 * weights can be rescaled into them. @internal
 */
export function isWeight(w: unknown): w is number {
  return typeof w === 'number' && (w === 0 || (w >= 1e-100 && w <= 1e100));
}

/** The `INVALID_WEIGHT` error for `weights[i]` (see {@link isWeight}). @internal */
export function badWeight(w: unknown, i: number): CxError {
  return new CxError(
    'INVALID_WEIGHT',
    `weights[${String(i)}] must be 0 or a number from 1e-100 to 1e100 (rescale weights outside that range: only their ratios matter), got ${describe(w)}`,
    { path: ['weights', i] },
  );
}
