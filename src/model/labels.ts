/**
 * Locales, bilingual labels, and the enumerated concepts of the domain model with their labels: journey
 * stages, touchpoint kinds and channels, survey metrics, feedback-case states and severities.
 *
 * This module has no dependency on zod, so a UI can import the lists and labels alone.
 *
 * @module
 */
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';

/** The locales cxkit ships labels for. */
export type Locale = 'zh-CN' | 'en';

/**
 * Every locale cxkit ships labels for, in a stable order.
 *
 * @example
 * LOCALES; //=> ['zh-CN', 'en']
 */
export const LOCALES: readonly Locale[] = Object.freeze(['zh-CN', 'en'] as const);

/** A label in every shipped locale. */
export interface Labels {
  /** Simplified Chinese (mainland China). */
  readonly 'zh-CN': string;
  /** English. */
  readonly en: string;
}

/**
 * The text of `labels` in `locale`.
 *
 * @param labels - a {@link Labels} object.
 * @param locale - `'zh-CN'` or `'en'` (default `'en'`).
 * @throws CxError `INVALID_ARGUMENT` when `locale` is not a shipped locale (`path` = `['locale']`), or the
 *   labels object has no string for it (`path` = `['labels', locale]`).
 * @example
 * label(TOUCHPOINT_KIND_LABELS.store, 'zh-CN'); //=> '门店'
 * label({ 'zh-CN': '门店', en: 'Store' }); //=> 'Store'
 * const fr: string = 'fr';
 * label({ 'zh-CN': '门店', en: 'Store' }, fr as Locale); //=> throws INVALID_ARGUMENT
 */
export function label(labels: Labels, locale: Locale = 'en'): string {
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new CxError('INVALID_ARGUMENT', `locale must be 'zh-CN' or 'en', got ${describe(locale)}`, { path: ['locale'] });
  }
  const text = (labels as Partial<Labels> | null | undefined)?.[locale];
  if (typeof text !== 'string') {
    throw new CxError('INVALID_ARGUMENT', `labels has no ${locale} text`, { path: ['labels', locale] });
  }
  return text;
}

/** A journey stage: a stable id and its labels. Stages are data: organisations rename, add and remove them. */
export interface JourneyStageDefinition {
  /** Stable identifier used in data (`JourneyEvent.stage`, `Touchpoint.stages`). */
  readonly id: string;
  /** Display labels. */
  readonly labels: Labels;
}

/** Ids of the {@link DEFAULT_JOURNEY_STAGES}. */
export type DefaultJourneyStageId = 'awareness' | 'consideration' | 'purchase' | 'onboarding' | 'retention' | 'advocacy';

/** A stage of the {@link DEFAULT_JOURNEY_STAGES}. */
export interface DefaultJourneyStage extends JourneyStageDefinition {
  /** One of the default stage ids. */
  readonly id: DefaultJourneyStageId;
}

/**
 * The common default customer journey, in order: awareness → consideration → purchase → onboarding (use) →
 * retention (loyalty) → advocacy (认知 → 考虑 → 购买 → 使用 → 留存 → 推荐). Use it as a starting point; a
 * journey is configured with whatever stages an organisation uses. `DEFAULT_JOURNEY` is built from these stages.
 *
 * @example
 * DEFAULT_JOURNEY_STAGES.map((s) => s.id); //=> ['awareness', 'consideration', 'purchase', 'onboarding', 'retention', 'advocacy']
 * DEFAULT_JOURNEY_STAGES[3]?.labels['zh-CN']; //=> '使用'
 */
export const DEFAULT_JOURNEY_STAGES: readonly DefaultJourneyStage[] = Object.freeze([
  { id: 'awareness', labels: { 'zh-CN': '认知', en: 'Awareness' } },
  { id: 'consideration', labels: { 'zh-CN': '考虑', en: 'Consideration' } },
  { id: 'purchase', labels: { 'zh-CN': '购买', en: 'Purchase' } },
  { id: 'onboarding', labels: { 'zh-CN': '使用', en: 'Onboarding' } },
  { id: 'retention', labels: { 'zh-CN': '留存', en: 'Retention' } },
  { id: 'advocacy', labels: { 'zh-CN': '推荐', en: 'Advocacy' } },
] as const);

/** Whether a touchpoint is online or offline. */
export type Channel = 'online' | 'offline';

/**
 * The touchpoint channels.
 *
 * @example
 * CHANNELS; //=> ['online', 'offline']
 */
export const CHANNELS: readonly Channel[] = Object.freeze(['online', 'offline'] as const);

/**
 * Labels of the touchpoint channels.
 *
 * @example
 * CHANNEL_LABELS.offline.en; //=> 'Offline'
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, Labels>> = Object.freeze({
  online: { 'zh-CN': '线上', en: 'Online' },
  offline: { 'zh-CN': '线下', en: 'Offline' },
});

/** The kind of a touchpoint. */
export type TouchpointKind = 'website' | 'app' | 'social' | 'email' | 'chat' | 'store' | 'hotline' | 'event' | 'field-service' | 'other';

/**
 * The touchpoint kinds: online ones (website, app, social media, e-mail, chat), then offline ones (store,
 * hotline, event/exhibition, field service), then `other`.
 *
 * @example
 * TOUCHPOINT_KINDS.length; //=> 10
 */
export const TOUCHPOINT_KINDS: readonly TouchpointKind[] = Object.freeze([
  'website',
  'app',
  'social',
  'email',
  'chat',
  'store',
  'hotline',
  'event',
  'field-service',
  'other',
] as const);

/**
 * Labels of the touchpoint kinds.
 *
 * @example
 * TOUCHPOINT_KIND_LABELS['field-service']['zh-CN']; //=> '上门服务'
 */
export const TOUCHPOINT_KIND_LABELS: Readonly<Record<TouchpointKind, Labels>> = Object.freeze({
  website: { 'zh-CN': '网站', en: 'Website' },
  app: { 'zh-CN': '应用', en: 'App' },
  social: { 'zh-CN': '社交媒体', en: 'Social media' },
  email: { 'zh-CN': '电子邮件', en: 'Email' },
  chat: { 'zh-CN': '在线客服', en: 'Chat' },
  store: { 'zh-CN': '门店', en: 'Store' },
  hotline: { 'zh-CN': '客服热线', en: 'Hotline' },
  event: { 'zh-CN': '活动与展会', en: 'Event or exhibition' },
  'field-service': { 'zh-CN': '上门服务', en: 'Field service' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

/** The metric a survey answer belongs to. `attribute` is a rating of one attribute (e.g. for key drivers). */
export type SurveyMetric = 'nps' | 'csat' | 'ces' | 'attribute';

/**
 * The survey metrics.
 *
 * @example
 * SURVEY_METRICS; //=> ['nps', 'csat', 'ces', 'attribute']
 */
export const SURVEY_METRICS: readonly SurveyMetric[] = Object.freeze(['nps', 'csat', 'ces', 'attribute'] as const);

/**
 * Labels of the survey metrics.
 *
 * @example
 * SURVEY_METRIC_LABELS.nps['zh-CN']; //=> '净推荐值'
 */
export const SURVEY_METRIC_LABELS: Readonly<Record<SurveyMetric, Labels>> = Object.freeze({
  nps: { 'zh-CN': '净推荐值', en: 'Net Promoter Score' },
  csat: { 'zh-CN': '客户满意度', en: 'Customer satisfaction' },
  ces: { 'zh-CN': '客户费力度', en: 'Customer effort' },
  attribute: { 'zh-CN': '属性评分', en: 'Attribute rating' },
});

/** A state of a feedback (complaint) case in the closed loop. */
export type FeedbackState = 'received' | 'acknowledged' | 'investigating' | 'resolved' | 'closed' | 'reopened';

/**
 * The feedback-case states, in their usual order through the closed loop (`reopened` last).
 *
 * @example
 * FEEDBACK_STATES[0]; //=> 'received'
 */
export const FEEDBACK_STATES: readonly FeedbackState[] = Object.freeze([
  'received',
  'acknowledged',
  'investigating',
  'resolved',
  'closed',
  'reopened',
] as const);

/**
 * Labels of the feedback-case states.
 *
 * @example
 * FEEDBACK_STATE_LABELS.investigating['zh-CN']; //=> '调查中'
 */
export const FEEDBACK_STATE_LABELS: Readonly<Record<FeedbackState, Labels>> = Object.freeze({
  received: { 'zh-CN': '已接收', en: 'Received' },
  acknowledged: { 'zh-CN': '已确认', en: 'Acknowledged' },
  investigating: { 'zh-CN': '调查中', en: 'Investigating' },
  resolved: { 'zh-CN': '已解决', en: 'Resolved' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
  reopened: { 'zh-CN': '已重新打开', en: 'Reopened' },
});

/** How severe a feedback case is. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/**
 * The severities, from least to most severe.
 *
 * @example
 * SEVERITIES; //=> ['low', 'medium', 'high', 'critical']
 */
export const SEVERITIES: readonly Severity[] = Object.freeze(['low', 'medium', 'high', 'critical'] as const);

/**
 * Labels of the severities.
 *
 * @example
 * SEVERITY_LABELS.critical.en; //=> 'Critical'
 */
export const SEVERITY_LABELS: Readonly<Record<Severity, Labels>> = Object.freeze({
  low: { 'zh-CN': '低', en: 'Low' },
  medium: { 'zh-CN': '中', en: 'Medium' },
  high: { 'zh-CN': '高', en: 'High' },
  critical: { 'zh-CN': '紧急', en: 'Critical' },
});
