import { describe, expect, it } from 'vitest';
import { fitBgNbd, conditionalExpectedPurchases, expectedPurchases } from '../../src/index.js';
import { isCxError } from '../../src/core/errors.js';

// Four near-identical customers do not identify BG/NBD: the fit runs to a boundary (a → 0, b → ∞, r/α → rate) and
// reports converged: false. A prediction from it must fail with a message that names the model and the fit's
// reason — not with an unexplained special-function range error.
describe('predictions from a fit at a boundary', () => {
  const rows = [
    { frequency: 2, recency: 20, T: 30 },
    { frequency: 2, recency: 20, T: 30 },
    { frequency: 3, recency: 28, T: 30 },
    { frequency: 1, recency: 10, T: 30 },
  ];
  it('say which model failed and why', () => {
    const model = fitBgNbd(rows, { timeUnit: 'week' });
    expect(model.converged).toBe(false);
    let err: unknown;
    try {
      conditionalExpectedPurchases(model, 52, rows[0]!);
      expectedPurchases(model, 52);
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'DOMAIN_ERROR')).toBe(true);
    expect((err as Error).message).toMatch(/bg-nbd model/);
    expect((err as Error).message).toMatch(/did not converge/);
    expect((err as { path: unknown }).path).toEqual(['model', 'params']);
  });
  it('bad arguments keep their own error', () => {
    const model = { kind: 'bg-nbd', params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, timeUnit: 'week' } as Parameters<typeof expectedPurchases>[0];
    let err: unknown;
    try {
      expectedPurchases(model, -1);
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'OUT_OF_RANGE')).toBe(true);
  });
});
