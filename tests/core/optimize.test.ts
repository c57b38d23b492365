import { describe, expect, it } from 'vitest';
import { bfgs, minimize, nelderMead, standardErrors, type Objective, type OptimizeResult } from '../../src/core/optimize.js';
import { expectCxError } from '../helpers/errors.js';

const maxErr = (x: number[], target: (i: number) => number): number => x.reduce((m, v, i) => Math.max(m, Math.abs(v - target(i))), 0);

// Rosenbrock's function Σ 100(x_{i+1} − x_i²)² + (1 − x_i)²: minimum 0 at (1, …, 1) (Rosenbrock 1960; the n-D
// form and start (−1.2, 1, −1.2, …) as in Moré, Garbow & Hillstrom 1981, problem 21 / Nocedal & Wright §2).
const rosenbrock: Objective = (x) => {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) s += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
  return s;
};
const rosenbrockGradient = (x: Float64Array, g: Float64Array): void => {
  g.fill(0);
  for (let i = 0; i + 1 < x.length; i++) {
    const t = x[i + 1]! - x[i]! ** 2;
    g[i] = g[i]! - 400 * x[i]! * t - 2 * (1 - x[i]!);
    g[i + 1] = g[i + 1]! + 200 * t;
  }
};
const start2 = [-1.2, 1];
const start5 = [-1.2, 1, -1.2, 1, -1.2];

describe('Rosenbrock (minimum at (1, …, 1))', () => {
  for (const x0 of [start2, start5]) {
    it(`bfgs reaches (1, …, 1) to 1e-6 in ${x0.length}D, with numerical and analytic gradients`, () => {
      for (const gradient of [undefined, rosenbrockGradient]) {
        const r = bfgs(rosenbrock, x0, gradient === undefined ? {} : { gradient });
        expect(r.converged).toBe(true);
        expect(maxErr(r.x, () => 1)).toBeLessThanOrEqual(1e-6);
        expect(r.value).toBeLessThanOrEqual(1e-12);
        expect(r.gradientNorm).toBeLessThanOrEqual(1e-6);
        expect(r.iterations).toBeLessThanOrEqual(100);
        expect(r.message).toMatch(/^converged/);
      }
    });
    it(`nelderMead reaches (1, …, 1) to 1e-4 in ${x0.length}D within its default budget`, () => {
      const r = nelderMead(rosenbrock, x0);
      expect(r.converged).toBe(true);
      expect(maxErr(r.x, () => 1)).toBeLessThanOrEqual(1e-4);
      expect(r.gradientNorm).toBeNull();
      expect(r.iterations).toBeLessThanOrEqual(200 * x0.length);
    });
    it(`minimize('nelder-mead-then-bfgs') reaches (1, …, 1) to 1e-6 in ${x0.length}D and sums the work`, () => {
      const nm = nelderMead(rosenbrock, x0);
      const r = minimize(rosenbrock, x0, { method: 'nelder-mead-then-bfgs' });
      expect(r.converged).toBe(true);
      expect(maxErr(r.x, () => 1)).toBeLessThanOrEqual(1e-6);
      expect(r.iterations).toBeGreaterThanOrEqual(nm.iterations);
      expect(r.evaluations).toBeGreaterThan(nm.evaluations);
      expect(r.message).toMatch(/^Nelder–Mead converged.*; BFGS converged/);
    });
  }
  it('minimize defaults to bfgs and passes method options through', () => {
    expect(minimize(rosenbrock, start2)).toEqual(bfgs(rosenbrock, start2));
    expect(minimize(rosenbrock, start2, { method: 'nelder-mead', nelderMead: { maxIterations: 7 } })).toEqual(
      nelderMead(rosenbrock, start2, { maxIterations: 7 }),
    );
  });
  it('reports converged: false with a message when the budget runs out (no throw)', () => {
    const b = bfgs(rosenbrock, start2, { maxIterations: 3 });
    expect(b).toMatchObject({ converged: false, iterations: 3 });
    expect(b.message).toMatch(/maximum iterations \(3\)/);
    const nm = nelderMead(rosenbrock, start5, { maxIterations: 10 });
    expect(nm).toMatchObject({ converged: false, iterations: 10 });
    expect(nm.message).toMatch(/maximum iterations \(10\)/);
  });
});

// A seeded normal sample (mulberry32 + Box–Muller), mean 5, sd 2, n = 20 000 — the size of a CLV fit.
function normalSample(n: number, mu: number, sigma: number, seed: number): Float64Array {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = mu + sigma * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return out;
}

describe('maximum likelihood: normal (μ, log σ)', () => {
  const data = normalSample(20_000, 5, 2, 42);
  const n = data.length;
  // NLL(μ, τ = log σ) = n·τ + Σ(x − μ)² / (2e^{2τ}) (+ const)
  const nll: Objective = ([mu = 0, tau = 0]) => {
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (data[i]! - mu) ** 2;
    return n * tau + ss / (2 * Math.exp(2 * tau));
  };
  // Closed form: μ̂ = mean, σ̂ = sqrt(mean squared deviation); observed information diag(n/σ̂², 2n), so
  // SE(μ̂) = σ̂/√n and SE(log σ̂) = 1/√(2n) (e.g. Pawitan, In All Likelihood, 2001, §2.7 and §3.3).
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data[i]! / n;
  let msd = 0;
  for (let i = 0; i < n; i++) msd += (data[i]! - mean) ** 2 / n;
  const sigma = Math.sqrt(msd);

  const check = (r: OptimizeResult, tol: number): void => {
    expect(r.converged).toBe(true);
    expect(Math.abs(r.x[0]! - mean)).toBeLessThanOrEqual(tol);
    expect(Math.abs(Math.exp(r.x[1]!) - sigma)).toBeLessThanOrEqual(tol);
  };
  it('bfgs from (0, 0) finds the closed-form MLE to 1e-6', () => check(bfgs(nll, [0, 0]), 1e-6));
  it('nelderMead finds it to 1e-4, and the hybrid to 1e-6', () => {
    check(nelderMead(nll, [0, 0]), 1e-4);
    check(minimize(nll, [0, 0], { method: 'nelder-mead-then-bfgs' }), 1e-6);
  });
  it('standard errors from the numerical Hessian match σ̂/√n and 1/√(2n) to 1e-4 relative', () => {
    const se = standardErrors(nll, bfgs(nll, [0, 0]).x)!;
    expect(Math.abs(se[0]! / (sigma / Math.sqrt(n)) - 1)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(se[1]! / (1 / Math.sqrt(2 * n)) - 1)).toBeLessThanOrEqual(1e-4);
  });
});

// ln Γ(x) by the Lanczos approximation (g = 7, 9 coefficients; Godfrey's coefficients as listed in
// Numerical Recipes 3rd ed. §6.1 and the Wikipedia "Lanczos approximation" article), |error| < 1e-14 for x ≥ 0.5,
// with ln Γ(x) = ln Γ(x + 1) − ln x below 0.5. Test-local so the test does not depend on core/special.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function lgamma(x: number): number {
  if (x < 0.5) return lgamma(x + 1) - Math.log(x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

describe('maximum likelihood: gamma (log k, log θ), against R', () => {
  // Sample and reference values from tests/fixtures/optimize/gamma-mle.R (output in gamma-mle.out; R 4.2.2):
  // the MLE solves log k − ψ(k) = log x̄ − mean(log x) (uniroot, tol 1e-15), θ = x̄/k; standard errors from the
  // analytic observed information n·[[ψ'(k), 1/θ], [1/θ, k/θ²]].
  const x = [
    2.276, 5.767, 0.891, 5.575, 2.847, 3.332, 1.849, 1.445, 1.769, 5.413, 1.405, 3.597, 3.867, 2.736, 4.33, 1.159, 2.286, 2.421, 3.711, 3.758,
    10.811, 0.739, 4.195, 7.233, 6.626, 0.622, 11.091, 3.75, 4.398, 8.552, 2.233, 1.169, 2.696, 1.505, 3.893, 2.675, 1.299, 1.902, 1.443, 3.874,
  ];
  const R = { k: 2.31831317433924, theta: 1.52201179679086, nll: 83.9815824032233, seK: 0.485728507394007, seTheta: 0.355908474333452 };
  const n = x.length;
  let sumX = 0;
  let sumLogX = 0;
  for (const v of x) {
    sumX += v;
    sumLogX += Math.log(v);
  }
  // NLL(k, θ) = n ln Γ(k) + n k ln θ − (k − 1) Σ ln x + Σ x / θ
  const nll: Objective = ([logK = 0, logTheta = 0]) => {
    const k = Math.exp(logK);
    return n * lgamma(k) + n * k * logTheta - (k - 1) * sumLogX + sumX / Math.exp(logTheta);
  };
  it('bfgs, nelderMead and the hybrid reproduce R’s k̂, θ̂ to 1e-6 relative and the NLL to 1e-10 relative', () => {
    const runs = [bfgs(nll, [0, 0]), minimize(nll, [0, 0], { method: 'nelder-mead-then-bfgs' }), nelderMead(nll, [0, 0], { tolerance: 1e-14 })];
    for (const r of runs) {
      expect(r.converged).toBe(true);
      expect(Math.abs(Math.exp(r.x[0]!) / R.k - 1)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(Math.exp(r.x[1]!) / R.theta - 1)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(r.value / R.nll - 1)).toBeLessThanOrEqual(1e-10);
    }
  });
  it('standard errors in log space times the estimate (delta method) match R’s SE(k̂), SE(θ̂) to 1e-4 relative', () => {
    const r = bfgs(nll, [0, 0]);
    const se = standardErrors(nll, r.x)!;
    expect(Math.abs((se[0]! * Math.exp(r.x[0]!)) / R.seK - 1)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs((se[1]! * Math.exp(r.x[1]!)) / R.seTheta - 1)).toBeLessThanOrEqual(1e-4);
  });
});

describe('non-finite objective values', () => {
  // f(x) = x − 2 ln x: minimum at x = 2 (f' = 1 − 2/x), NaN for x < 0 and +∞... at 0 (−ln 0 = +∞).
  const visited: number[] = [];
  const f: Objective = ([v = 0]) => {
    visited.push(v);
    return v - 2 * Math.log(v);
  };
  it('are treated as +∞: both methods step back from x ≤ 0 and find x = 2', () => {
    for (const method of ['bfgs', 'nelder-mead'] as const) {
      visited.length = 0;
      const r = minimize(f, [10], { method, bfgs: { gradientTolerance: 1e-10 } });
      expect(visited.some((v) => v <= 0)).toBe(true); // the NaN region was hit
      expect(r.converged).toBe(true);
      expect(Math.abs(r.x[0]! - 2)).toBeLessThanOrEqual(1e-6);
      expect(Number.isFinite(r.value)).toBe(true);
    }
  });
  it('an objective finite only at x0: nelderMead stays at x0 (not converged); bfgs throws NON_FINITE; the hybrid returns Nelder–Mead', () => {
    const spike: Objective = ([a = 0, b = 0]) => (a === 1 && b === 2 ? 3 : NaN);
    const nm = nelderMead(spike, [1, 2], { maxIterations: 50 });
    expect(nm).toMatchObject({ x: [1, 2], value: 3, converged: false, iterations: 50 });
    expectCxError(() => bfgs(spike, [1, 2]), 'NON_FINITE', ['x0']);
    const h = minimize(spike, [1, 2], { method: 'nelder-mead-then-bfgs', nelderMead: { maxIterations: 50 } });
    expect(h).toMatchObject({ x: [1, 2], value: 3, converged: false });
    expect(h.message).toMatch(/BFGS not run/);
  });
  it('a non-finite analytic gradient at a trial point shrinks the step', () => {
    const g = (x: Float64Array, out: Float64Array): void => {
      out[0] = x[0]! > 0 ? 1 - 2 / x[0]! : NaN;
    };
    const r = bfgs(([v = 0]) => (v > 0 ? v - 2 * Math.log(v) : 1e300), [10], { gradient: g });
    expect(Math.abs(r.x[0]! - 2)).toBeLessThanOrEqual(1e-5);
  });
});

describe('line search failure at the precision floor', () => {
  it('with both convergence tests off, bfgs ends when no lower value can be found: converged false, x within 1e-7', () => {
    for (const x0 of [start2, start5]) {
      const r = bfgs(rosenbrock, x0, { gradientTolerance: 0, relativeTolerance: 0 });
      expect(r.converged).toBe(false);
      expect(r.message).toMatch(/line search found no lower value/);
      expect(maxErr(r.x, () => 1)).toBeLessThanOrEqual(1e-7);
      expect(r.iterations).toBeLessThan(200);
    }
  });
  it('a wrong (sign-flipped) analytic gradient fails at once without a throw', () => {
    const r = bfgs(([v = 0]) => (v - 3) ** 2, [0], { gradient: (x, out) => void (out[0] = -2 * (x[0]! - 3)) });
    expect(r).toMatchObject({ x: [0], value: 9, converged: false, iterations: 0 });
    expect(r.message).toMatch(/line search/);
  });
});

describe('options', () => {
  const bowl: Objective = ([a = 0, b = 0, c = 0]) => (a - 1) ** 2 + 2 * (b + 1) ** 2 + 3 * (c - 0.5) ** 2 + a * b;
  it('initialStep (a number or one per coordinate) sets the first simplex vertices', () => {
    for (const [step, expected] of [
      [0.5, [[1.5, 2], [1, 2.5]]],
      [[0.25, -3], [[1.25, 2], [1, -1]]],
      [undefined, [[1.1, 2], [1, 2.2]]], // default 0.1·max(|x0_i|, 1)
    ] as const) {
      const seen: number[][] = [];
      nelderMead((x) => (seen.push(Array.from(x)), (x[0]! - 3) ** 2 + x[1]! ** 2), [1, 2], { initialStep: step, maxIterations: 1 });
      expect(seen.slice(1, 3)).toEqual(expected);
    }
  });
  it('adaptive coefficients (n > 2) change the path, both settings converge to the same point', () => {
    const adaptive = nelderMead(bowl, [0, 0, 0]);
    const standard = nelderMead(bowl, [0, 0, 0], { adaptive: false });
    expect(adaptive.converged && standard.converged).toBe(true);
    expect(adaptive.iterations).not.toBe(standard.iterations);
    expect(maxErr(adaptive.x, (i) => standard.x[i]!)).toBeLessThanOrEqual(1e-5);
  });
  it('looser tolerances stop earlier', () => {
    expect(nelderMead(bowl, [0, 0, 0], { tolerance: 1e-4, xTolerance: 1e-2 }).iterations).toBeLessThan(nelderMead(bowl, [0, 0, 0]).iterations);
    expect(bfgs(rosenbrock, start2, { gradientTolerance: 1e-2, relativeTolerance: 0 }).iterations).toBeLessThan(bfgs(rosenbrock, start2).iterations);
  });
  it('does not modify x0', () => {
    const x0 = new Float64Array([-1.2, 1]);
    bfgs(rosenbrock, x0);
    nelderMead(rosenbrock, x0);
    expect(Array.from(x0)).toEqual([-1.2, 1]);
  });
  it('counts every objective call, including finite-difference ones', () => {
    let calls = 0;
    const r = bfgs((x) => (calls++, rosenbrock(x)), start2);
    expect(r.evaluations).toBe(calls);
    calls = 0;
    const nm = nelderMead((x) => (calls++, rosenbrock(x)), start2);
    expect(nm.evaluations).toBe(calls);
  });
});

describe('bad input', () => {
  const f: Objective = ([a = 0]) => a * a;
  it('x0 with a NaN or ±Infinity → NON_FINITE at its index; empty → EMPTY_INPUT; not an array → INVALID_ARGUMENT', () => {
    for (const run of [bfgs, nelderMead, minimize]) {
      expectCxError(() => run(f, [1, NaN]), 'NON_FINITE', ['x0', 1]);
      expectCxError(() => run(f, [Infinity]), 'NON_FINITE', ['x0', 0]);
      expectCxError(() => run(f, []), 'EMPTY_INPUT', ['x0']);
      expectCxError(() => run(f, 'ab' as unknown as number[]), 'INVALID_ARGUMENT', ['x0']);
      expectCxError(() => run(3 as unknown as Objective, [1]), 'INVALID_ARGUMENT', ['f']);
    }
  });
  it('an objective that is NaN everywhere (or not a number) → NON_FINITE (INVALID_ARGUMENT) at f', () => {
    for (const method of ['bfgs', 'nelder-mead', 'nelder-mead-then-bfgs'] as const) {
      expectCxError(() => minimize(() => NaN, [1, 2], { method }), 'NON_FINITE', ['f']);
      expectCxError(() => minimize(() => -Infinity, [1, 2], { method }), 'NON_FINITE', ['f']);
      expectCxError(() => minimize(() => 'x' as unknown as number, [1], { method }), 'INVALID_ARGUMENT', ['f']);
    }
  });
  it('bad options → OUT_OF_RANGE / NON_FINITE / LENGTH_MISMATCH / INVALID_ARGUMENT at options.<name>', () => {
    expectCxError(() => nelderMead(f, [1], { maxIterations: 0 }), 'OUT_OF_RANGE', ['options', 'maxIterations']);
    expectCxError(() => bfgs(f, [1], { maxIterations: 2.5 }), 'OUT_OF_RANGE', ['options', 'maxIterations']);
    expectCxError(() => nelderMead(f, [1], { tolerance: -1 }), 'OUT_OF_RANGE', ['options', 'tolerance']);
    expectCxError(() => nelderMead(f, [1], { xTolerance: NaN }), 'NON_FINITE', ['options', 'xTolerance']);
    expectCxError(() => bfgs(f, [1], { gradientTolerance: NaN }), 'NON_FINITE', ['options', 'gradientTolerance']);
    expectCxError(() => bfgs(f, [1], { relativeTolerance: -1e-9 }), 'OUT_OF_RANGE', ['options', 'relativeTolerance']);
    expectCxError(() => nelderMead(f, [1, 2], { initialStep: [1, 0] }), 'OUT_OF_RANGE', ['options', 'initialStep', 1]);
    expectCxError(() => nelderMead(f, [1, 2], { initialStep: 0 }), 'OUT_OF_RANGE', ['options', 'initialStep', 0]);
    expectCxError(() => nelderMead(f, [1, 2], { initialStep: [1] }), 'LENGTH_MISMATCH', ['options', 'initialStep']);
    expectCxError(() => nelderMead(f, [1], { initialStep: 'big' as unknown as number }), 'INVALID_ARGUMENT', ['options', 'initialStep']);
    expectCxError(() => bfgs(f, [1], { gradient: 5 as unknown as () => void }), 'INVALID_ARGUMENT', ['options', 'gradient']);
    expectCxError(() => minimize(f, [1], { method: 'newton' as 'bfgs' }), 'INVALID_ARGUMENT', ['options', 'method']);
    // the hybrid checks BFGS's options only after Nelder–Mead: the error still surfaces
    expectCxError(() => minimize(f, [1], { method: 'nelder-mead-then-bfgs', bfgs: { gradientTolerance: -1 } }), 'OUT_OF_RANGE', [
      'options',
      'gradientTolerance',
    ]);
  });
  it('an analytic gradient that is not finite at x0 → NON_FINITE at x0', () => {
    expectCxError(() => bfgs(f, [1], { gradient: (_x, out) => void (out[0] = NaN) }), 'NON_FINITE', ['x0']);
  });
});
