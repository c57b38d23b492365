import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SurveyResponseSchema } from '../../src/model/survey-response.js';
import { surveyResponseInput } from './arbitraries.js';
import { entityProperties } from './entity-props.js';

const base = { respondedAt: '2024-05-01' };

describe('SurveyResponseSchema (properties)', () => {
  entityProperties(SurveyResponseSchema, surveyResponseInput, {
    id: [true],
    customerId: [{}, 0.5],
    respondedAt: [undefined, 'x'],
    metric: [undefined, 'nss', 'net promoter'],
    score: [undefined, '', 'ten', Infinity, false],
    scale: ['1-5', { min: 1 }, { min: 'a', max: 5 }],
    touchpointId: [false],
    journeyStage: [[]],
    attributes: [[], { k: undefined }],
  });

  it('nps accepts exactly the integers 0–10', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (score) => {
        const r = SurveyResponseSchema.safeParse({ ...base, metric: 'nps', score });
        const ok = Number.isInteger(score) && score >= 0 && score <= 10;
        expect(r.success).toBe(ok);
        if (!ok) expect(r.error!.issues.map((i) => i.path)).toEqual([['score']]);
      }),
    );
  });

  it('with a scale, a score is accepted iff min ≤ score ≤ max', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('csat', 'ces', 'attribute'),
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: -30, max: 30, noNaN: true }),
        (metric, min, width, score) => {
          const r = SurveyResponseSchema.safeParse({ ...base, metric, score, scale: { min, max: min + width } });
          const ok = score >= min && score <= min + width;
          expect(r.success).toBe(ok);
          if (!ok) expect(r.error!.issues.map((i) => i.path)).toEqual([['score']]);
        },
      ),
    );
  });

  it('a scale with max ≤ min is reported at scale.max', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 0, max: 10 }), (min, drop) => {
        const r = SurveyResponseSchema.safeParse({ ...base, metric: 'csat', score: min, scale: { min, max: min - drop } });
        expect(r.error!.issues.map((i) => i.path)).toEqual([['scale', 'max']]);
      }),
    );
  });
});
