import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateBgNbd, simulateParetoNbd } from '../../src/value/simulate.js';

const param = fc.double({ min: 0.01, max: 20, noNaN: true });

describe('simulation properties', () => {
  it('every row is a valid summary: integer x ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0; same seed, same rows', () => {
    fc.assert(
      fc.property(
        fc.record({ r: param, alpha: param, a: param, b: param, s: param, beta: param }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.oneof(fc.integer(), fc.string()),
        (p, n, T, seed) => {
          for (const sim of [simulateBgNbd(p, { customers: n, T, seed }), simulateParetoNbd(p, { customers: n, T, seed })]) {
            expect(sim.customers.length).toBe(n);
            for (const c of sim.customers) {
              expect(Number.isInteger(c.frequency) && c.frequency >= 0).toBe(true);
              expect(c.recency >= 0 && c.recency <= c.T).toBe(true);
              if (c.frequency === 0) expect(c.recency).toBe(0);
              expect(c.T).toBe(T);
            }
          }
          expect(simulateParetoNbd(p, { customers: n, T, seed })).toEqual(simulateParetoNbd(p, { customers: n, T, seed }));
        },
      ),
      { numRuns: 60 },
    );
  });
});
