/**
 * Deep freezing of the library's constant data (the maturity levels and the GB/T 42509-structured checklist).
 *
 * @module
 * @internal
 */

/**
 * Freezes `value` and every object and array reachable from it, in place, and returns it. Primitives pass through.
 * Meant for acyclic constant data: an object that is already frozen is taken as deep-frozen and not descended into
 * (which also ends the walk on shared or cyclic references). Call it as `/* @__PURE__ *\/ deepFreeze({ … })` so
 * that bundlers drop the constant when it is not imported. @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
