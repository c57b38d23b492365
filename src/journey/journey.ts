/**
 * Journey definitions: ordered stages with bilingual labels, the mapping of event types to stages, and the rules
 * that turn a customer's events into a current stage (regression, lapse). Stages are data: organisations rename,
 * add and remove them.
 *
 * @module
 */
import { DEFAULT_JOURNEY_STAGES, type Labels } from '../model/labels.js';
import type { DateInput } from '../core/time.js';
import { validateJourney } from './compile.js';

/** A stage of a {@link Journey}: a stable id and its labels. */
export interface JourneyStage {
  /** Stable identifier used in data (`JourneyEvent.stage`, `Touchpoint.stages`), unique in the journey. */
  readonly id: string;
  /** Display labels, `{ 'zh-CN', en }`, both non-empty. */
  readonly label: Labels;
}

/** What {@link defineJourney} accepts. */
export interface JourneyDefinition {
  /** Journey id, a non-empty string. */
  readonly id: string;
  /** The stages in journey order (first contact first), at least one, unique ids. */
  readonly stages: readonly JourneyStage[];
  /**
   * Event type → stage id (e.g. `{ visit: 'awareness', order: 'purchase' }`); a `null` value marks a known
   * event type that does not move customers between stages (it still counts as activity for `lapseAfter`).
   * Default `{}`. An event's own `stage` field, when present, wins over this mapping.
   */
  readonly eventStage?: Readonly<Record<string, string | null>>;
  /**
   * Stage id for event types missing from `eventStage`. Default `null`: none (see `ignoreUnmapped`).
   */
  readonly defaultStage?: string | null;
  /**
   * With no `defaultStage`: `true` ignores unmapped event types (they count as activity only); `false` (the
   * default) makes an unmapped event type an error (`INVALID_ARGUMENT` at `['events', i, 'type']`), so that a
   * typo in an event type never silently drops customers. Cannot be `true` together with a `defaultStage`.
   */
  readonly ignoreUnmapped?: boolean;
  /**
   * Whether an event of an earlier stage moves a customer back to it (default `false`: a customer's stage only
   * advances; an event of an earlier stage is activity but leaves the stage as it is).
   */
  readonly allowRegression?: boolean;
  /**
   * A customer with no event (of any type) for more than this many **milliseconds** before `asOf` is `lapsed`
   * (their stage is kept). Finite and > 0; default `null`: never lapsed. E.g. `90 * 86_400_000` for 90 days.
   */
  readonly lapseAfter?: number | null;
}

/**
 * A validated journey (what {@link defineJourney} returns): plain JSON-serialisable data, itself a valid
 * {@link JourneyDefinition} (so `defineJourney({ ...journey, lapseAfter: 30 * 86_400_000 })` works).
 */
export interface Journey {
  /** Journey id. */
  readonly id: string;
  /** The stages, in order. */
  readonly stages: readonly JourneyStage[];
  /** Event type → stage id, or `null` for activity-only event types. */
  readonly eventStage: Readonly<Record<string, string | null>>;
  /** Stage id for unmapped event types, or `null` (then `ignoreUnmapped` decides). */
  readonly defaultStage: string | null;
  /** Without a `defaultStage`: `true` ignores unmapped event types, `false` makes them an error. */
  readonly ignoreUnmapped: boolean;
  /** Whether customers can move back to an earlier stage. */
  readonly allowRegression: boolean;
  /** Milliseconds without an event after which a customer is lapsed, or `null` (never). */
  readonly lapseAfter: number | null;
}

/**
 * A journey event as the journey functions read it: the parsed `JourneyEvent` of the model, or any object with
 * these fields (dates as `Date`, ISO 8601 string or epoch ms; see `toDate`).
 */
export interface JourneyEventRecord {
  /** Customer id: a non-empty string or a finite number (`1` and `'1'` are different customers). */
  readonly customerId: string | number;
  /** When the event happened. */
  readonly occurredAt: DateInput;
  /** Event type, looked up in the journey's `eventStage`. */
  readonly type: string;
  /** Touchpoint id, if any (used by `touchpointMetrics`). */
  readonly touchpointId?: string | null | undefined;
  /** Stage id, when the source knows it: wins over the event type's mapping; must be a stage of the journey. */
  readonly stage?: string | null | undefined;
}

/**
 * Validates a journey definition and returns it as a plain {@link Journey}: unique stage ids in order, labels in
 * both locales, every `eventStage` value a stage id (or `null`), and the rule for unmapped event types made
 * explicit. The definition is copied; the caller's objects are not kept. O(stages + event types).
 *
 * @throws CxError `EMPTY_INPUT` for a journey without stages (`path` `['stages']`); `INVALID_ARGUMENT` for a missing
 *   id, a duplicate or empty stage id (`['stages', i, 'id']`), a missing label (`['stages', i, 'label', locale]`),
 *   an `eventStage` value that is not a stage id (`['eventStage', type]`), an unknown `defaultStage`, a
 *   non-boolean `allowRegression` or `ignoreUnmapped`, `ignoreUnmapped: true` with a `defaultStage`; `OUT_OF_RANGE` / `NON_FINITE` for a `lapseAfter` that is not finite and > 0.
 * @example
 * const j = defineJourney({
 *   id: 'shop',
 *   stages: [{ id: 'visit', label: { 'zh-CN': '访问', en: 'Visit' } }, { id: 'buy', label: { 'zh-CN': '购买', en: 'Buy' } }],
 *   eventStage: { pageview: 'visit', order: 'buy' },
 * });
 * j.stages.map((s) => s.id); //=> ['visit', 'buy']
 * j.ignoreUnmapped; //=> false
 * defineJourney({ id: 'x', stages: [] }); //=> throws EMPTY_INPUT
 */
export function defineJourney(definition: JourneyDefinition): Journey {
  return validateJourney(definition, []);
}

/**
 * The default customer journey of CX practice: awareness → consideration → purchase → onboarding → retention →
 * advocacy (认知 → 考虑 → 购买 → 使用 → 留存 → 推荐), with a starter mapping of common event types:
 *
 * | stage | event types |
 * | --- | --- |
 * | awareness | `impression`, `visit`, `page-view`, `ad-click` |
 * | consideration | `signup`, `lead`, `inquiry`, `demo`, `trial`, `quote`, `add-to-cart` |
 * | purchase | `purchase`, `order`, `subscribe` |
 * | onboarding | `activation`, `onboarding`, `delivery`, `first-use` |
 * | retention | `repeat-purchase`, `renewal` |
 * | advocacy | `referral`, `review`, `share`, `promoter` |
 *
 * `login`, `support-contact` and `survey-response` are activity only (`null`); other event types are errors.
 * Customers only move forward, and nobody lapses (no `lapseAfter`). Build your own with
 * `defineJourney({ ...DEFAULT_JOURNEY, eventStage: { ... } })`.
 *
 * @example
 * DEFAULT_JOURNEY.stages.map((s) => s.label['zh-CN']); //=> ['认知', '考虑', '购买', '使用', '留存', '推荐']
 * DEFAULT_JOURNEY.eventStage.order; //=> 'purchase'
 */
export const DEFAULT_JOURNEY: Journey = /* @__PURE__ */ deepFreeze(
  defineJourney({
    id: 'default',
    stages: DEFAULT_JOURNEY_STAGES.map((s) => ({ id: s.id, label: s.labels })),
    eventStage: {
      impression: 'awareness',
      visit: 'awareness',
      'page-view': 'awareness',
      'ad-click': 'awareness',
      signup: 'consideration',
      lead: 'consideration',
      inquiry: 'consideration',
      demo: 'consideration',
      trial: 'consideration',
      quote: 'consideration',
      'add-to-cart': 'consideration',
      purchase: 'purchase',
      order: 'purchase',
      subscribe: 'purchase',
      activation: 'onboarding',
      onboarding: 'onboarding',
      delivery: 'onboarding',
      'first-use': 'onboarding',
      'repeat-purchase': 'retention',
      renewal: 'retention',
      referral: 'advocacy',
      review: 'advocacy',
      share: 'advocacy',
      promoter: 'advocacy',
      login: null,
      'support-contact': null,
      'survey-response': null,
    },
  }),
);

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}
