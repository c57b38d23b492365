/**
 * The full CX report (`cxkit demo`, `cxkit report DIR`): an overview, NPS/CSAT/CES, churn and cohorts, CLV, RFM
 * segments, the journey funnel and pain points, feedback SLAs and the maturity assessment — each section made
 * from the inputs it needs, and left out (with a note) when they are missing.
 *
 * @module
 */
import type { Period } from '../core/period.js';
import { isCxError } from '../core/errors.js';
import type { Transaction } from '../model/transaction.js';
import type { SurveyResponse } from '../model/survey-response.js';
import type { JourneyEvent } from '../model/journey-event.js';
import type { Customer } from '../model/customer.js';
import type { FeedbackCase } from '../model/feedback-case.js';
import type { Touchpoint } from '../model/touchpoint.js';
import type { Labels, Locale } from '../model/labels.js';
import type { AssessmentInput } from '../maturity/input.js';
import { sumMoney } from '../core/money.js';
import { surveySection } from './sections/survey.js';
import { retentionSection } from './sections/retention.js';
import { clvSection, type ClvModelKind } from './sections/value.js';
import { rfmSection } from './sections/segmentation.js';
import { journeySection } from './sections/journey.js';
import { feedbackSection } from './sections/feedback.js';
import { maturitySection } from './sections/maturity.js';
import { L, type Report, type Section } from './report.js';
import type { Io, RunState } from './io.js';

/** The inputs of a full report; any may be missing. */
export interface ReportInputs {
  /** Customers. */
  readonly customers?: readonly Customer[] | undefined;
  /** Transactions. */
  readonly transactions?: readonly Transaction[] | undefined;
  /** Survey answers. */
  readonly responses?: readonly SurveyResponse[] | undefined;
  /** Journey events. */
  readonly events?: readonly JourneyEvent[] | undefined;
  /** Feedback cases. */
  readonly feedback?: readonly FeedbackCase[] | undefined;
  /** Touchpoints. */
  readonly touchpoints?: readonly Touchpoint[] | undefined;
  /** Maturity self-assessment. */
  readonly assessment?: AssessmentInput | undefined;
}

/** Options of {@link fullReport}. */
export interface FullReportOptions {
  /** The analysis date (inclusive). */
  readonly asOf: Date;
  /** Language of names in tables. */
  readonly lang: Locale;
  /** The purchase model of the CLV section. */
  readonly model: ClvModelKind;
  /** Period of the survey trends and churn rows. */
  readonly period: Period;
  /** Title of the report. */
  readonly title: Labels;
  /** Extra JSON fields. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** Builds the full report; a section that fails is left out with its error on stderr (and exit code 1). */
export function fullReport(inputs: ReportInputs, options: FullReportOptions, io: Io, state: RunState): Report {
  const sections: Section[] = [];
  const missing: string[] = [];
  const add = (id: string, make: () => Section): void => {
    try {
      sections.push(make());
    } catch (e) {
      state.badData = true;
      const why = isCxError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
      io.err(`cxkit: the ${id} section could not be made: ${why}\n`);
    }
  };
  const asOf = options.asOf;
  // Records after the analysis date are left out, so that an earlier --as-of reports the past as it was.
  const upTo = <T>(xs: readonly T[] | undefined, at: (x: T) => Date): T[] | undefined => xs?.filter((x) => at(x).getTime() <= asOf.getTime());
  const { customers, touchpoints, assessment } = inputs;
  const transactions = upTo(inputs.transactions, (t) => t.occurredAt);
  const responses = upTo(inputs.responses, (r) => r.respondedAt);
  const events = upTo(inputs.events, (e) => e.occurredAt);
  const feedback = upTo(inputs.feedback, (c) => c.events[0]!.at);
  const lang = options.lang;
  add('overview', () => {
    const revenue = transactions === undefined ? null : sumMoney(transactions.map((t) => t.amount)).toNumber();
    const buyers = transactions === undefined ? null : new Set(transactions.map((t) => t.customerId)).size;
    return {
      id: 'overview',
      title: L('Overview', '概览'),
      tables: [
        {
          id: 'overview',
          columns: [
            { key: 'asOf', label: L('As of', '截至') },
            { key: 'customers', label: L('Customers', '客户'), format: 'int' },
            { key: 'buyers', label: L('Buyers', '购买客户'), format: 'int' },
            { key: 'transactions', label: L('Transactions', '交易'), format: 'int' },
            { key: 'revenue', label: L('Revenue', '收入'), format: 'money' },
            { key: 'responses', label: L('Survey answers', '问卷回答'), format: 'int' },
            { key: 'events', label: L('Journey events', '旅程事件'), format: 'int' },
            { key: 'cases', label: L('Feedback cases', '客诉工单'), format: 'int' },
          ],
          rows: [
            {
              asOf: asOf.toISOString().slice(0, 10),
              customers: customers?.length ?? null,
              buyers,
              transactions: transactions?.length ?? null,
              revenue,
              responses: responses?.length ?? null,
              events: events?.length ?? null,
              cases: feedback?.length ?? null,
            },
          ],
        },
      ],
      data: { asOf: asOf.toISOString(), customers: customers?.length ?? null, buyers, transactions: transactions?.length ?? null, revenue, responses: responses?.length ?? null, events: events?.length ?? null, cases: feedback?.length ?? null },
    };
  });
  if (responses !== undefined && responses.length > 0) {
    add('nps', () => surveySection(responses, 'nps', { period: options.period }));
    add('csat', () => surveySection(responses, 'csat', { groupBy: 'touchpointId', period: 'quarter' }));
    add('ces', () => surveySection(responses, 'ces', { groupBy: 'touchpointId', period: 'quarter' }));
  } else missing.push('survey answers (NPS, CSAT, CES)');
  if (transactions !== undefined && transactions.length > 0) {
    const activity = transactions.map((t) => ({ customerId: t.customerId, date: t.occurredAt }));
    const tx = transactions.map((t) => ({ customerId: t.customerId, date: t.occurredAt, amount: t.amount }));
    add('retention', () => retentionSection(activity, { period: options.period, cohortPeriod: 'quarter', inactiveAfter: 3, asOf, last: 12 }));
    add('clv', () => clvSection(tx, { model: options.model, observationEnd: asOf, months: 12, discountRate: 0.01, top: 10 }));
    add('rfm', () => rfmSection(tx, { asOf, bins: 5, lang, withCustomers: false }));
  } else missing.push('transactions (retention, CLV, RFM)');
  if (events !== undefined && events.length > 0) {
    add('journey', () => journeySection(events, { touchpoints, responses, lang, top: 5 }));
  } else missing.push('journey events (funnel, pain points)');
  if (feedback !== undefined && feedback.length > 0) {
    add('feedback', () => feedbackSection(feedback, { asOf, firstResponseHours: 24, resolveHours: 72 }));
  } else missing.push('feedback cases (SLA)');
  if (assessment !== undefined) add('maturity', () => maturitySection(assessment, { lang, top: 5 }));
  else missing.push('a maturity self-assessment');
  const report: Report = { title: options.title, sections, meta: { ...options.meta, asOf: asOf.toISOString(), missing } };
  if (missing.length > 0 && sections.length > 0) {
    const last = sections[sections.length - 1]!;
    sections[sections.length - 1] = { ...last, notes: [...(last.notes ?? []), L(`Not in the data: ${missing.join('; ')}.`, `数据中缺少：${missing.join('；')}。`)] };
  }
  return report;
}
