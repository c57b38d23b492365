/**
 * Unit tests of markovAttribution (src/journey/markov.ts) on small chains solved by hand (the working is in the
 * comments), and against an independent solver (value iteration on the chain, removal by rebuilding the chain
 * without the touchpoint). Tolerance 1e-12 absolute.
 */
import { describe, expect, it } from 'vitest';
import { MARKOV_MAX_TOUCHPOINTS, markovAttribution, type MarkovAttributionOptions, type MarkovPath } from '../../src/journey/markov.js';
import { expectCxError } from './fixture.js';
import { bruteForce } from './markov-reference.js';

const near = (x: number | null, y: number) => expect(Math.abs(x! - y)).toBeLessThanOrEqual(1e-12);

describe('markovAttribution: hand-solved chains', () => {
  it('A → B converts, A alone does not, B alone converts', () => {
    // Transitions: start→A 2, start→B 1; A→B 1, A→null 1; B→conv 2.
    // b(B) = 1, b(A) = ½·b(B) = ½, P = ⅔·½ + ⅓·1 = ⅔ (= 2 of 3 paths converted).
    // Without A: start→A goes to null: P = ⅓ → RE_A = 1 − ⅓/⅔ = ½. Without B: nothing converts → RE_B = 1.
    // Σ RE = 3/2: shares A ⅓, B ⅔; conversions 2 → A ⅔, B 4/3; value 150 → A 50, B 100.
    const paths: MarkovPath[] = [
      { touchpoints: ['A', 'B'], converted: true, value: 100 },
      { touchpoints: ['A'], converted: false, value: 999 },
      { touchpoints: ['B'], converted: true, value: 50 },
    ];
    const m = markovAttribution(paths);
    expect([m.paths, m.conversions, m.value]).toEqual([3, 2, 150]);
    near(m.conversionProbability, 2 / 3);
    const [a, b] = m.removalEffects;
    expect([a!.touchpoint, b!.touchpoint]).toEqual(['A', 'B']);
    near(a!.conversionProbabilityWithout, 1 / 3);
    near(a!.removalEffect, 1 / 2);
    near(a!.share, 1 / 3);
    near(a!.attributedConversions, 2 / 3);
    near(a!.attributedValue, 50);
    near(b!.conversionProbabilityWithout, 0);
    near(b!.removalEffect, 1);
    near(b!.attributedConversions, 4 / 3);
    near(b!.attributedValue, 100);
    expect(m.transitions).toEqual([
      { from: '(start)', to: 'A', count: 2, probability: 2 / 3 },
      { from: '(start)', to: 'B', count: 1, probability: 1 / 3 },
      { from: 'A', to: 'B', count: 1, probability: 0.5 },
      { from: 'A', to: '(null)', count: 1, probability: 0.5 },
      { from: 'B', to: '(conversion)', count: 2, probability: 1 },
    ]);
  });
  it('a chain with a cycle (A → B → A) needs the linear solve', () => {
    // Paths: A→B→A conv, B null, A conv. Transitions: start→A 2, start→B 1; A→B 1, A→conv 2; B→A 1, B→null 1.
    // b(A) = ⅔ + ⅓·b(B), b(B) = ½·b(A) → b(A) = 4/5, b(B) = 2/5; P = ⅔·4/5 + ⅓·2/5 = ⅔.
    // Without A: P = 0 → RE_A = 1. Without B: b(A) = ⅔, P = ⅔·⅔ = 4/9 → RE_B = 1 − (4/9)/(2/3) = ⅓.
    // Σ RE = 4/3: shares ¾, ¼; conversions 2 → 3/2, 1/2.
    const m = markovAttribution([
      { touchpoints: ['A', 'B', 'A'], converted: true },
      { touchpoints: ['B'], converted: false },
      { touchpoints: ['A'], converted: true },
    ]);
    near(m.conversionProbability, 2 / 3);
    near(m.removalEffects[0]!.removalEffect, 1);
    near(m.removalEffects[1]!.removalEffect, 1 / 3);
    near(m.removalEffects[1]!.conversionProbabilityWithout, 4 / 9);
    near(m.removalEffects[0]!.attributedConversions, 3 / 2);
    near(m.removalEffects[1]!.attributedConversions, 1 / 2);
  });
  it('self-loops (A → A) change neither P nor the removal effects', () => {
    const base = markovAttribution([{ touchpoints: ['A', 'B'], converted: true }, { touchpoints: ['A'], converted: false }]);
    const loop = markovAttribution([{ touchpoints: ['A', 'A', 'A', 'B'], converted: true }, { touchpoints: ['A', 'A'], converted: false }]);
    near(loop.conversionProbability, base.conversionProbability!);
    for (let k = 0; k < 2; k++) near(loop.removalEffects[k]!.removalEffect, base.removalEffects[k]!.removalEffect);
    expect(loop.transitions.find((t) => t.from === 'A' && t.to === 'A')?.count).toBe(3);
  });
  it('matches the independent solver on a bigger example', () => {
    const paths: MarkovPath[] = [
      { touchpoints: ['search', 'social', 'email'], converted: true, value: 80 },
      { touchpoints: ['social', 'search'], converted: false },
      { touchpoints: ['email', 'email', 'search'], converted: true, value: 20 },
      { touchpoints: ['display'], converted: false },
      { touchpoints: ['display', 'search', 'display', 'email'], converted: true, value: 40 },
      { touchpoints: ['social'], converted: true, value: 10 },
      { touchpoints: ['search', 'email', 'social', 'search'], converted: false },
    ];
    const m = markovAttribution(paths);
    const ref = bruteForce(paths);
    near(m.conversionProbability, ref.p);
    near(m.conversionProbability, 4 / 7);
    for (const r of m.removalEffects) near(r.conversionProbabilityWithout, ref.without.get(r.touchpoint)!);
    const total = m.removalEffects.reduce((s, r) => s + r.attributedConversions, 0);
    near(total, 4);
    near(m.removalEffects.reduce((s, r) => s + r.attributedValue, 0), 150);
  });
  it('nothing converts: zeros, no NaN', () => {
    const m = markovAttribution([{ touchpoints: ['A'], converted: false }]);
    expect(m.conversionProbability).toBe(0);
    expect(m.removalEffects).toEqual([{ touchpoint: 'A', conversionProbabilityWithout: 0, removalEffect: 0, share: 0, attributedConversions: 0, attributedValue: 0 }]);
  });
  it('no paths: conversionProbability null; listed touchpoints in the given order', () => {
    const m = markovAttribution([], { touchpoints: ['z', 'a'] });
    expect(m.conversionProbability).toBeNull();
    expect(m.removalEffects.map((r) => r.touchpoint)).toEqual(['z', 'a']);
    expect(m.transitions).toEqual([]);
  });
  it('a touchpoint list fixes the order and lists unseen touchpoints with zeros', () => {
    const m = markovAttribution([{ touchpoints: ['b'], converted: true }], { touchpoints: ['c', 'b', 'a'] });
    expect(m.removalEffects.map((r) => [r.touchpoint, r.removalEffect, r.attributedConversions])).toEqual([
      ['c', 0, 0],
      ['b', 1, 1],
      ['a', 0, 0],
    ]);
  });
  it('rejects bad input with a path', () => {
    const p = (x: unknown) => () => markovAttribution(x as MarkovPath[]);
    expectCxError(p('x'), 'INVALID_ARGUMENT', ['paths']);
    expectCxError(p([null]), 'INVALID_ARGUMENT', ['paths', 0]);
    expectCxError(p([{ touchpoints: [], converted: true }]), 'INVALID_ARGUMENT', ['paths', 0, 'touchpoints']);
    expectCxError(p([{ touchpoints: 'A', converted: true }]), 'INVALID_ARGUMENT', ['paths', 0, 'touchpoints']);
    expectCxError(p([{ touchpoints: ['A', ''], converted: true }]), 'INVALID_ARGUMENT', ['paths', 0, 'touchpoints', 1]);
    expectCxError(p([{ touchpoints: ['A', 3], converted: true }]), 'INVALID_ARGUMENT', ['paths', 0, 'touchpoints', 1]);
    expectCxError(p([{ touchpoints: ['(start)'], converted: true }]), 'INVALID_ARGUMENT', ['paths', 0, 'touchpoints', 0]);
    expectCxError(p([{ touchpoints: ['A'], converted: 'yes' }]), 'INVALID_ARGUMENT', ['paths', 0, 'converted']);
    expectCxError(p([{ touchpoints: ['A'], converted: true, value: -1 }]), 'OUT_OF_RANGE', ['paths', 0, 'value']);
    expectCxError(p([{ touchpoints: ['A'], converted: true, value: Infinity }]), 'NON_FINITE', ['paths', 0, 'value']);
    expectCxError(p([{ touchpoints: ['A'], converted: true, value: '5' }]), 'INVALID_ARGUMENT', ['paths', 0, 'value']);
    const o = (options: unknown) => () => markovAttribution([{ touchpoints: ['A', 'B'], converted: true }], options as MarkovAttributionOptions);
    expectCxError(o({ touchpoints: ['A'] }), 'INVALID_ARGUMENT', ['paths', 0, 'touchpoints', 1]);
    expectCxError(o({ touchpoints: ['A', 'A'] }), 'INVALID_ARGUMENT', ['options', 'touchpoints', 1]);
    expectCxError(o({ touchpoints: 'A' }), 'INVALID_ARGUMENT', ['options', 'touchpoints']);
    expectCxError(o({ order: 2 }), 'UNSUPPORTED', ['options', 'order']);
    expectCxError(o(null), 'INVALID_ARGUMENT', ['options']);
  });
  it('refuses more than MARKOV_MAX_TOUCHPOINTS distinct touchpoints', () => {
    const many = Array.from({ length: MARKOV_MAX_TOUCHPOINTS + 1 }, (_, i) => ({ touchpoints: [`t${i}`], converted: i % 2 === 0 }));
    expectCxError(() => markovAttribution(many), 'UNSUPPORTED', ['paths', MARKOV_MAX_TOUCHPOINTS, 'touchpoints', 0]);
    expectCxError(() => markovAttribution([], { touchpoints: many.map((p) => p.touchpoints[0]!) }), 'UNSUPPORTED', ['options', 'touchpoints']);
  });
});
