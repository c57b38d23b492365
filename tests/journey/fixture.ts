/**
 * The hand-built journey used by the journey tests, and small helpers. Every expected value in the tests is worked
 * out by hand from these events (see the comments next to each customer).
 */
import { defineJourney } from '../../src/journey/journey.js';
import type { JourneyEventRecord } from '../../src/journey/journey.js';
import type { TouchpointAnswer, TouchpointMetricsOptions } from '../../src/journey/touchpoints.js';
import type { Touchpoint } from '../../src/model/touchpoint.js';

export { expectCxError } from '../helpers/errors.js';

export const DAY = 86_400_000;
export const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

const L = (en: string) => ({ 'zh-CN': `${en}-zh`, en });

/** aware → consider → buy → loyal; `login` is activity only; lapse after 45 days. */
export const SHOP = defineJourney({
  id: 'shop',
  stages: [
    { id: 'aware', label: L('Aware') },
    { id: 'consider', label: L('Consider') },
    { id: 'buy', label: L('Buy') },
    { id: 'loyal', label: L('Loyal') },
  ],
  eventStage: { visit: 'aware', signup: 'consider', order: 'buy', repeat: 'loyal', login: null },
  lapseAfter: 45 * DAY,
});

export const ASOF = '2026-03-15';

const e = (customerId: string | number, date: string, type: string, extra: Partial<JourneyEventRecord> = {}): JourneyEventRecord => ({
  customerId,
  occurredAt: date,
  type,
  ...extra,
});

/**
 * A: visit 01-01, signup 01-03, order 01-10, repeat 02-01 → loyal (entered 02-01), last event 02-01 (42 days before asOf).
 * B: visit 01-02, order 01-05 (skips consider), visit 01-20 (earlier stage: ignored) → buy (01-05), last 01-20 (54 days: lapsed).
 * C: signup 01-04 (starts in consider), login 03-01 (activity) → consider (01-04), last 03-01.
 * D: visit 01-05 twice (duplicate) → aware, last 01-05 (69 days: lapsed).
 * 7 (a number id): order 02-10 → buy, last 02-10 (33 days).
 * E: login only → no stage, left out.
 * F: visit 04-01, after asOf → left out of states and time in stage; counted by transitions and funnel (no bounds).
 */
export const EVENTS: JourneyEventRecord[] = [
  e('A', '2026-01-01', 'visit'),
  e('A', '2026-01-03', 'signup'),
  e('A', '2026-01-10', 'order', { touchpointId: 'web' }),
  e('A', '2026-02-01', 'repeat'),
  e('B', '2026-01-02', 'visit'),
  e('B', '2026-01-05', 'order', { touchpointId: 'store' }),
  e('B', '2026-01-20', 'visit'),
  e('C', '2026-01-04', 'signup'),
  e('C', '2026-03-01', 'login'),
  e('D', '2026-01-05', 'visit'),
  e('D', '2026-01-05', 'visit'),
  e(7, '2026-02-10', 'order', { touchpointId: 'web' }),
  e('E', '2026-01-06', 'login'),
  e('F', '2026-04-01', 'visit'),
];

/** Touchpoints of the shop and survey answers about them (web: CSAT 5, 4, 2 and NPS 10, 9, 3; store: CSAT 5, 5 and CES 1, 4 on 1–5). */
export const TP: Touchpoint[] = [
  { id: 'web', name: { 'zh-CN': '网站', en: 'Website' }, channel: 'online', kind: 'website', stages: ['consider', 'buy'] },
  { id: 'store', name: { 'zh-CN': '门店', en: 'Store' }, channel: 'offline', kind: 'store', stages: ['buy'] },
  { id: 'app', name: { 'zh-CN': '应用', en: 'App' }, channel: 'online', kind: 'app', stages: [] },
];
export const a = (metric: TouchpointAnswer['metric'], score: number, touchpointId?: string, scale?: { min: number; max: number }): TouchpointAnswer => ({ metric, score, touchpointId, scale });
export const ANSWERS: TouchpointAnswer[] = [
  a('csat', 5, 'web'),
  a('csat', 4, 'web'),
  a('csat', 2, 'web'),
  a('nps', 10, 'web'),
  a('nps', 9, 'web'),
  a('nps', 3, 'web'),
  a('csat', 5, 'store'),
  a('csat', 5, 'store'),
  a('ces', 1, 'store', { min: 1, max: 5 }),
  a('ces', 4, 'store', { min: 1, max: 5 }),
  a('csat', 1), // no touchpoint: skipped
  a('attribute', 3, 'web'), // attribute rating: skipped
];
export const CES_OPTIONS: TouchpointMetricsOptions = { ces: { direction: 'lower-is-easier' } };

/** A deterministic shuffle (LCG-driven Fisher–Yates) so tests can check order invariance. */
export function shuffled<T>(xs: readonly T[], seed = 1): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
