/**
 * Argument checks and small wrappers shared by the optimisers and the finite-difference derivatives. Internal: not
 * exported from the package entry.
 *
 * @module
 * @internal
 */
import { assertFinite, assertFiniteArray, assertInteger, assertPositive, describe, isArrayLike } from './assert.js';
import { CxError } from './errors.js';

/** Checks `f` and `x` and returns `x` copied into a Float64Array. @internal */
export function checkObjectiveAndPoint(f: unknown, x: unknown, name: string): Float64Array {
  if (typeof f !== 'function') throw new CxError('INVALID_ARGUMENT', `f must be a function, got ${describe(f)}`, { path: ['f'] });
  assertFiniteArray(x, name);
  if (x.length === 0) throw new CxError('EMPTY_INPUT', `${name} must have at least one coordinate`, { path: [name] });
  return Float64Array.from(x);
}

/** Throws unless `fx`, the objective's value at the start point `name`, is a finite number. @internal */
export function checkValueAt(fx: unknown, name: string): number {
  if (typeof fx !== 'number' || !Number.isFinite(fx)) {
    throw new CxError(typeof fx === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `the objective must be a finite number at ${name}, got ${describe(fx)}`, {
      path: ['f'],
      details: { value: describe(fx) },
    });
  }
  return fx;
}

/** A finite number, or +Infinity for anything else (NaN, ±Infinity, non-numbers). @internal */
export function finiteOrInf(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : Infinity;
}

/** A count option: an integer ≥ 1, or `fallback` when undefined. @internal */
export function countOption(v: unknown, fallback: number, name: string): number {
  if (v === undefined) return fallback;
  assertInteger(v, name, 1, ['options', name]);
  return v;
}

/** A tolerance option: finite and ≥ 0, or `fallback` when undefined. @internal */
export function toleranceOption(v: unknown, fallback: number, name: string): number {
  if (v === undefined) return fallback;
  assertPositive(v, name, true, ['options', name]);
  return v;
}

/** The initial simplex steps of Nelder–Mead (see its `initialStep` option). @internal */
export function initialSteps(v: unknown, x0: Float64Array): Float64Array {
  const n = x0.length;
  const steps = new Float64Array(n);
  const path = ['options', 'initialStep'];
  if (v !== undefined && !isArrayLike(v)) assertFinite(v, 'initialStep', path);
  if (isArrayLike(v) && v.length !== n) {
    throw new CxError('LENGTH_MISMATCH', `initialStep must have one step per coordinate (${n}), got ${v.length}`, { path });
  }
  for (let i = 0; i < n; i++) {
    const s: unknown = v === undefined ? 0.1 * Math.max(Math.abs(x0[i]!), 1) : isArrayLike(v) ? v[i] : v;
    assertFinite(s, `initialStep[${i}]`, [...path, i]);
    if (s === 0) throw new CxError('OUT_OF_RANGE', `initialStep[${i}] must not be 0`, { path: [...path, i] });
    steps[i] = s;
  }
  return steps;
}

/** `v + 0`: turns −0 into +0, so results survive a JSON round trip unchanged. @internal */
export function plusZero(v: number): number {
  return v + 0;
}
