/**
 * Report section of churn and retention from activity (purchases): churn per period by inactivity, and a cohort
 * retention table.
 *
 * @module
 */
import type { Period } from '../../core/period.js';
import type { DateInput } from '../../core/time.js';
import { inactivityChurn } from '../../retention/inactivity.js';
import { cohortRetention } from '../../retention/cohorts.js';
import type { ActivityRow } from '../../retention/activity.js';
import { L, type Column, type Section } from '../report.js';

/** Options of {@link retentionSection}. */
export interface RetentionSectionOptions {
  /** Period of the churn rows (default `'month'`). */
  readonly period: Period;
  /** Period of the cohorts (default `'quarter'`: a readable table over two years). */
  readonly cohortPeriod: Period;
  /** A customer churns after this many periods without activity (default 3). */
  readonly inactiveAfter: number;
  /** The analysis date (inclusive). */
  readonly asOf: DateInput;
  /** Show the last this many churn rows (default 12). */
  readonly last: number;
}

/** Churn by inactivity per period and cohort retention, from activity rows. */
export function retentionSection(activity: readonly ActivityRow[], options: RetentionSectionOptions): Section {
  const churn = inactivityChurn(activity, { period: options.period, inactiveAfter: options.inactiveAfter, asOf: options.asOf });
  const cohorts = cohortRetention(activity, { period: options.cohortPeriod, asOf: options.asOf });
  const width = cohorts.average.length;
  const cohortColumns: Column[] = [
    { key: 'cohort', label: L('Cohort', '同期群') },
    { key: 'size', label: L('Customers', '客户数'), format: 'int' },
  ];
  for (let k = 0; k < width; k++) cohortColumns.push({ key: `p${k}`, label: L(`+${k}`, `+${k}`), format: 'pct' });
  const cohortRows = cohorts.cohorts.map((c) => {
    const row: Record<string, string | number | null> = { cohort: c.cohort, size: c.size };
    for (let k = 0; k < width; k++) row[`p${k}`] = c.retention[k] ?? null;
    return row;
  });
  const avg: Record<string, string | number | null> = { cohort: 'average', size: cohorts.cohorts.reduce((s, c) => s + c.size, 0) };
  for (let k = 0; k < width; k++) avg[`p${k}`] = cohorts.average[k] ?? null;
  cohortRows.push(avg);
  const shown = churn.slice(Math.max(0, churn.length - options.last));
  return {
    id: 'retention',
    title: L('Churn and retention', '流失与留存'),
    tables: [
      {
        id: 'churn',
        title: L(
          `Churn by ${options.period} (a customer churns after ${options.inactiveAfter} inactive ${options.period}s)`,
          `按期流失（连续 ${options.inactiveAfter} 期无活动即视为流失）`,
        ),
        columns: [
          { key: 'period', label: L('Period', '期间') },
          { key: 'atStart', label: L('At start', '期初'), format: 'int' },
          { key: 'active', label: L('Active', '活跃'), format: 'int' },
          { key: 'new', label: L('New', '新增'), format: 'int' },
          { key: 'reactivated', label: L('Reactivated', '回流'), format: 'int' },
          { key: 'churned', label: L('Churned', '流失'), format: 'int' },
          { key: 'churnRate', label: L('Churn rate', '流失率'), format: 'pct' },
          { key: 'partial', label: L('Partial', '未完整') },
        ],
        rows: shown.map((r) => ({ period: r.period, atStart: r.atStart, active: r.active, new: r.new, reactivated: r.reactivated, churned: r.churned, churnRate: r.churnRate, partial: r.partial })),
      },
      { id: 'cohorts', title: L(`Retention by ${options.cohortPeriod} cohort`, '同期群留存'), columns: cohortColumns, rows: cohortRows },
    ],
    data: { churn, cohorts },
  };
}
