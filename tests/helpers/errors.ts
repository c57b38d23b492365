/**
 * Shared test helpers for code that should throw a {@link CxError}.
 *
 * - `cxErrorOf(fn)` runs `fn` and returns the CxError it throws.
 * - `errorOf(fn)` is the same, reduced to `{ code, path }` for `toEqual`.
 * - `errorKeyOf(fn)` is the same, as the string `CODE:path.joined.by.dots`.
 * - `expectCxError(fn, code, path?)` asserts the code (and the path, when given).
 *
 * The first three rethrow anything that is not a CxError and throw a plain Error when `fn` returns.
 */
import { expect } from 'vitest';
import { isCxError, type CxError, type CxErrorCode, type CxPath } from '../../src/core/errors.js';

/** Runs `fn` and returns the CxError it throws; rethrows any other error, and throws when `fn` returns. */
export function cxErrorOf(fn: () => unknown): CxError {
  try {
    fn();
  } catch (e) {
    if (isCxError(e)) return e;
    throw e;
  }
  throw new Error('expected a CxError, but the call returned');
}

/** The `{ code, path }` of the CxError that `fn` throws (see {@link cxErrorOf}). */
export function errorOf(fn: () => unknown): { code: string; path: CxPath } {
  const e = cxErrorOf(fn);
  return { code: e.code, path: e.path };
}

/** The CxError that `fn` throws as `CODE:path.joined.by.dots` (see {@link cxErrorOf}). */
export function errorKeyOf(fn: () => unknown): string {
  const e = cxErrorOf(fn);
  return `${e.code}:${e.path.join('.')}`;
}

/** Asserts that `fn` throws a CxError with this code and, when given, this path. */
export function expectCxError(fn: () => unknown, code: CxErrorCode, path?: CxPath): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isCxError(caught, code), `expected CxError ${code}, got ${String(caught)}`).toBe(true);
  if (path !== undefined) expect((caught as { path: CxPath }).path).toEqual(path);
}
