/**
 * Matchers for the executed `@example` blocks (see scripts/extract-examples.ts).
 *
 * A `//=> literal` comment becomes a {@link Matcher}: numbers match when the actual value rounds to the decimals
 * shown, everything else matches structurally.
 */
import { expect } from 'vitest';
import { isCxError } from '../../src/core/errors.js';

export type Matcher =
  | { t: 'num'; v: number; tol: number }
  | { t: 'lit'; v: string | boolean | null }
  | { t: 'arr'; v: Matcher[] }
  | { t: 'obj'; v: Record<string, Matcher> };

function normalise(actual: unknown): unknown {
  // Values with a JSON form (Decimal, Date) compare through it; typed arrays as arrays.
  if (ArrayBuffer.isView(actual) && !(actual instanceof DataView)) return Array.from(actual as unknown as ArrayLike<number>);
  if (actual !== null && typeof actual === 'object' && !Array.isArray(actual) && typeof (actual as { toJSON?: unknown }).toJSON === 'function') {
    return (actual as { toJSON: () => unknown }).toJSON();
  }
  return actual;
}

function match(actual: unknown, m: Matcher, where: string): void {
  const a = normalise(actual);
  switch (m.t) {
    case 'num':
      expect(typeof a, `${where}: expected a number`).toBe('number');
      if (Math.abs((a as number) - m.v) > m.tol) expect(a, `${where}: expected ${String(m.v)} ± ${String(m.tol)}`).toBe(m.v);
      return;
    case 'lit':
      expect(a, where).toBe(m.v);
      return;
    case 'arr': {
      expect(Array.isArray(a), `${where}: expected an array, got ${JSON.stringify(a)}`).toBe(true);
      const arr = a as unknown[];
      expect(arr.length, `${where}: array length`).toBe(m.v.length);
      m.v.forEach((mi, i) => { match(arr[i], mi, `${where}[${String(i)}]`); });
      return;
    }
    case 'obj': {
      expect(a !== null && typeof a === 'object', `${where}: expected an object, got ${JSON.stringify(a)}`).toBe(true);
      const o = a as Record<string, unknown>;
      // Every key shown must match; keys not shown are allowed (examples show what matters).
      for (const [k, mk] of Object.entries(m.v)) match(o[k], mk, `${where}.${k}`);
      return;
    }
  }
}

export function __check(actual: unknown, m: Matcher, where: string): void {
  match(actual, m, where);
}

export async function __throws(fn: () => unknown, code: string, where: string): Promise<void> {
  let thrown: unknown;
  try {
    await fn();
  } catch (e) {
    thrown = e;
  }
  expect(isCxError(thrown), `${where}: expected a CxError ${code}, got ${String(thrown)}`).toBe(true);
  expect((thrown as { code: string }).code, where).toBe(code);
}
