/**
 * A seeded synthetic company for `cxkit demo`: customers acquired over two years who buy by a
 * buy-till-you-die process (BG/NBD, `simulateBgNbd`), survey answers tied to touchpoints and journey stages,
 * journey events with a funnel of prospects, feedback cases with their state history, and one maturity
 * self-assessment. The same seed gives the same company; nothing reads the clock.
 *
 * @module
 */
import { createRandom, type Random } from '../core/random.js';
import { simulateBgNbd } from '../value/simulate.js';
import { GBT42509_CHECKLIST } from '../maturity/checklist-gbt42509.js';
import type { CriterionAnswer } from '../maturity/input.js';
import type { FeedbackState, Severity, TouchpointKind, Channel } from '../model/labels.js';

/** A plain demo row (CSV-ready: strings and numbers). */
export type DemoRow = Readonly<Record<string, string | number>>;

/** A touchpoint of the demo company. */
export interface DemoTouchpoint {
  /** Id. */
  readonly id: string;
  /** Name in both languages. */
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  /** Online or offline. */
  readonly channel: Channel;
  /** Kind. */
  readonly kind: TouchpointKind;
  /** Journey stages it serves. */
  readonly stages: readonly string[];
}

/** The demo company's data, as rows of the model's entities. */
export interface DemoData {
  /** The seed. */
  readonly seed: number;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (the analysis date), `YYYY-MM-DD`. */
  readonly end: string;
  /** `Customer` rows. */
  readonly customers: DemoRow[];
  /** `Transaction` rows. */
  readonly transactions: DemoRow[];
  /** `SurveyResponse` rows. */
  readonly responses: DemoRow[];
  /** `JourneyEvent` rows. */
  readonly events: DemoRow[];
  /** Feedback-case events: one row per state change (`caseId, customerId, category, severity, state, at, satisfaction`). */
  readonly feedback: DemoRow[];
  /** The touchpoints. */
  readonly touchpoints: readonly DemoTouchpoint[];
  /** Answers of the maturity self-assessment (GB/T 42509 checklist), one row per criterion and respondent. */
  readonly maturity: DemoRow[];
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2025, 11, 31);

/** The demo company's touchpoints, with how good each is (its mean satisfaction shift). */
export const DEMO_TOUCHPOINTS: readonly (DemoTouchpoint & { readonly quality: number })[] = [
  { id: 'web', name: { 'zh-CN': '官网', en: 'Website' }, channel: 'online', kind: 'website', stages: ['awareness', 'consideration', 'purchase'], quality: 0.3 },
  { id: 'app', name: { 'zh-CN': '应用', en: 'App' }, channel: 'online', kind: 'app', stages: ['purchase', 'onboarding', 'retention'], quality: 0.5 },
  { id: 'store', name: { 'zh-CN': '门店', en: 'Store' }, channel: 'offline', kind: 'store', stages: ['purchase', 'retention'], quality: 0.6 },
  { id: 'delivery', name: { 'zh-CN': '配送', en: 'Delivery' }, channel: 'offline', kind: 'field-service', stages: ['onboarding'], quality: -0.4 },
  { id: 'hotline', name: { 'zh-CN': '客服热线', en: 'Hotline' }, channel: 'offline', kind: 'hotline', stages: ['retention'], quality: -0.9 },
  { id: 'chat', name: { 'zh-CN': '在线客服', en: 'Chat' }, channel: 'online', kind: 'chat', stages: ['retention'], quality: 0.1 },
];

const CATEGORIES = ['delivery', 'quality', 'billing', 'app'] as const;
const SEVERITY: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function day(ms: number): string {
  return iso(ms).slice(0, 10);
}

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** A 0–10 answer around a latent mood (−2…2) and a touchpoint's quality. */
function npsScore(rng: Random, mood: number, quality: number): number {
  return clamp(Math.round(7.6 + 1.3 * (mood + quality) + 1.4 * rng.normal()), 0, 10);
}

function scaleScore(rng: Random, mood: number, quality: number, max: number, centre: number): number {
  return clamp(Math.round(centre + 0.8 * (mood + quality) + 0.9 * rng.normal()), 1, max);
}

/**
 * Builds the demo company.
 *
 * @param seed - any safe integer; the same seed gives the same data.
 * @param customers - number of customers (10–200 000).
 */
export function demoData(seed: number, customers: number): DemoData {
  const rng = createRandom(seed);
  const spanWeeks = (END - START) / (7 * DAY);
  // Acquisition: uniform over the two years, a little heavier in the second (growth).
  const acquired = new Float64Array(customers);
  const T = new Float64Array(customers);
  for (let i = 0; i < customers; i++) {
    const u = Math.sqrt(rng.next());
    const at = START + Math.floor(u * (END - START - 7 * DAY) / DAY) * DAY;
    acquired[i] = at;
    T[i] = Math.max(1 / 7, (END - at) / (7 * DAY));
  }
  const sim = simulateBgNbd({ r: 0.75, alpha: 6, a: 0.9, b: 4 }, { customers, T, seed: `${seed}:purchases`, transactions: true, timeUnit: 'week' });

  const customerRows: DemoRow[] = [];
  const transactions: DemoRow[] = [];
  const responses: DemoRow[] = [];
  const events: DemoRow[] = [];
  const feedback: DemoRow[] = [];
  let tx = 0;
  let resp = 0;
  let fcase = 0;
  const cities = ['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Chengdu'];
  for (let i = 0; i < customers; i++) {
    const id = `C${String(i + 1).padStart(5, '0')}`;
    const at = acquired[i]!;
    const mood = clamp(rng.normal(), -2, 2);
    const spend = Math.exp(Math.log(45) + 0.55 * rng.normal());
    customerRows.push({ id, createdAt: day(at), 'attributes.city': pick(rng, cities), 'attributes.tier': spend > 70 ? 'gold' : 'standard' });
    // The path to the first purchase.
    const web = rng.next() < 0.6;
    events.push({ customerId: id, occurredAt: iso(at - (3 + rng.int(20)) * DAY), type: 'visit', touchpointId: web ? 'web' : 'store' });
    events.push({ customerId: id, occurredAt: iso(at - rng.int(3) * DAY - 3_600_000), type: 'signup', touchpointId: web ? 'web' : 'app' });
    const times = sim.customers[i]!.times ?? [0];
    for (let k = 0; k < times.length; k++) {
      const when = at + Math.round(times[k]! * 7) * DAY + (9 + rng.int(12)) * 3_600_000;
      if (when > END + DAY - 1) break;
      const amount = Math.max(1, spend * Math.exp(0.35 * rng.normal() - 0.06));
      const channel = rng.next() < 0.55 ? 'app' : rng.next() < 0.6 ? 'store' : 'web';
      tx++;
      transactions.push({ id: `T${String(tx).padStart(7, '0')}`, customerId: id, occurredAt: iso(when), amount: amount.toFixed(2), currency: 'CNY', channel });
      events.push({ customerId: id, occurredAt: iso(when), type: k === 0 ? 'purchase' : 'repeat-purchase', touchpointId: channel });
      if (k === 0 && rng.next() < 0.85) {
        events.push({ customerId: id, occurredAt: iso(when + (1 + rng.int(3)) * DAY), type: 'delivery', touchpointId: 'delivery' });
        if (rng.next() < 0.35 && when + 4 * DAY <= END) {
          resp++;
          responses.push({ id: `R${resp}`, customerId: id, respondedAt: iso(when + 4 * DAY), metric: 'csat', score: scaleScore(rng, mood, DEMO_TOUCHPOINTS[3]!.quality, 5, 3.9), touchpointId: 'delivery', journeyStage: 'onboarding' });
        }
      }
      // Relationship NPS after some purchases, at the channel used.
      if (rng.next() < 0.22 && when + 2 * DAY <= END) {
        const tp = DEMO_TOUCHPOINTS.find((p) => p.id === channel)!;
        resp++;
        responses.push({ id: `R${resp}`, customerId: id, respondedAt: iso(when + 2 * DAY), metric: 'nps', score: npsScore(rng, mood, tp.quality), touchpointId: channel, journeyStage: k === 0 ? 'purchase' : 'retention' });
      }
      // Support contacts: CSAT and CES at the hotline or chat.
      if (rng.next() < 0.07) {
        const tp = rng.next() < 0.5 ? DEMO_TOUCHPOINTS[4]! : DEMO_TOUCHPOINTS[5]!;
        const t = when + (2 + rng.int(10)) * DAY;
        if (t + 3_600_000 <= END) {
          events.push({ customerId: id, occurredAt: iso(t), type: 'support-contact', touchpointId: tp.id });
          resp++;
          responses.push({ id: `R${resp}`, customerId: id, respondedAt: iso(t + 3_600_000), metric: 'csat', score: scaleScore(rng, mood, tp.quality, 5, 3.8), touchpointId: tp.id, journeyStage: 'retention' });
          resp++;
          responses.push({ id: `R${resp}`, customerId: id, respondedAt: iso(t + 3_600_000), metric: 'ces', score: scaleScore(rng, mood, tp.quality, 7, 5.2), touchpointId: tp.id, journeyStage: 'retention' });
        }
      }
      // Feedback cases: more likely for unhappy customers.
      if (rng.next() < 0.02 * (1.5 - 0.4 * mood)) {
        fcase++;
        const caseId = `F${String(fcase).padStart(5, '0')}`;
        const category = pick(rng, CATEGORIES);
        const severity = SEVERITY[Math.min(3, rng.int(4) + (rng.next() < 0.2 ? 1 : 0))]!;
        const received = when + (1 + rng.int(5)) * DAY;
        if (received > END) continue;
        const hours = (h: number): number => received + Math.round(h * 3_600_000);
        const steps: [FeedbackState, number][] = [['received', hours(0)]];
        const ack = 2 + rng.next() * (category === 'billing' ? 60 : 20);
        steps.push(['acknowledged', hours(ack)]);
        const resolveAfter = ack + 6 + rng.next() * (category === 'delivery' ? 140 : 60);
        steps.push(['investigating', hours(ack + 1)]);
        if (rng.next() < 0.93) {
          steps.push(['resolved', hours(resolveAfter)]);
          if (rng.next() < 0.08) {
            steps.push(['reopened', hours(resolveAfter + 30)]);
            steps.push(['investigating', hours(resolveAfter + 31)]);
            steps.push(['resolved', hours(resolveAfter + 60)]);
          }
          steps.push(['closed', hours(resolveAfter + 72)]);
        }
        const satisfaction = steps.some((s) => s[0] === 'resolved') ? scaleScore(rng, mood, 0, 5, 3.6) : '';
        for (const [state, t] of steps) {
          if (t > END + DAY - 1) break;
          feedback.push({ caseId, customerId: id, category, severity, state, at: iso(t), satisfaction });
        }
      }
    }
    // Advocacy: happy repeat buyers refer friends.
    if (times.length > 2 && mood > 0.8 && rng.next() < 0.4) {
      const t = at + Math.round(times[1]! * 7) * DAY + 5 * DAY;
      if (t <= END) events.push({ customerId: id, occurredAt: iso(t), type: 'referral', touchpointId: 'app' });
    }
  }
  // Prospects who never bought: visits (and some sign-ups) from the same touchpoints.
  const prospects = Math.round(customers * 1.5);
  for (let i = 0; i < prospects; i++) {
    const id = `P${String(i + 1).padStart(5, '0')}`;
    const at = START + rng.int(Math.floor(spanWeeks * 7)) * DAY + (8 + rng.int(14)) * 3_600_000;
    events.push({ customerId: id, occurredAt: iso(at), type: 'visit', touchpointId: rng.next() < 0.7 ? 'web' : 'store' });
    if (rng.next() < 0.3) events.push({ customerId: id, occurredAt: iso(at + (1 + rng.int(5)) * DAY), type: 'signup', touchpointId: 'web' });
  }
  events.sort((a, b) => (a.occurredAt! < b.occurredAt! ? -1 : a.occurredAt! > b.occurredAt! ? 1 : 0));
  return {
    seed,
    start: day(START),
    end: day(END),
    customers: customerRows,
    transactions,
    responses,
    events,
    feedback,
    touchpoints: DEMO_TOUCHPOINTS.map((tp) => ({ id: tp.id, name: tp.name, channel: tp.channel, kind: tp.kind, stages: tp.stages })),
    maturity: maturityAnswers(createRandom(`${seed}:maturity`)),
  };
}

/** Three respondents' answers: foundations mostly met, higher levels thinning out, a few items weak. */
function maturityAnswers(rng: Random): DemoRow[] {
  const rows: DemoRow[] = [];
  const respondents = ['cx-lead', 'ops-manager', 'it-manager'];
  for (const dim of GBT42509_CHECKLIST.dimensions) {
    const strength = 0.9 + 0.8 * rng.normal();
    for (const item of dim.items) {
      const itemStrength = strength + 0.5 * rng.normal();
      for (const c of item.criteria) {
        for (const respondent of respondents) {
          const p = 1 / (1 + Math.exp(-(itemStrength + 2.2 - 1.1 * c.level + 0.3 * rng.normal())));
          const u = rng.next();
          const status: CriterionAnswer['status'] = u < p ? 'met' : u < p + (1 - p) * 0.35 ? 'partial' : 'not-met';
          rows.push({ criterion: c.id, status, respondent });
        }
      }
    }
  }
  return rows;
}
