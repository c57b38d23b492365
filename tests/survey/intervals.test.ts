import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { wilsonInterval, tInterval } from '../../src/survey/intervals.js';
import { errorOf as codeOf } from '../helpers/errors.js';

// Reference values: tests/fixtures/survey-metrics/generate.R → reference.json (R 4.2, base stats).
const ref = JSON.parse(readFileSync(new URL('../fixtures/survey-metrics/reference.json', import.meta.url), 'utf8')) as {
  wilson: { x: number; n: number; confidence: number; lower: number; upper: number }[];
  t: { name: string; x: number[]; confidence: number; mean: number; sd: number; lower: number; upper: number }[];
};
const TOL = 1e-10;

describe('wilsonInterval', () => {
  it('matches the closed form of Wilson (1927) by hand: 8/10 at 95%', () => {
    // (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), z = qnorm(0.975) = 1.959963984540054.
    const z = 1.959963984540054;
    const p = 0.8;
    const n = 10;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    const ci = wilsonInterval(p, n)!;
    expect(Math.abs(ci.lower - (centre - half))).toBeLessThan(TOL);
    expect(Math.abs(ci.upper - (centre + half))).toBeLessThan(TOL);
    expect(ci.method).toBe('wilson');
    expect(ci.confidence).toBe(0.95);
  });

  // R: prop.test(x, n, correct = FALSE, conf.level)$conf.int is the Wilson interval.
  for (const r of ref.wilson) {
    it(`equals R prop.test(${String(r.x)}, ${String(r.n)}, correct = FALSE, conf.level = ${String(r.confidence)}) to 1e-10`, () => {
      const ci = wilsonInterval(r.x / r.n, r.n, { confidence: r.confidence })!;
      expect(Math.abs(ci.lower - r.lower)).toBeLessThan(TOL);
      expect(Math.abs(ci.upper - r.upper)).toBeLessThan(TOL);
    });
  }

  it('gives null for n = 0 and rejects bad arguments', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(codeOf(() => wilsonInterval(1.2, 10))).toEqual({ code: 'OUT_OF_RANGE', path: ['proportion'] });
    expect(codeOf(() => wilsonInterval(Number.NaN, 10))).toEqual({ code: 'NON_FINITE', path: ['proportion'] });
    expect(codeOf(() => wilsonInterval(0.5, -1))).toEqual({ code: 'OUT_OF_RANGE', path: ['n'] });
    expect(codeOf(() => wilsonInterval(0.5, 10, { confidence: 1 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['confidence'] });
  });
});

describe('tInterval', () => {
  // R: t.test(x, conf.level)$conf.int.
  for (const r of ref.t) {
    it(`equals R t.test(${r.name}, conf.level = ${String(r.confidence)})$conf.int to 1e-10`, () => {
      const ci = tInterval(r.mean, r.sd, r.x.length, { confidence: r.confidence })!;
      expect(Math.abs(ci.lower - r.lower)).toBeLessThan(TOL);
      expect(Math.abs(ci.upper - r.upper)).toBeLessThan(TOL);
      expect(ci.method).toBe('t');
    });
  }

  it('gives null without degrees of freedom, a zero-width interval for sd 0, and rejects bad arguments', () => {
    expect(tInterval(3, 1, 1)).toBeNull();
    expect(tInterval(3, 0, 0)).toBeNull();
    // df = 0.001: t_{0.975, 0.001} overflows the double range.
    expect(tInterval(3, 1, 1.001)).toBeNull();
    const ci = tInterval(3, 0, 5)!;
    expect([ci.lower, ci.upper]).toEqual([3, 3]);
    expect(codeOf(() => tInterval(Number.POSITIVE_INFINITY, 1, 5))).toEqual({ code: 'NON_FINITE', path: ['mean'] });
    expect(codeOf(() => tInterval(1, -1, 5))).toEqual({ code: 'OUT_OF_RANGE', path: ['sd'] });
    expect(codeOf(() => tInterval(1, 1, 5, { confidence: 0 }))).toEqual({ code: 'OUT_OF_RANGE', path: ['confidence'] });
  });
});
