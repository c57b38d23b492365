/**
 * BG/BB at the edges of its parameter space. A fit of customers who all buy at nearly every opportunity runs to
 * γ → 0, δ → ∞ (no drop-out) with α, β large (no spread in p): the predictions must be those of that limit,
 * t·α/(α+β), not the garbage a difference of lnΓ values near 1e11 gives (it returned 0 before).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgBbConditionalExpectedPurchases, bgBbExpectedPurchases, bgBbProbabilityAlive, bgBbProbabilityOfPurchases, fitBgBb, lgamma } from '../../src/index.js';

/** The value after `key` in tests/fixtures/btyd-boundary/extremes.out. */
function reference(key: string): string {
  const text = readFileSync(new URL('../fixtures/btyd-boundary/extremes.out', import.meta.url), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${key} `));
  if (line === undefined) throw new Error(`no reference ${key}`);
  return line.slice(key.length + 1);
}

/** FHS 2010 eq. 7 in closed form (accurate for moderate parameters, γ away from 1): an independent oracle. */
function closedForm(alpha: number, beta: number, gamma: number, delta: number, t: number): number {
  const ratio = lgamma(gamma + delta) + lgamma(1 + delta + t) - lgamma(1 + delta) - lgamma(gamma + delta + t);
  return (alpha / (alpha + beta)) * (delta / (gamma - 1)) * -Math.expm1(ratio);
}

describe('BG/BB at the boundary', () => {
  it('a fit of regular buyers predicts the no-drop-out limit: E[X(5)] = 5·p̂ with p̂ = 19/20', () => {
    const rows = [
      { frequency: 5, recency: 5, periods: 5 },
      { frequency: 5, recency: 5, periods: 5 },
      { frequency: 4, recency: 5, periods: 5 },
      { frequency: 5, recency: 5, periods: 5 },
    ];
    const model = fitBgBb(rows);
    expect(model.params.delta / model.params.gamma).toBeGreaterThan(1e6);
    expect(Math.abs(bgBbExpectedPurchases(model.params, 5) / 4.75 - 1)).toBeLessThan(1e-6);
    for (const r of rows) {
      expect(bgBbProbabilityAlive(model.params, r)).toBeCloseTo(1, 6);
      expect(Math.abs(bgBbConditionalExpectedPurchases(model.params, 5, r) / 4.75 - 1)).toBeLessThan(1e-3);
    }
  });

  it('tends to t·α/(α+β) as δ → ∞, for any t', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e12, noNaN: true }), fc.double({ min: 1e-14, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 }), (delta, gamma, t) => {
        const p = { alpha: 1.1e6, beta: 5.8e4, gamma, delta };
        const limit = (t * p.alpha) / (p.alpha + p.beta);
        // Deviation from the limit: Σ_i (1 − Π_j (δ+j)/(γ+δ+j)) ≤ γ·t²/δ.
        expect(Math.abs(bgBbExpectedPurchases(p, t) - limit)).toBeLessThanOrEqual(limit * ((gamma * t * t) / delta) + 1e-12 * limit);
      }),
    );
  });

  it('agrees with the closed form of FHS 2010 eq. 7 for moderate parameters (relative 1e-10)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }).filter((g) => Math.abs(g - 1) > 1e-3),
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (alpha, beta, gamma, delta, t) => {
          const want = closedForm(alpha, beta, gamma, delta, t);
          expect(Math.abs(bgBbExpectedPurchases({ alpha, beta, gamma, delta }, t) - want)).toBeLessThanOrEqual(1e-10 * want);
        },
      ),
    );
  });

  it('P(X(t) = k) keeps its digits for γ, δ near 1e10 (sums to 1, mean = E[X(t)], mpmath value)', () => {
    // Reference: tests/fixtures/btyd-boundary/extremes.py (mpmath 1.3.0, 40 digits, FHS 2010 eq. 8 term by term).
    const want = Number(reference('bgbb-pmf 1 1 1e10 1e10 10 3'));
    const p = { alpha: 1, beta: 1, gamma: 1e10, delta: 1e10 };
    expect(Math.abs(bgBbProbabilityOfPurchases(p, 10, 3) / want - 1)).toBeLessThan(1e-12);
    for (const q of [p, { alpha: 1e8, beta: 1e8, gamma: 1e10, delta: 1e10 }, { alpha: 0.7, beta: 2.1, gamma: 0.4, delta: 3.3 }]) {
      let total = 0;
      let mean = 0;
      for (let k = 0; k <= 200; k++) {
        const v = bgBbProbabilityOfPurchases(q, 200, k);
        total += v;
        mean += k * v;
      }
      expect(Math.abs(total - 1)).toBeLessThan(1e-12);
      expect(Math.abs(mean / bgBbExpectedPurchases(q, 200) - 1)).toBeLessThan(1e-11);
    }
  });
});
