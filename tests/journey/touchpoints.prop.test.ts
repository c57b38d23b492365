/**
 * Properties of touchpointMetrics and painPoints on random answers and events: scores equal the survey metric of
 * each touchpoint's answers, volumes count distinct events, results do not depend on input order, pain points are
 * ranked by impact with impact and gaps in range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { touchpointMetrics, type TouchpointAnswer } from '../../src/journey/touchpoints.js';
import { painPoints } from '../../src/journey/pain-points.js';
import { funnel } from '../../src/journey/funnel.js';
import { csat } from '../../src/survey/csat.js';
import { nps } from '../../src/survey/nps.js';
import type { JourneyEventRecord } from '../../src/journey/journey.js';
import { DAY, SHOP, TP, shuffled } from './fixture.js';

const answer: fc.Arbitrary<TouchpointAnswer> = fc.oneof(
  fc.record({ metric: fc.constant('nps' as const), score: fc.integer({ min: 0, max: 10 }), touchpointId: fc.constantFrom('web', 'store', 'app'), scale: fc.constant(undefined) }),
  fc.record({ metric: fc.constant('csat' as const), score: fc.integer({ min: 1, max: 5 }), touchpointId: fc.constantFrom('web', 'store', 'app'), scale: fc.constant(undefined) }),
  fc.record({ metric: fc.constant('ces' as const), score: fc.integer({ min: 1, max: 7 }), touchpointId: fc.constantFrom('web', 'store', 'app'), scale: fc.constant(undefined) }),
);
const event: fc.Arbitrary<JourneyEventRecord> = fc.record({
  customerId: fc.constantFrom('a', 'b', 'c'),
  occurredAt: fc.integer({ min: 0, max: 5 }).map((d) => d * DAY),
  type: fc.constantFrom('visit', 'signup', 'order'),
  touchpointId: fc.constantFrom('web', 'store', 'app', undefined),
});
const input = fc.tuple(fc.array(answer, { maxLength: 40 }), fc.array(event, { maxLength: 30 }));
const OPT = { ces: { direction: 'higher-is-easier' as const } };

describe('touchpointMetrics properties', () => {
  it('scores are the metric of the touchpoint’s answers; volume counts distinct events; order does not matter', () => {
    fc.assert(
      fc.property(input, fc.nat(), ([answers, events], seed) => {
        const m = touchpointMetrics(TP, answers, events, OPT);
        for (const x of m) {
          const mine = (metric: string) => answers.filter((r) => r.touchpointId === x.touchpointId && r.metric === metric).map((r) => r.score);
          const c = mine('csat');
          expect(x.csat).toEqual(c.length > 0 ? csat(c) : undefined);
          const n = mine('nps');
          expect(x.nps).toEqual(n.length > 0 ? nps(n) : undefined);
          expect(x.responses).toBe(c.length + n.length + mine('ces').length);
          const keys = new Set(events.filter((e) => e.touchpointId === x.touchpointId).map((e) => `${e.customerId}|${String(e.occurredAt)}|${e.type}`));
          expect(x.volume).toBe(keys.size);
        }
        const rev = touchpointMetrics(TP, shuffled(answers, seed), shuffled(events, seed + 1), OPT);
        expect(rev).toEqual(m);
      }),
    );
  });
});

describe('painPoints properties', () => {
  it('ranked by impact; gaps in [0, 1]; impact in [0, volume]', () => {
    fc.assert(
      fc.property(input, fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), ([answers, events], useFunnel, w) => {
        const m = touchpointMetrics(TP, answers, events, OPT);
        const f = funnel(SHOP, events);
        const p = painPoints(m, useFunnel ? { funnel: f, dropOffWeight: w } : {});
        expect(p.map((x) => x.rank)).toEqual(p.map((_, i) => i + 1));
        for (let i = 0; i < p.length; i++) {
          const x = p[i]!;
          if (i > 0) expect(x.impact).toBeLessThanOrEqual(p[i - 1]!.impact);
          if (x.scoreGap !== null) expect(x.scoreGap >= 0 && x.scoreGap <= 1).toBe(true);
          expect(x.impact).toBeGreaterThanOrEqual(0);
          expect(x.impact).toBeLessThanOrEqual(x.volume * (1 + 1e-12));
          expect(x.reason.en.startsWith(`Rank ${i + 1} of ${p.length}`)).toBe(true);
        }
        expect(painPoints([...m].reverse(), useFunnel ? { funnel: f, dropOffWeight: w } : {})).toEqual(p);
      }),
    );
  });
});
