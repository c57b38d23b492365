/**
 * Report sections of the survey metrics: NPS, CSAT and CES with their intervals, the trend per period and the
 * metric per segment (touchpoint, journey stage or attribute).
 *
 * @module
 */
import type { Period } from '../../core/period.js';
import type { SurveyResponse } from '../../model/survey-response.js';
import { nps, type NpsResult } from '../../survey/nps.js';
import { csat, type CsatResult } from '../../survey/csat.js';
import { ces, type CesResult } from '../../survey/ces.js';
import { metricBy, metricSeries, type MetricOptions } from '../../survey/series.js';
import type { ScoreScale } from '../../survey/scale-tally.js';
import { usageError } from '../args.js';
import { L, type Column, type Section, type Table } from '../report.js';

/** A scored survey metric. */
export type SurveyMetric = 'nps' | 'csat' | 'ces';

/** Options of {@link surveySection}. */
export interface SurveySectionOptions {
  /** Add the trend per period. */
  readonly period?: Period | undefined;
  /** Add the metric per value of this key (`touchpointId`, `journeyStage` or an attribute). */
  readonly groupBy?: string | undefined;
  /** CES direction (default `'higher-is-easier'`, CES 2.0). */
  readonly cesDirection?: 'higher-is-easier' | 'lower-is-easier';
}

const TITLES: Record<SurveyMetric, ReturnType<typeof L>> = {
  nps: L('Net Promoter Score (NPS)', '净推荐值（NPS）'),
  csat: L('Customer satisfaction (CSAT)', '客户满意度（CSAT）'),
  ces: L('Customer effort (CES)', '客户费力度（CES）'),
};

const DEFAULT_SCALES: Record<SurveyMetric, ScoreScale> = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 } };

/** The scale the answers of a metric use: the one they state (all must agree), else the metric's default. */
function scaleOf(responses: readonly SurveyResponse[], metric: SurveyMetric): ScoreScale {
  let scale: ScoreScale | undefined;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    if (r.metric !== metric || r.scale === undefined) continue;
    if (scale === undefined) scale = r.scale;
    else if (scale.min !== r.scale.min || scale.max !== r.scale.max) {
      throw usageError(`the ${metric} answers use different scales (${scale.min}–${scale.max} and ${r.scale.min}–${r.scale.max}): split the file by scale`);
    }
  }
  return scale ?? DEFAULT_SCALES[metric];
}

function metricOptions(responses: readonly SurveyResponse[], metric: SurveyMetric, options: SurveySectionOptions): MetricOptions {
  if (metric === 'nps') return { metric };
  const scale = scaleOf(responses, metric);
  if (metric === 'csat') return { metric, scale };
  return { metric, scale, direction: options.cesDirection ?? 'higher-is-easier' };
}

type AnyResult = NpsResult | CsatResult | CesResult;

/** The headline numbers of a result, one table row. */
function summaryRow(metric: SurveyMetric, r: AnyResult): Record<string, number | null> {
  if (metric === 'nps') {
    const x = r as NpsResult;
    return {
      n: x.n,
      score: x.score,
      lower: x.interval?.lower ?? null,
      upper: x.interval?.upper ?? null,
      promoters: x.shares?.promoters ?? null,
      passives: x.shares?.passives ?? null,
      detractors: x.shares?.detractors ?? null,
    };
  }
  if (metric === 'csat') {
    const x = r as CsatResult;
    return { n: x.n, score: x.score, lower: x.interval?.lower ?? null, upper: x.interval?.upper ?? null, mean: x.mean };
  }
  const x = r as CesResult;
  return {
    n: x.n,
    score: x.mean,
    lower: x.meanInterval?.lower ?? null,
    upper: x.meanInterval?.upper ?? null,
    easyShare: x.easyShare,
  };
}

function summaryColumns(metric: SurveyMetric): Column[] {
  const base: Column[] = [
    { key: 'n', label: L('Answers', '回答数'), format: 'int' },
    { key: 'score', label: metric === 'ces' ? L('Mean', '均值') : metric === 'nps' ? L('NPS', 'NPS') : L('CSAT %', '满意率 %'), format: metric === 'ces' ? 'num2' : 'num1' },
    { key: 'lower', label: L('95% CI low', '95% 区间下限'), format: metric === 'ces' ? 'num2' : 'num1' },
    { key: 'upper', label: L('95% CI high', '95% 区间上限'), format: metric === 'ces' ? 'num2' : 'num1' },
  ];
  if (metric === 'nps') {
    base.push(
      { key: 'promoters', label: L('Promoters', '推荐者'), format: 'pct' },
      { key: 'passives', label: L('Passives', '被动者'), format: 'pct' },
      { key: 'detractors', label: L('Detractors', '贬损者'), format: 'pct' },
    );
  } else if (metric === 'csat') base.push({ key: 'mean', label: L('Mean score', '平均分'), format: 'num2' });
  else base.push({ key: 'easyShare', label: L('Easy %', '省力占比 %'), format: 'num1' });
  return base;
}

function overall(scores: number[], metric: SurveyMetric, options: MetricOptions): AnyResult {
  if (metric === 'nps') return nps(scores);
  if (metric === 'csat') return csat(scores, options);
  return ces(scores, options as Parameters<typeof ces>[1]);
}

/**
 * The section of one metric: the overall result, plus the trend (with `period`) and segments (with `groupBy`).
 * Answers of other metrics are ignored.
 */
export function surveySection(responses: readonly SurveyResponse[], metric: SurveyMetric, options: SurveySectionOptions = {}): Section {
  const mo = metricOptions(responses, metric, options);
  const scores: number[] = [];
  for (let i = 0; i < responses.length; i++) if (responses[i]!.metric === metric) scores.push(responses[i]!.score);
  const result = overall(scores, metric, mo);
  const columns = summaryColumns(metric);
  const tables: Table[] = [{ id: metric, columns, rows: [summaryRow(metric, result)] }];
  const data: Record<string, unknown> = { metric, result };
  if (options.period !== undefined && scores.length > 0) {
    const series = metricSeries(responses, { ...mo, period: options.period });
    data.series = series;
    tables.push({
      id: `${metric}-by-${options.period}`,
      title: L(`By ${options.period}`, `按${PERIOD_ZH[options.period]}`),
      columns: [
        { key: 'period', label: L('Period', '期间') },
        ...columns,
        { key: 'change', label: L('Change', '变化'), format: metric === 'ces' ? 'num2' : 'num1' },
        { key: 'significant', label: L('Significant', '显著') },
      ],
      rows: series.map((p) => ({
        period: p.period,
        ...summaryRow(metric, p.result),
        change: p.change?.difference ?? null,
        significant: p.change?.significant ?? false,
      })),
    });
  }
  if (options.groupBy !== undefined && scores.length > 0) {
    const segments = metricBy(responses, options.groupBy, mo);
    data.segments = segments;
    tables.push({
      id: `${metric}-by-${options.groupBy}`,
      title: L(`By ${options.groupBy}`, `按 ${options.groupBy}`),
      columns: [{ key: 'segment', label: L(options.groupBy, options.groupBy) }, ...columns, { key: 'vsRest', label: L('vs rest', '与其余相比'), format: metric === 'ces' ? 'num2' : 'num1' }, { key: 'significant', label: L('Significant', '显著') }],
      rows: segments.map((s) => ({ segment: s.segment ?? '–', ...summaryRow(metric, s.result), vsRest: s.versusRest.difference, significant: s.versusRest.significant })),
    });
  }
  return { id: metric, title: TITLES[metric], tables, data };
}

const PERIOD_ZH: Record<Period, string> = { day: '日', week: '周', isoWeek: 'ISO 周', month: '月', quarter: '季度', year: '年' };
