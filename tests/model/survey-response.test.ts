import { describe, expect, it } from 'vitest';
import { SurveyResponseSchema } from '../../src/model/survey-response.js';

const base = { respondedAt: '2024-05-01' };
const paths = (input: unknown): unknown[] => SurveyResponseSchema.safeParse(input).error?.issues.map((i) => i.path) ?? [];

describe('SurveyResponseSchema', () => {
  it('parses and coerces', () => {
    expect(
      SurveyResponseSchema.parse({
        id: 1,
        customerId: 'c1',
        respondedAt: '20240501',
        metric: ' CSAT ',
        score: ' 4.5 ',
        scale: { min: '1', max: 5 },
        touchpointId: 'tp-app',
        journeyStage: 'use',
        attributes: { question: 'q7' },
      }),
    ).toEqual({
      id: '1',
      customerId: 'c1',
      respondedAt: new Date('2024-05-01T00:00:00Z'),
      metric: 'csat',
      score: 4.5,
      scale: { min: 1, max: 5 },
      touchpointId: 'tp-app',
      journeyStage: 'use',
      attributes: { question: 'q7' },
    });
  });

  it('nps: integer 0–10, on the 0–10 scale', () => {
    for (let s = 0; s <= 10; s++) expect(SurveyResponseSchema.parse({ ...base, metric: 'nps', score: String(s) }).score).toBe(s);
    expect(SurveyResponseSchema.parse({ ...base, metric: 'nps', score: 10, scale: { min: 0, max: 10 } }).score).toBe(10);
    expect(paths({ ...base, metric: 'nps', score: 11 })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'nps', score: -1 })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'nps', score: 7.5 })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'nps', score: 5, scale: { min: 1, max: 10 } })).toEqual([['scale']]);
    expect(SurveyResponseSchema.safeParse({ ...base, metric: 'nps', score: 11 }).error!.issues[0]!.message).toBe('an nps score must be an integer 0–10, got 11');
  });

  it('other metrics: any finite score, within the scale when one is given', () => {
    expect(SurveyResponseSchema.parse({ ...base, metric: 'ces', score: 12 }).score).toBe(12);
    expect(SurveyResponseSchema.parse({ ...base, metric: 'ces', score: 7, scale: { min: 1, max: 7 } }).score).toBe(7);
    expect(SurveyResponseSchema.parse({ ...base, metric: 'attribute', score: -2, scale: { min: -2, max: 2 } }).score).toBe(-2);
    expect(paths({ ...base, metric: 'csat', score: 6, scale: { min: 1, max: 5 } })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'csat', score: 0, scale: { min: 1, max: 5 } })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'csat', score: 3, scale: { min: 5, max: 1 } })).toEqual([['scale', 'max']]);
    expect(paths({ ...base, metric: 'csat', score: 3, scale: { min: 3, max: 3 } })).toEqual([['scale', 'max']]);
    expect(paths({ ...base, metric: 'csat', score: 3, scale: { min: 1 } })).toEqual([['scale', 'max']]);
    expect(SurveyResponseSchema.safeParse({ ...base, metric: 'csat', score: 6, scale: { min: 1, max: 5 } }).error!.issues[0]!.message).toBe(
      'score 6 is outside the scale 1–5',
    );
  });

  it('reports bad fields at their paths', () => {
    expect(paths({})).toEqual([['respondedAt'], ['metric'], ['score']]);
    expect(paths({ ...base, metric: 'nss', score: 1 })).toEqual([['metric']]);
    expect(paths({ ...base, metric: 'csat', score: '' })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'csat', score: 'four' })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'csat', score: Infinity })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'csat', score: true })).toEqual([['score']]);
    expect(paths({ ...base, metric: 'csat', score: 1, customerId: {} })).toEqual([['customerId']]);
  });
});
