/**
 * The generic predictions dispatch on model.kind to the per-model functions (whose values are tested in their own
 * files) and enforce the time unit. Reference values: FHL 2005 (BG/NBD, see bg-nbd.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isCxError } from '../../src/core/errors.js';
import { bgBbConditionalExpectedPurchases, bgBbExpectedPurchases, bgBbProbabilityAlive, bgBbProbabilityOfPurchases, type BgBbModel } from '../../src/value/bg-bb.js';
import { bgNbdConditionalExpectedPurchases, bgNbdExpectedPurchases, bgNbdProbabilityAlive, bgNbdProbabilityOfPurchases, type BgNbdModel } from '../../src/value/bg-nbd.js';
import { mbgNbdConditionalExpectedPurchases, mbgNbdExpectedPurchases, mbgNbdProbabilityAlive, mbgNbdProbabilityOfPurchases, type MbgNbdModel } from '../../src/value/mbg-nbd.js';
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdModel,
} from '../../src/value/pareto-nbd.js';
import { conditionalExpectedPurchases, expectedPurchases, probabilityAlive, probabilityOfPurchases, type PurchaseModel } from '../../src/value/predict.js';

const base = { logLikelihood: 0, standardErrors: null, intervals: null, converged: true, message: '', iterations: 0, n: 1, penalizer: 0 };
const bg: BgNbdModel = { ...base, kind: 'bg-nbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425753 }, timeUnit: 'week' };
const mbg: MbgNbdModel = { ...base, kind: 'mbg-nbd', params: { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 }, timeUnit: 'week' };
const pareto: ParetoNbdModel = { ...base, kind: 'pareto-nbd', params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 }, timeUnit: 'week' };
const bgbb: BgBbModel = { ...base, kind: 'bg-bb', params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, timeUnit: null };
const c = { frequency: 2, recency: 30.43, T: 38.86 };
const d = { frequency: 3, recency: 4, periods: 6 };

describe('generic predictions', () => {
  it('dispatch to the model of each kind', () => {
    expect(expectedPurchases(bg, 32)).toBe(bgNbdExpectedPurchases(bg.params, 32));
    expect(conditionalExpectedPurchases(bg, 39, c)).toBe(bgNbdConditionalExpectedPurchases(bg.params, 39, c));
    expect(conditionalExpectedPurchases(bg, 39, c).toFixed(3)).toBe('1.226'); // FHL 2005 / Hardie's Excel note
    expect(probabilityAlive(bg, c)).toBe(bgNbdProbabilityAlive(bg.params, c));
    expect(probabilityOfPurchases(bg, 39, 2)).toBe(bgNbdProbabilityOfPurchases(bg.params, 39, 2));
    expect(expectedPurchases(mbg, 32)).toBe(mbgNbdExpectedPurchases(mbg.params, 32));
    expect(conditionalExpectedPurchases(mbg, 39, c)).toBe(mbgNbdConditionalExpectedPurchases(mbg.params, 39, c));
    expect(probabilityAlive(mbg, c)).toBe(mbgNbdProbabilityAlive(mbg.params, c));
    expect(probabilityOfPurchases(mbg, 39, 2)).toBe(mbgNbdProbabilityOfPurchases(mbg.params, 39, 2));
    expect(expectedPurchases(pareto, 32)).toBe(paretoNbdExpectedPurchases(pareto.params, 32));
    expect(conditionalExpectedPurchases(pareto, 39, c)).toBe(paretoNbdConditionalExpectedPurchases(pareto.params, 39, c));
    expect(probabilityAlive(pareto, c)).toBe(paretoNbdProbabilityAlive(pareto.params, c));
    expect(probabilityOfPurchases(pareto, 39, 2)).toBe(paretoNbdProbabilityOfPurchases(pareto.params, 39, 2));
    expect(expectedPurchases(bgbb, 5)).toBe(bgBbExpectedPurchases(bgbb.params, 5));
    expect(conditionalExpectedPurchases(bgbb, 5, d)).toBe(bgBbConditionalExpectedPurchases(bgbb.params, 5, d));
    expect(probabilityAlive(bgbb, d)).toBe(bgBbProbabilityAlive(bgbb.params, d));
    expect(probabilityOfPurchases(bgbb, 5, 2)).toBe(bgBbProbabilityOfPurchases(bgbb.params, 5, 2));
  });

  it('accept a customer in the model unit and reject one in another unit (no silent rescale)', () => {
    expect(probabilityAlive(bg, { ...c, timeUnit: 'week' })).toBe(probabilityAlive(bg, c));
    for (const fn of [() => probabilityAlive(bg, { ...c, timeUnit: 'day' }), () => conditionalExpectedPurchases(pareto, 39, { ...c, timeUnit: 'day' })]) {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(isCxError(err, 'INVALID_ARGUMENT')).toBe(true);
      expect((err as { path: unknown }).path).toEqual(['customer', 'timeUnit']);
      expect((err as Error).message).toMatch(/days.*weeks|weeks/);
    }
    // a model without a unit accepts any
    expect(probabilityAlive({ ...bg, timeUnit: null }, { ...c, timeUnit: 'day' })).toBe(probabilityAlive(bg, c));
  });

  it('throw UNSUPPORTED for an unknown kind and INVALID_ARGUMENT for no model', () => {
    const other = { ...bg, kind: 'gamma-gamma' } as unknown as PurchaseModel;
    for (const fn of [() => expectedPurchases(other, 1), () => conditionalExpectedPurchases(other, 1, c), () => probabilityAlive(other, c), () => probabilityOfPurchases(other, 1, 0)]) {
      expect(fn).toThrow(expect.objectContaining({ code: 'UNSUPPORTED', path: ['model', 'kind'] }) as Error);
    }
    expect(() => expectedPurchases(null as never, 1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['model'] }) as Error);
    expect(() => probabilityAlive(bg, 'x' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['customer'] }) as Error);
    expect(() => probabilityAlive({ ...bg, timeUnit: 'hour' } as never, c)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['model', 'timeUnit'] }) as Error);
  });
});
