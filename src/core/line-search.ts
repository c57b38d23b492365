/**
 * A line search satisfying the strong Wolfe conditions, for the quasi-Newton optimiser. Internal: not exported
 * from the package entry.
 *
 * Nocedal & Wright, Numerical Optimization (2nd ed., 2006), Algorithm 3.5 (bracketing) and Algorithm 3.6 (zoom),
 * with safeguarded quadratic interpolation in the zoom and non-finite objective values treated as +∞ (the step
 * shrinks towards the last good point).
 *
 * @module
 * @internal
 */

/** The objective at `x`, +∞ for any non-finite value. @internal */
export type Value = (x: Float64Array) => number;
/** Writes the gradient at `x` (where the value is the finite `fx`) into `g`; `false` when it is not finite. @internal */
export type GradientAt = (x: Float64Array, fx: number, g: Float64Array) => boolean;

/** Work arrays of a line search from `x` along `d`; the accepted point lands in `xNew`, `gNew`. @internal */
export interface LineSearchWork {
  /** Start point. */
  readonly x: Float64Array;
  /** Search direction (a descent direction: `g·d < 0`). */
  readonly d: Float64Array;
  /** Trial point (scratch). */
  readonly xTrial: Float64Array;
  /** Gradient at the trial point (scratch). */
  readonly gTrial: Float64Array;
  /** Accepted point. */
  readonly xNew: Float64Array;
  /** Gradient at the accepted point. */
  readonly gNew: Float64Array;
}

/** Sufficient-decrease (Armijo) constant c₁ (Nocedal & Wright §3.1). */
const C1 = 1e-4;
/** Curvature constant c₂ for quasi-Newton methods (Nocedal & Wright §3.1). */
const C2 = 0.9;
const MAX_BRACKET = 40;
const MAX_ZOOM = 40;

/**
 * Searches along `work.d` from `work.x` (value `f0`, directional derivative `dphi0 < 0`) starting with step
 * `alpha0`. Returns the objective value at the accepted point (written to `work.xNew`/`work.gNew`), which satisfies
 * the strong Wolfe conditions or, failing that, at least sufficient decrease; returns `NaN` when no step with
 * sufficient decrease was found. @internal
 */
export function strongWolfe(value: Value, gradient: GradientAt, f0: number, dphi0: number, alpha0: number, work: LineSearchWork): number {
  const { x, d, xTrial, gTrial, xNew, gNew } = work;
  const n = x.length;
  let dmax = 0;
  let xmax = 1;
  for (let i = 0; i < n; i++) {
    dmax = Math.max(dmax, Math.abs(d[i]!));
    xmax = Math.max(xmax, Math.abs(x[i]!));
  }
  // Below this step length the trial point no longer differs from x in floating point.
  const alphaMin = (Number.EPSILON * xmax) / dmax;

  let fNew = NaN; // value at the accepted point (alpha of the last "lo"), NaN = none yet
  const phi = (alpha: number): number => {
    for (let i = 0; i < n; i++) xTrial[i] = x[i]! + alpha * d[i]!;
    return value(xTrial);
  };
  // Directional derivative at the trial point (value fa); NaN when the gradient is not finite there.
  const dphi = (fa: number): number => {
    if (!gradient(xTrial, fa, gTrial)) return NaN;
    let s = 0;
    for (let i = 0; i < n; i++) s += gTrial[i]! * d[i]!;
    return s;
  };
  const accept = (fa: number): void => {
    xNew.set(xTrial);
    gNew.set(gTrial);
    fNew = fa;
  };

  // Algorithm 3.6 (zoom) on the bracket [lo, hi]; `lo` has the lowest value so far satisfying sufficient decrease.
  const zoom = (lo: number, fLo: number, dLo: number, hi: number, fHi: number): number => {
    for (let j = 0; j < MAX_ZOOM; j++) {
      const width = hi - lo;
      if (Math.abs(width) <= alphaMin) break;
      let t = 0.1; // non-finite value at hi: shrink hard towards lo
      if (fHi < Infinity) {
        const c = (fHi - fLo - dLo * width) / (width * width);
        t = c > 0 ? -dLo / (2 * c * width) : 0.5;
        if (!(t >= 0.1)) t = 0.1;
        else if (t > 0.9) t = 0.9;
      }
      const alpha = lo + t * width;
      const fa = phi(alpha);
      if (fa > f0 + C1 * alpha * dphi0 || fa >= fLo) {
        hi = alpha;
        fHi = fa;
        continue;
      }
      const da = dphi(fa);
      if (Number.isNaN(da)) {
        hi = alpha; // no finite gradient there: treat the point as a non-finite value
        fHi = Infinity;
        continue;
      }
      accept(fa);
      if (Math.abs(da) <= -C2 * dphi0) return fa;
      if (da * width >= 0) {
        hi = lo;
        fHi = fLo;
      }
      lo = alpha;
      fLo = fa;
      dLo = da;
    }
    return fNew; // the best sufficient-decrease point (NaN when lo never moved off 0)
  };

  // Algorithm 3.5: expand the step until the minimum along d is bracketed.
  let prev = 0;
  let fPrev = f0;
  let dPrev = dphi0;
  let alpha = alpha0;
  for (let i = 0; i < MAX_BRACKET; i++) {
    const fa = phi(alpha);
    if (fa > f0 + C1 * alpha * dphi0 || (i > 0 && fa >= fPrev)) return zoom(prev, fPrev, dPrev, alpha, fa);
    const da = dphi(fa);
    if (Number.isNaN(da)) return zoom(prev, fPrev, dPrev, alpha, Infinity); // no finite gradient: as a non-finite value
    accept(fa);
    if (Math.abs(da) <= -C2 * dphi0) return fa;
    if (da >= 0) return zoom(alpha, fa, da, prev, fPrev);
    prev = alpha;
    fPrev = fa;
    dPrev = da;
    alpha *= 2;
  }
  return fNew;
}
