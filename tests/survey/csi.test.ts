import { describe, expect, it } from 'vitest';
import { csi } from '../../src/survey/csi.js';
import { errorOf as codeOf } from '../helpers/errors.js';

const ten = { min: 1, max: 10 };
const acsi = [
  { key: 'q1', scale: ten },
  { key: 'q2', scale: ten },
  { key: 'q3', scale: ten },
];

describe('csi', () => {
  it('ACSI-style: three 1–10 questions, equal weights → (sum of means − 3) / 27 · 100', () => {
    // ../shared/notes/survey-metrics.md (CSAT section): Σ wᵢ (xᵢ − 1) / (9 Σ wᵢ) · 100, with three equal weights
    // (sum − 3) / 27 · 100. One respondent 8, 9, 7: (24 − 3) / 27 · 100 = 77.777…; tolerance 1e-12.
    expect(csi([{ q1: 8, q2: 9, q3: 7 }], { attributes: acsi }).score).toBeCloseTo((2100 / 27), 12);
    // Means 8, 6, 8.5: (22.5 − 3) / 27 · 100 = 72.222…
    const r = csi([{ q1: 9, q2: 7, q3: 8 }, { q1: 7, q2: 5, q3: 9 }], { attributes: acsi });
    expect(Math.abs(r.score! - (19.5 / 27) * 100)).toBeLessThanOrEqual(1e-12);
    expect(r.attributes.map((a) => [a.key, a.mean, a.n, a.missing])).toEqual([
      ['q1', 8, 2, 0],
      ['q2', 6, 2, 0],
      ['q3', 8.5, 2, 0],
    ]);
    expect(r.attributes.map((a) => a.weight)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(r.n).toBe(2);
  });
  it('weights are normalised; normalized = (mean − min)/(max − min)·100 per attribute scale', () => {
    // Hand-derived: a on 1–5 mean 4 → 75; b on 0–10 mean 5 → 50; weights 3:1 → 0.75·75 + 0.25·50 = 68.75.
    const r = csi([{ a: 4, b: 3 }, { a: 4, b: 7 }], { attributes: [{ key: 'a', weight: 3 }, { key: 'b', weight: 1, scale: { min: 0, max: 10 } }] });
    expect(r.score).toBe(68.75);
    expect(r.attributes).toEqual([
      { key: 'a', mean: 4, normalized: 75, weight: 0.75, n: 2, missing: 0 },
      { key: 'b', mean: 5, normalized: 50, weight: 0.25, n: 2, missing: 0 },
    ]);
  });
  it('missing values are skipped per attribute and counted', () => {
    const rows = [{ a: 5, b: null }, { a: 3 }, { a: undefined, b: 1 }, { a: 4, b: 2, other: 'x' }];
    const r = csi(rows, { attributes: [{ key: 'a' }, { key: 'b' }] });
    expect(r.attributes.map((a) => [a.mean, a.n, a.missing])).toEqual([
      [4, 3, 1],
      [1.5, 2, 2],
    ]);
    // (4 − 1)/4·100 = 75 and (1.5 − 1)/4·100 = 12.5 → 43.75
    expect(r.score).toBe(43.75);
  });
  it('empty input and an unrated weighted attribute give score null; a zero-weight one does not matter', () => {
    expect(csi([], { attributes: acsi })).toEqual({
      score: null,
      n: 0,
      attributes: acsi.map((a) => ({ key: a.key, mean: null, normalized: null, weight: 1 / 3, n: 0, missing: 0 })),
    });
    expect(csi([{ a: 3, b: null }], { attributes: [{ key: 'a' }, { key: 'b' }] }).score).toBeNull();
    expect(csi([{ a: 3, b: null }], { attributes: [{ key: 'a' }, { key: 'b', weight: 0 }] }).score).toBe(50);
  });
  it('stays in [0, 100] at the scale ends', () => {
    expect(csi([{ a: 1 }, { a: 1 }], { attributes: [{ key: 'a' }] }).score).toBe(0);
    // Fractional scales: the mean of three 0.3s rounds above 0.3; it is clamped into the scale, score ≤ 100.
    const low = csi([{ a: 0.1 }, { a: 0.1 }, { a: 0.1 }], { attributes: [{ key: 'a', scale: { min: 0.1, max: 0.3 } }] }).score!;
    const high = csi([{ a: 0.3 }, { a: 0.3 }, { a: 0.3 }], { attributes: [{ key: 'a', scale: { min: 0.1, max: 0.3 } }] }).score!;
    expect(low).toBeGreaterThanOrEqual(0);
    expect(low).toBeLessThan(1e-12);
    expect(high).toBeLessThanOrEqual(100);
    expect(100 - high).toBeLessThan(1e-12);
  });
  it('rejects bad input with a code and path', () => {
    const attributes = [{ key: 'a' }];
    expect(codeOf(() => csi(null as unknown as object[], { attributes }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rows'] });
    expect(codeOf(() => csi([{ a: 1 }, null as unknown as object], { attributes }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rows', 1] });
    expect(codeOf(() => csi([[1]], { attributes }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['rows', 0] });
    expect(codeOf(() => csi([{ a: 6 }], { attributes }))).toEqual({ code: 'INVALID_SCORE', path: ['rows', 0, 'a'] });
    expect(codeOf(() => csi([{ a: 2 }, { a: '3' }], { attributes }))).toEqual({ code: 'INVALID_SCORE', path: ['rows', 1, 'a'] });
    expect(codeOf(() => csi([{ a: Number.NaN }], { attributes }))).toEqual({ code: 'INVALID_SCORE', path: ['rows', 0, 'a'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes'] });
    expect(codeOf(() => csi([{ a: 2 }], undefined as unknown as { attributes: [] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: ['a' as unknown as { key: string }] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 0] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'a' }, { key: 'a' }] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 1, 'key'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 3 as unknown as string }] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 0, 'key'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'a' }, { key: 'typo' }] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 1, 'key'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'a', weight: -1 }] }))).toEqual({ code: 'OUT_OF_RANGE', path: ['attributes', 0, 'weight'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'a', weight: Number.NaN }] }))).toEqual({ code: 'NON_FINITE', path: ['attributes', 0, 'weight'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'a', weight: 0 }] }))).toEqual({ code: 'OUT_OF_RANGE', path: ['attributes'] });
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'a', scale: { min: 1, max: 1 } }] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['attributes', 0, 'scale', 'max'],
    });
    // An inherited property is not a rating: a key named like an Object.prototype member is "unknown".
    expect(codeOf(() => csi([{ a: 2 }], { attributes: [{ key: 'toString' }] }))).toEqual({ code: 'INVALID_ARGUMENT', path: ['attributes', 0, 'key'] });
  });
});
