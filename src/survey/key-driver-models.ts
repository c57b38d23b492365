/**
 * The importance measures behind `keyDrivers`: pairwise Pearson correlations, and the standardised regression
 * coefficients and Johnson's (2000) relative weights from the listwise-complete correlation matrix. Internal: not
 * exported from the package entry.
 *
 * @module
 * @internal
 */
import { CxError } from '../core/errors.js';
import { solveSpd, symmetricEigen } from '../core/matrix.js';

/**
 * A correlation matrix whose smallest eigenvalue is at most this fraction of its largest (condition number
 * ≥ 1e10) is treated as singular: its attributes are (nearly) collinear and regression coefficients or relative
 * weights would be noise.
 */
const COLLINEARITY_TOLERANCE = 1e-10;

/** Pearson r of the first `m` entries of two columns (two-pass, centred); `null` when m < 2 or either is constant. */
function pearson(x: Float64Array, y: Float64Array, m: number): number | null {
  if (m < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < m; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= m;
  my /= m;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < m; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  return Math.min(1, Math.max(-1, sxy / Math.sqrt(sxx * syy)));
}

/** Raw importance, correlation with the outcome and rows used, per attribute. @internal */
export interface Model {
  readonly raw: (number | null)[];
  readonly r: (number | null)[];
  readonly n: number[];
}

/** |r| per attribute over the rows holding it and the outcome (pairwise deletion). @internal */
export function byCorrelation(y: Float64Array, x: Float64Array, rows: number, p: number): Model {
  const xs = new Float64Array(rows);
  const ys = new Float64Array(rows);
  const raw: (number | null)[] = [];
  const r: (number | null)[] = [];
  const n: number[] = [];
  for (let j = 0; j < p; j++) {
    let m = 0;
    for (let i = 0; i < rows; i++) {
      const a = x[j * rows + i]!;
      const b = y[i]!;
      if (a === a && b === b) {
        xs[m] = a;
        ys[m] = b;
        m++;
      }
    }
    const rj = pearson(xs, ys, m);
    r.push(rj);
    raw.push(rj === null ? null : Math.abs(rj));
    n.push(m);
  }
  return { raw, r, n };
}

/**
 * Listwise deletion, then the correlation matrix R_xx of the attributes and their correlations r_xy with the
 * outcome; `null` when the outcome is constant or there are fewer than p + 2 complete rows.
 */
function completeCorrelations(y: Float64Array, x: Float64Array, rows: number, keys: readonly string[]): { R: number[][]; rxy: number[]; m: number } | { m: number } {
  const p = keys.length;
  const cols: Float64Array[] = [];
  for (let j = 0; j <= p; j++) cols.push(new Float64Array(rows));
  let m = 0;
  for (let i = 0; i < rows; i++) {
    const b = y[i]!;
    if (b !== b) continue;
    let ok = true;
    for (let j = 0; j < p && ok; j++) ok = !Number.isNaN(x[j * rows + i]!);
    if (!ok) continue;
    cols[p]![m] = b;
    for (let j = 0; j < p; j++) cols[j]![m] = x[j * rows + i]!;
    m++;
  }
  if (m < p + 2) return { m };
  // Centre every column (two-pass), then the cross-products.
  const ss = new Float64Array(p + 1);
  for (let j = 0; j <= p; j++) {
    const c = cols[j]!;
    let s = 0;
    for (let i = 0; i < m; i++) s += c[i]!;
    const mu = s / m;
    let q = 0;
    for (let i = 0; i < m; i++) {
      const d = c[i]! - mu;
      c[i] = d;
      q += d * d;
    }
    ss[j] = q;
  }
  if (!(ss[p]! > 0)) return { m };
  for (let j = 0; j < p; j++) {
    if (!(ss[j]! > 0)) {
      throw new CxError(
        'DOMAIN_ERROR',
        `attribute '${keys[j]!}' has the same rating in all ${m} complete rows, so a regression cannot weigh it: drop it or use method 'correlation'`,
        { path: ['attributes', j], details: { attributes: [keys[j]!], n: m } },
      );
    }
  }
  const corr = (a: number, b: number): number => {
    const ca = cols[a]!;
    const cb = cols[b]!;
    let s = 0;
    for (let i = 0; i < m; i++) s += ca[i]! * cb[i]!;
    return Math.min(1, Math.max(-1, s / Math.sqrt(ss[a]! * ss[b]!)));
  };
  const R: number[][] = [];
  for (let j = 0; j < p; j++) R.push(new Array<number>(p).fill(1));
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) {
      const v = corr(j, k);
      R[j]![k] = v;
      R[k]![j] = v;
    }
  }
  const rxy: number[] = [];
  for (let j = 0; j < p; j++) rxy.push(corr(j, p));
  return { R, rxy, m };
}

/**
 * |β| (regression) or the raw relative weights ε (Johnson 2000) over the complete rows (listwise deletion).
 *
 * @throws CxError `DOMAIN_ERROR` for a constant or collinear attribute.
 * @internal
 */
export function byModel(y: Float64Array, x: Float64Array, rows: number, keys: readonly string[], method: 'regression' | 'relative-weights'): Model {
  const p = keys.length;
  const c = completeCorrelations(y, x, rows, keys);
  const n = keys.map(() => c.m);
  if (!('R' in c)) return { raw: keys.map(() => null), r: keys.map(() => null), n };
  const { R, rxy } = c;
  const { values, vectors } = symmetricEigen(R);
  if (!(values[p - 1]! > COLLINEARITY_TOLERANCE * values[0]!)) {
    // The eigenvector of the smallest eigenvalue is the (near) linear dependency: name the attributes in it.
    const involved: { key: string; w: number }[] = [];
    for (let j = 0; j < p; j++) {
      const w = Math.abs(vectors[j]![p - 1]!);
      if (w >= 0.1) involved.push({ key: keys[j]!, w });
    }
    involved.sort((a, b) => b.w - a.w);
    const names = involved.map((v) => v.key);
    throw new CxError(
      'DOMAIN_ERROR',
      `attributes ${names.map((k) => `'${k}'`).join(', ')} are (nearly) collinear in the ${c.m} complete rows (a duplicated or derived question?): ` +
        `regression weights are not defined; drop one of them or use method 'correlation'`,
      { path: ['attributes'], details: { attributes: names, smallestEigenvalue: values[p - 1]!, n: c.m } },
    );
  }
  let raw: number[];
  if (method === 'regression') {
    // Standardised OLS coefficients solve the normal equations in correlation form, R_xx·β = r_xy.
    raw = solveSpd(R, rxy).map(Math.abs);
  } else {
    // Johnson (2000): Λ* = Q·diag(√λ)·Qᵀ (the correlations of the attributes with their closest orthogonal
    // counterparts Z), β = Λ*⁻¹·r_xy = Q·diag(1/√λ)·Qᵀ·r_xy (the regression of y on Z), ε_j = Σ_k Λ*_jk²·β_k².
    const qtr = new Float64Array(p);
    for (let k = 0; k < p; k++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += vectors[j]![k]! * rxy[j]!;
      qtr[k] = s / Math.sqrt(values[k]!);
    }
    const beta = new Float64Array(p);
    const lambda: Float64Array[] = [];
    for (let j = 0; j < p; j++) {
      let s = 0;
      const row = new Float64Array(p);
      for (let k = 0; k < p; k++) {
        s += vectors[j]![k]! * qtr[k]!;
        let l = 0;
        for (let t = 0; t < p; t++) l += vectors[j]![t]! * Math.sqrt(values[t]!) * vectors[k]![t]!;
        row[k] = l;
      }
      beta[j] = s;
      lambda.push(row);
    }
    raw = [];
    for (let j = 0; j < p; j++) {
      let e = 0;
      for (let k = 0; k < p; k++) e += lambda[j]![k]! * lambda[j]![k]! * beta[k]! * beta[k]!;
      raw.push(e);
    }
  }
  return { raw, r: rxy, n };
}
