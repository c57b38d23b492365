/**
 * The `benchmark` radar series of assess(): hand-checked values on the small test checklist, labels, order of the
 * series, and every bad benchmark with the CxError code and path it must produce.
 */
import { describe, expect, it } from 'vitest';
import { assess, type AssessmentBenchmark, type AssessmentPolicy } from '../../src/index.js';
import { TEST_CHECKLIST, answers, input, metUpTo } from './fixture.js';
import { errorOf } from '../helpers/errors.js';

const INPUT = input({ answers: answers(metUpTo(TEST_CHECKLIST, { A1: 2, A2: 2, B1: 2 })) });
const MEDIAN = { 'zh-CN': '行业中位数', en: 'Industry median' };

function failure(policy: AssessmentPolicy): { code: string; path: readonly (string | number)[] } {
  return errorOf(() => assess(TEST_CHECKLIST, INPUT, policy));
}

describe('assess: benchmark radar series', () => {
  it('draws the benchmark after current, target and previous, matched by axis id, null where missing', () => {
    const prev = assess(TEST_CHECKLIST, input({ answers: answers(metUpTo(TEST_CHECKLIST, { A1: 1, A2: 1, B1: 1 })) }));
    // Keys in another order than the axes, one axis left out.
    const benchmark: AssessmentBenchmark = { labels: MEDIAN, dimensions: { B: 3.5, A: 2.25 }, principles: { p2: 0 } };
    const r = assess(TEST_CHECKLIST, INPUT, { previous: prev, benchmark });
    expect(r.radar.byDimension.series.map((s) => [s.id, s.values])).toEqual([
      ['current', [2, 2]],
      ['target', [3, 3]],
      ['previous', [1, 1]],
      ['benchmark', [2.25, 3.5]],
    ]);
    expect(r.radar.byPrinciple.series.map((s) => [s.id, s.values])).toEqual([
      ['current', [2, 2]],
      ['target', [3, 3]],
      ['previous', [1, 1]],
      ['benchmark', [null, 0]],
    ]);
    expect(r.radar.byDimension.series[3]!.labels).toEqual(MEDIAN);
    expect(r.radar.byPrinciple.series[3]!.labels).toEqual(MEDIAN);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('comes without previous, with a default label, and in both radars when only one side has scores', () => {
    const r = assess(TEST_CHECKLIST, INPUT, { benchmark: { dimensions: { A: 4 } } });
    expect(r.radar.byDimension.series.map((s) => s.id)).toEqual(['current', 'target', 'benchmark']);
    expect(r.radar.byDimension.series[2]).toEqual({ id: 'benchmark', labels: { 'zh-CN': '对标基准', en: 'Benchmark' }, values: [4, null] });
    expect(r.radar.byPrinciple.series[2]).toEqual({ id: 'benchmark', labels: { 'zh-CN': '对标基准', en: 'Benchmark' }, values: [null, null] });
  });

  it('takes null for an axis without a score, and the bounds 0 and 5', () => {
    const r = assess(TEST_CHECKLIST, INPUT, { benchmark: { dimensions: { A: null, B: 5 }, principles: { p1: 0, p2: null } } });
    expect(r.radar.byDimension.series[2]!.values).toEqual([null, 5]);
    expect(r.radar.byPrinciple.series[2]!.values).toEqual([0, null]);
  });

  it('takes the scores of another result (the recipe of the guide)', () => {
    const peer = assess(TEST_CHECKLIST, input({ answers: answers(metUpTo(TEST_CHECKLIST, { A1: 4, A2: 3, B1: 1 })) }));
    const scores = (units: readonly { id: string; score: number | null }[]) => Object.fromEntries(units.map((u) => [u.id, u.score]));
    const r = assess(TEST_CHECKLIST, INPUT, { benchmark: { labels: { 'zh-CN': '华东事业部', en: 'East region' }, dimensions: scores(peer.dimensions), principles: scores(peer.principles) } });
    expect(r.radar.byDimension.series[2]!.values).toEqual(peer.dimensions.map((d) => d.score));
    expect(r.radar.byPrinciple.series[2]!.values).toEqual(peer.principles.map((p) => p.score));
  });

  it('does not change anything but the radar series, nor its input', () => {
    const benchmark = { labels: MEDIAN, dimensions: { A: 1, B: 2 }, principles: { p1: 3 } };
    const copy = structuredClone(benchmark);
    const plain = assess(TEST_CHECKLIST, INPUT);
    const withIt = assess(TEST_CHECKLIST, INPUT, { benchmark });
    expect({ ...withIt, radar: null }).toEqual({ ...plain, radar: null });
    expect(withIt.radar.byDimension.series.slice(0, 2)).toEqual(plain.radar.byDimension.series);
    expect(benchmark).toEqual(copy);
  });
});

describe('assess: bad benchmark', () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ['not an object', 3, 'INVALID_ARGUMENT', ['policy', 'benchmark']],
    ['an array', [], 'INVALID_ARGUMENT', ['policy', 'benchmark']],
    ['null', null, 'INVALID_ARGUMENT', ['policy', 'benchmark']],
    ['no scores', { labels: MEDIAN }, 'INVALID_ARGUMENT', ['policy', 'benchmark']],
    ['an unknown option', { dimensions: { A: 1 }, items: { A1: 1 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'items']],
    ['a misspelt label option', { label: 'median', dimensions: { A: 1 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'label']],
    ['an unknown dimension', { dimensions: { A: 1, C: 2 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'dimensions', 'C']],
    ['a principle id as a dimension', { dimensions: { p1: 2 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'dimensions', 'p1']],
    ['an unknown principle', { principles: { p3: 2 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'principles', 'p3']],
    ['an inherited key name', JSON.parse('{"dimensions":{"__proto__":2}}'), 'INVALID_ARGUMENT', ['policy', 'benchmark', 'dimensions', '__proto__']],
    ['dimensions as an array', { dimensions: [{ id: 'A', score: 1 }] }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'dimensions']],
    ['a score as text', { dimensions: { A: '2.5' } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'dimensions', 'A']],
    ['a score above 5', { dimensions: { A: 5.01 } }, 'OUT_OF_RANGE', ['policy', 'benchmark', 'dimensions', 'A']],
    ['a negative score', { principles: { p2: -0.5 } }, 'OUT_OF_RANGE', ['policy', 'benchmark', 'principles', 'p2']],
    ['a NaN score', { dimensions: { B: NaN } }, 'NON_FINITE', ['policy', 'benchmark', 'dimensions', 'B']],
    ['an infinite score', { principles: { p1: Infinity } }, 'NON_FINITE', ['policy', 'benchmark', 'principles', 'p1']],
    ['labels as text', { labels: 'Industry median', dimensions: { A: 1 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'labels']],
    ['a blank English label', { labels: { 'zh-CN': '行业', en: ' ' }, dimensions: { A: 1 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'labels', 'en']],
    ['no Chinese label', { labels: { en: 'Median' }, dimensions: { A: 1 } }, 'INVALID_ARGUMENT', ['policy', 'benchmark', 'labels', 'zh-CN']],
  ];
  for (const [name, benchmark, code, path] of cases) {
    it(name, () => {
      expect(failure({ benchmark: benchmark as AssessmentBenchmark })).toEqual({ code, path });
    });
  }

  it('a result of assess() passed as the benchmark', () => {
    const other = assess(TEST_CHECKLIST, INPUT);
    expect(failure({ benchmark: other as never })).toEqual({ code: 'INVALID_ARGUMENT', path: ['policy', 'benchmark'] });
  });
});
