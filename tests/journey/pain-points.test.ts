/**
 * Unit tests of painPoints (src/journey/pain-points.ts). Inputs: touchpointMetrics and funnel of the hand-built
 * fixture (tests/journey/fixture.ts); every expected number is worked out in the comments. Tolerance 1e-12.
 */
import { describe, expect, it } from 'vitest';
import { painPoints, type PainPointOptions } from '../../src/journey/pain-points.js';
import { touchpointMetrics, type TouchpointMetrics } from '../../src/journey/touchpoints.js';
import { funnel } from '../../src/journey/funnel.js';
import { ANSWERS, CES_OPTIONS, EVENTS, SHOP, TP, expectCxError, shuffled } from './fixture.js';

// web: volume 2, CSAT 66.67 → gap 1/3, NPS 33.33 → gap (100 − 33.33)/200 = 1/3; mean gap 1/3.
// store: volume 1, CSAT 100 → gap 0, CES easyShare 50 → gap 1/2; mean gap 1/4.
// app: volume 0, no score.
const M = touchpointMetrics(TP, ANSWERS, EVENTS, CES_OPTIONS);
// Funnel drop-off rates: consider 1/4, buy 2/3 (tests/journey/funnel.test.ts).
const F = funnel(SHOP, EVENTS);

describe('painPoints', () => {
  it('without a funnel: impact = volume × gap', () => {
    const p = painPoints(M);
    expect(p.map((x) => [x.rank, x.touchpointId])).toEqual([
      [1, 'web'],
      [2, 'store'],
      [3, 'app'],
    ]);
    expect(p[0]!.scoreGap).toBeCloseTo(1 / 3, 12);
    expect(p[0]!.gapMetrics).toEqual(['csat', 'nps']);
    expect(p[0]!.impact).toBeCloseTo(2 / 3, 12);
    expect(p[1]!.scoreGap).toBeCloseTo(1 / 4, 12);
    expect(p[1]!.gapMetrics).toEqual(['csat', 'ces']);
    expect(p[1]!.impact).toBeCloseTo(1 / 4, 12);
    expect([p[2]!.scoreGap, p[2]!.experienceLoss, p[2]!.impact]).toEqual([null, 0, 0]);
    expect([p[0]!.dropOffStage, p[0]!.dropOffRate, p[0]!.dropOffLoss]).toEqual([null, null, 0]);
    expect(p[0]!.reason).toEqual({
      'zh-CN': '第 1 名（共 3 个）：影响 0.667 = 2 次接触 × 33.3% 体验差距（CSAT 66.7, NPS 33.3）。',
      en: 'Rank 1 of 3: impact 0.667 = 2 interactions × 33.3% experience gap (CSAT 66.7, NPS 33.3).',
    });
    expect(p[2]!.reason.en).toBe('Rank 3 of 3: impact 0 = no experience score.');
  });
  it('with a funnel: impact = ½·volume·gap + ½·volume·(drop-off after the latest stage)', () => {
    const p = painPoints(M, { funnel: F });
    // web: stages consider, buy → buy (2/3): ½·2/3 + ½·2·2/3 = 1; store: buy: ½·1/4 + ½·2/3 = 11/24; app: 0.
    expect(p.map((x) => x.touchpointId)).toEqual(['web', 'store', 'app']);
    expect(p[0]!.impact).toBeCloseTo(1, 12);
    expect(p[0]!.dropOffStage).toBe('buy');
    expect(p[0]!.dropOffRate).toBeCloseTo(2 / 3, 12);
    expect(p[0]!.dropOffLoss).toBeCloseTo(4 / 3, 12);
    expect(p[1]!.impact).toBeCloseTo(11 / 24, 12);
    expect(p[0]!.reason.en).toBe('Rank 1 of 3: impact 1 = 0.5 × 2 interactions × 33.3% experience gap (CSAT 66.7, NPS 33.3) + 0.5 × 2 × 66.7% drop-off after Buy.');
    expect(p[0]!.reason['zh-CN']).toBe('第 1 名（共 3 个）：影响 1 = 0.5 × 2 次接触 × 33.3% 体验差距（CSAT 66.7, NPS 33.3） + 0.5 × 2 × Buy-zh之后 66.7% 流失。');
    expect(p[2]!.reason.en).toContain('no funnel drop-off after it');
    // All weight on drop-off.
    const d = painPoints(M, { funnel: F, dropOffWeight: 1 });
    expect(d[0]!.impact).toBeCloseTo(4 / 3, 12);
    expect(d[1]!.impact).toBeCloseTo(2 / 3, 12);
  });
  it('one metric only; ties broken by volume, then id', () => {
    // CSAT only: web gap 1/3 → 2/3; store gap 0 → 0; app 0: store (volume 1) before app (volume 0).
    const p = painPoints(M, { metric: 'csat' });
    expect(p.map((x) => [x.touchpointId, x.gapMetrics])).toEqual([
      ['web', ['csat']],
      ['store', ['csat']],
      ['app', []],
    ]);
    const tie = painPoints([{ ...M[2]!, touchpointId: 'b' }, { ...M[2]!, touchpointId: 'a' }]);
    expect(tie.map((x) => x.touchpointId)).toEqual(['a', 'b']);
  });
  it('does not depend on the order of the metrics', () => {
    expect(painPoints(shuffled(M, 2), { funnel: F })).toEqual(painPoints(M, { funnel: F }));
  });
  it('rejects bad input', () => {
    expectCxError(() => painPoints('x' as unknown as TouchpointMetrics[]), 'INVALID_ARGUMENT', ['metrics']);
    expectCxError(() => painPoints([{ ...M[0]!, volume: -1 }]), 'INVALID_ARGUMENT', ['metrics', 0]);
    expectCxError(() => painPoints(M, { metric: 'joy' } as unknown as PainPointOptions), 'INVALID_ARGUMENT', ['options', 'metric']);
    expectCxError(() => painPoints(M, { dropOffWeight: 0.5 }), 'INVALID_ARGUMENT', ['options', 'dropOffWeight']);
    expectCxError(() => painPoints(M, { funnel: F, dropOffWeight: 2 }), 'OUT_OF_RANGE', ['options', 'dropOffWeight']);
    expectCxError(() => painPoints(M, { funnel: F, dropOffWeight: NaN }), 'NON_FINITE', ['options', 'dropOffWeight']);
    expectCxError(() => painPoints(M, { funnel: 'f' as never }), 'INVALID_ARGUMENT', ['options', 'funnel']);
  });
});
