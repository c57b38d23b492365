/**
 * Properties of the `benchmark` radar series of assess(), on the small test checklist and on GBT42509_CHECKLIST:
 * the series is the input per axis (null where left out), the order of the input does not matter, nothing else in
 * the result changes, and every bad score or id throws the documented CxError code at its path.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, GBT42509_CHECKLIST, type AssessmentResult, type ChecklistDefinition, type AssessmentBenchmark } from '../../src/index.js';
import { TEST_CHECKLIST } from './fixture.js';
import { EVIDENCE, policyArb, sheetArb, toAnswers, type Sheet } from './arbitraries.js';
import { errorOf as failure } from '../helpers/errors.js';

const CHECKLISTS: [string, ChecklistDefinition][] = [
  ['test checklist', TEST_CHECKLIST],
  ['GBT42509_CHECKLIST', GBT42509_CHECKLIST],
];

type Scores = Record<string, number | null>;

const scoreArb: fc.Arbitrary<number | null | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(0, 5) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 5, noNaN: true }) },
);

/** A score or nothing per id; ids whose score is `undefined` are left out of the record. */
function scoresArb(ids: readonly string[]): fc.Arbitrary<Scores> {
  return fc.tuple(...ids.map(() => scoreArb)).map((vals) => {
    const out: Scores = {};
    ids.forEach((id, i) => {
      const v = vals[i];
      if (v !== undefined) out[id] = v;
    });
    return out;
  });
}

const labelsArb = fc.option(fc.record({ 'zh-CN': fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), en: fc.string({ minLength: 1 }).filter((s) => s.trim() !== '') }), { nil: undefined });

function benchmarkArb(def: ChecklistDefinition): fc.Arbitrary<AssessmentBenchmark> {
  return fc.record({ labels: labelsArb, dimensions: scoresArb(def.dimensions.map((d) => d.id)), principles: scoresArb(def.principles.map((p) => p.id)) }).map((b) => {
    const { labels, ...rest } = b;
    return labels === undefined ? rest : { labels, ...rest };
  });
}

/** The same record with its keys in another order. */
function permuted(scores: Scores, order: readonly number[]): Scores {
  const entries = Object.entries(scores);
  return Object.fromEntries(order.filter((i) => i < entries.length).map((i) => entries[i]!));
}

function assessable(sheet: Sheet): boolean {
  return sheet.respondents.some((r) => r.slots.some((s) => s !== 'not-applicable'));
}

function run(def: ChecklistDefinition, sheet: Sheet, policy: object): AssessmentResult {
  return assess(def, { checklist: { id: def.id, version: def.version }, answers: toAnswers(def, sheet), evidence: EVIDENCE }, policy);
}

for (const [name, def] of CHECKLISTS) {
  const sheets = sheetArb(def, 2).filter(assessable);
  const dimIds = def.dimensions.map((d) => d.id);
  const prIds = def.principles.map((p) => p.id);
  // A fixed answer sheet for the properties that only vary the benchmark.
  const fixedInput = { checklist: { id: def.id, version: def.version }, answers: [{ criterion: def.dimensions[0]!.items[0]!.criteria[0]!.id, status: 'met' as const }] };

  describe(`benchmark radar series on the ${name}`, () => {
    it('equals the input per axis (null where left out or null), under its label, last, in both radars', () => {
      fc.assert(
        fc.property(sheets, policyArb, benchmarkArb(def), fc.boolean(), (sheet, policy, benchmark, withPrevious) => {
          const prev = withPrevious ? run(def, sheet, policy) : undefined;
          const r = run(def, sheet, { ...policy, benchmark, ...(prev === undefined ? {} : { previous: prev }) });
          const pairs: [AssessmentResult['radar']['byDimension'], Scores][] = [
            [r.radar.byDimension, benchmark.dimensions ?? {}],
            [r.radar.byPrinciple, benchmark.principles ?? {}],
          ];
          for (const [radar, given] of pairs) {
            expect(radar.series.map((s) => s.id)).toEqual(withPrevious ? ['current', 'target', 'previous', 'benchmark'] : ['current', 'target', 'benchmark']);
            const series = radar.series[radar.series.length - 1]!;
            expect(series.labels).toEqual(benchmark.labels ?? { 'zh-CN': '对标基准', en: 'Benchmark' });
            expect(series.values.length).toBe(radar.axes.length);
            radar.axes.forEach((axis, i) => {
              const expected = Object.hasOwn(given, axis.id) ? given[axis.id] : null;
              expect(series.values[i]).toBe(expected);
              const v = series.values[i];
              if (v !== null && v !== undefined) expect(Number.isFinite(v) && v >= 0 && v <= 5).toBe(true);
            });
          }
        }),
        { numRuns: name === 'test checklist' ? 100 : 30 },
      );
    });

    it('does not depend on the order of the ids in the input', () => {
      const n = Math.max(dimIds.length, prIds.length);
      const order = fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });
      fc.assert(
        fc.property(benchmarkArb(def), order, order, (benchmark, o1, o2) => {
          const shuffled: AssessmentBenchmark = {
            ...benchmark,
            dimensions: permuted(benchmark.dimensions ?? {}, o1),
            principles: permuted(benchmark.principles ?? {}, o2),
          };
          expect(Object.keys(shuffled.dimensions ?? {}).sort()).toEqual(Object.keys(benchmark.dimensions ?? {}).sort());
          const a = assess(def, fixedInput, { benchmark });
          const b = assess(def, fixedInput, { benchmark: shuffled });
          expect(b.radar).toEqual(a.radar);
        }),
        { numRuns: 60 },
      );
    });

    it('changes nothing in the result but the added series', () => {
      const plain = assess(def, fixedInput);
      fc.assert(
        fc.property(benchmarkArb(def), (benchmark) => {
          const r = assess(def, fixedInput, { benchmark });
          expect({ ...r, radar: null }).toEqual({ ...plain, radar: null });
          expect(r.radar.byDimension.series.slice(0, -1)).toEqual(plain.radar.byDimension.series);
          expect(r.radar.byPrinciple.series.slice(0, -1)).toEqual(plain.radar.byPrinciple.series);
          expect(r.radar.byDimension.axes).toEqual(plain.radar.byDimension.axes);
        }),
        { numRuns: 40 },
      );
    });

    it('a score outside [0, 5] or not finite throws OUT_OF_RANGE or NON_FINITE at its path', () => {
      const badScore = fc.oneof(
        fc.double({ min: 5, max: 1e300, noNaN: true, minExcluded: true }),
        fc.double({ min: -1e300, max: 0, noNaN: true, maxExcluded: true }).filter((x) => !Object.is(x, -0)),
        fc.constantFrom(NaN, Infinity, -Infinity),
      );
      fc.assert(
        fc.property(benchmarkArb(def), fc.constantFrom('dimensions' as const, 'principles' as const), fc.nat(), badScore, (benchmark, key, k, score) => {
          const ids = key === 'dimensions' ? dimIds : prIds;
          const id = ids[k % ids.length]!;
          const broken = { ...benchmark, [key]: { ...benchmark[key], [id]: score } };
          expect(failure(() => assess(def, fixedInput, { benchmark: broken }))).toEqual({
            code: Number.isFinite(score) ? 'OUT_OF_RANGE' : 'NON_FINITE',
            path: ['policy', 'benchmark', key, id],
          });
        }),
        { numRuns: 100 },
      );
    });

    it('an id that is not a dimension (principle) of the checklist throws INVALID_ARGUMENT at its path', () => {
      fc.assert(
        fc.property(fc.constantFrom('dimensions' as const, 'principles' as const), fc.string({ minLength: 1 }), scoreArb, (key, id, score) => {
          const ids = key === 'dimensions' ? dimIds : prIds;
          fc.pre(!ids.includes(id));
          const got = failure(() => assess(def, fixedInput, { benchmark: { [key]: { [id]: score ?? 1 } } }));
          expect(got).toEqual({ code: 'INVALID_ARGUMENT', path: ['policy', 'benchmark', key, id] });
        }),
        { numRuns: 100 },
      );
    });
  });
}
