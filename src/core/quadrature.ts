/**
 * Adaptive Gauss–Kronrod (7–15) quadrature on a list of intervals, for smooth integrands whose scale varies
 * (breakpoints put where the integrand changes fast).
 *
 * Internal to the library.
 *
 * @module
 * @internal
 */

/** Gauss–Kronrod 7–15 nodes (positive half) and weights (Piessens et al. 1983, QUADPACK qk15). */
const XGK = [0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911, 0.4058451513773972, 0.20778495500789848, 0];
const WGK = [0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592, 0.1690047266392679, 0.19035057806478542, 0.20443294007529889, 0.20948214108472782];
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** Options of {@link integrateGk15}. @internal */
export interface Gk15Options {
  /** An interval is accepted when |Kronrod − Gauss| ≤ `relTol` × max(running total, its Kronrod value). */
  readonly relTol: number;
  /** Most intervals evaluated (each 15 points); past it every interval is accepted as it is. */
  readonly maxPieces: number;
  /** Half-widths below this are accepted as they are. */
  readonly minHalfWidth: number;
  /**
   * The error scale: `'running'` (default) compares a piece's error with the running total (as QUADPACK-style
   * codes on positive integrands whose bulk is integrated first); `'first-pass'` with the sum of one 15-point rule
   * per given interval, computed up front — the right choice when the integrand has a non-analytic end point
   * whose pieces would otherwise be judged against their own tiny values.
   */
  readonly scale?: 'running' | 'first-pass';
}

function gk15(f: (x: number) => number, a: number, b: number, out: Float64Array): void {
  const c = 0.5 * (a + b);
  const hw = 0.5 * (b - a);
  const fc = f(c);
  let k = WGK[7]! * fc;
  let g = WG[3]! * fc;
  for (let j = 0; j < 7; j++) {
    const dx = hw * XGK[j]!;
    const s2 = f(c - dx) + f(c + dx);
    k += WGK[j]! * s2;
    if (j % 2 === 1) g += WG[(j - 1) / 2]! * s2;
  }
  out[0] = k * hw;
  out[1] = g * hw;
}

/**
 * ∫ f over the intervals `[points[0], points[1]], [points[2], points[3]], …` (pairs, in the order given; the last
 * pair is integrated first), each bisected until the Kronrod–Gauss difference of a piece is below `relTol` of the
 * running total. Intended for non-negative integrands (the running total is the error scale). A 15-point rule
 * never samples the ends of a piece, and its error estimate is 0 when all 15 values are: a feature much narrower
 * than the piece it sits in, at its edge, goes unseen — put breakpoints at and a few widths around any such feature.
 * @internal
 */
export function integrateGk15(f: (x: number) => number, points: readonly number[], options: Gk15Options): number {
  const { relTol, maxPieces, minHalfWidth } = options;
  const kg = new Float64Array(2);
  let scale = -1;
  if (options.scale === 'first-pass') {
    scale = 0;
    for (let i = 0; i + 1 < points.length; i += 2) {
      gk15(f, points[i]!, points[i + 1]!, kg);
      scale += Math.abs(kg[0]!);
    }
  }
  const stack = points.slice();
  let total = 0;
  let pieces = 0;
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    gk15(f, a, b, kg);
    const k = kg[0]!;
    pieces++;
    const tol = relTol * (scale >= 0 ? scale : Math.max(total, k));
    if (Math.abs(k - kg[1]!) <= tol || pieces > maxPieces || 0.5 * (b - a) < minHalfWidth) total += k;
    else {
      const c = 0.5 * (a + b);
      stack.push(a, c, c, b);
    }
  }
  return total;
}

/**
 * The consecutive intervals between breakpoints, as the flat `[a₀, b₀, a₁, b₁, …]` list {@link integrateGk15} takes:
 * the points sorted ascending, intervals of zero width dropped. @internal
 */
export function intervalsBetween(points: readonly number[]): number[] {
  const sorted = points.slice().sort((u, v) => u - v);
  const out: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1]! > sorted[i]!) out.push(sorted[i]!, sorted[i + 1]!);
  return out;
}
