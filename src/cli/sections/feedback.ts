/**
 * Report section of the feedback (complaint) cases: service levels overall and per category.
 *
 * @module
 */
import type { DateInput } from '../../core/time.js';
import type { FeedbackCase } from '../../model/feedback-case.js';
import { feedbackSla, type FeedbackSlaMetrics } from '../../feedback/sla.js';
import { L, type Section } from '../report.js';

/** Options of {@link feedbackSection}. */
export interface FeedbackSectionOptions {
  /** The analysis instant. */
  readonly asOf: DateInput;
  /** First-response target in hours (default 24). */
  readonly firstResponseHours: number;
  /** Resolution target in hours (default 72). */
  readonly resolveHours: number;
}

const H = 3_600_000;

function row(name: string, m: FeedbackSlaMetrics): Record<string, string | number | null> {
  return {
    category: name,
    n: m.n,
    open: m.open,
    medianFirstResponse: m.medianFirstResponse === null ? null : m.medianFirstResponse / H,
    firstResponseWithinSla: m.firstResponseWithinSla,
    medianResolution: m.medianResolution === null ? null : m.medianResolution / H,
    resolvedWithinSla: m.resolvedWithinSla,
    reopenRate: m.reopenRate,
    meanSatisfaction: m.meanSatisfaction,
  };
}

/** SLA figures of the cases, overall and per category (durations in hours). */
export function feedbackSection(cases: readonly FeedbackCase[], options: FeedbackSectionOptions): Section {
  const sla = feedbackSla(cases, { asOf: options.asOf, firstResponseWithin: options.firstResponseHours * H, resolveWithin: options.resolveHours * H });
  return {
    id: 'feedback',
    title: L(`Feedback cases (targets: first response ${options.firstResponseHours} h, resolution ${options.resolveHours} h)`, `客诉工单（目标：首次响应 ${options.firstResponseHours} 小时，解决 ${options.resolveHours} 小时）`),
    tables: [
      {
        id: 'feedback-sla',
        columns: [
          { key: 'category', label: L('Category', '类别') },
          { key: 'n', label: L('Cases', '工单数'), format: 'int' },
          { key: 'open', label: L('Open', '未结'), format: 'int' },
          { key: 'medianFirstResponse', label: L('Median 1st response (h)', '首次响应中位数（时）'), format: 'num1' },
          { key: 'firstResponseWithinSla', label: L('1st response in SLA', '响应达标率'), format: 'pct' },
          { key: 'medianResolution', label: L('Median resolution (h)', '解决中位数（时）'), format: 'num1' },
          { key: 'resolvedWithinSla', label: L('Resolved in SLA', '解决达标率'), format: 'pct' },
          { key: 'reopenRate', label: L('Reopened', '重开率'), format: 'pct' },
          { key: 'meanSatisfaction', label: L('Satisfaction', '满意度'), format: 'num2' },
        ],
        rows: [...sla.byCategory.map((c) => row(c.category ?? '–', c)), row('all', sla)],
      },
    ],
    data: sla,
  };
}
