/**
 * Turns metrics computed by cxkit (NPS, CSAT, CES, CSI, churn, revenue retention) into metric evidence records
 * that an assessment can cite.
 *
 * @module
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe } from '../core/assert.js';
import type { EvidenceInterval, EvidenceRecord } from './input.js';

/** A decimal number object, e.g. a `Money` (decimal.js) value. */
export interface DecimalLike {
  /** The value as a JavaScript number. */
  toNumber(): number;
}

/** A number, a numeric string, or a decimal with `toNumber()`. */
export type MetricValueLike = number | string | DecimalLike;

/** An interval as the survey results report it (only the bounds are read). */
export interface MetricIntervalLike {
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
}

/** The fields of an NPS or CSAT result that {@link metricEvidence} reads. */
export interface ScoreMetricLike {
  /** The score (NPS in points, CSAT in percent); `null` when there is no data. */
  readonly score: number | null;
  /** Number of answers. */
  readonly n?: number;
  /** Confidence interval of the score. */
  readonly interval?: MetricIntervalLike | null;
}

/** The fields of a CES result that {@link metricEvidence} reads. */
export interface CesMetricLike {
  /** Mean answer on the scale; `null` when there is no data. */
  readonly mean: number | null;
  /** Share of easy answers, 0–1. */
  readonly easyShare?: number | null;
  /** Number of answers. */
  readonly n?: number;
  /** Confidence interval of the mean. */
  readonly meanInterval?: MetricIntervalLike | null;
}

/** The fields of a CSI result that {@link metricEvidence} reads. */
export interface CsiMetricLike {
  /** The index; `null` when there is no data. */
  readonly score: number | null;
  /** Number of respondents. */
  readonly n?: number;
}

/** The fields of a churn result (`churnRate()` or `customerChurn()`) that {@link metricEvidence} reads. */
export interface ChurnMetricLike {
  /** Churn share 0–1 (`churnRate()`). */
  readonly churn?: number | null;
  /** Retention share 0–1 (`churnRate()`). */
  readonly retention?: number | null;
  /** Churn share 0–1 (`customerChurn()`). */
  readonly churnRate?: number | null;
  /** Retention share 0–1 (`customerChurn()`). */
  readonly retentionRate?: number | null;
  /** Customers at the start (recorded as `n`). */
  readonly atStart?: number;
}

/** The fields of a revenue-retention result that {@link metricEvidence} reads. */
export interface RevenueRetentionMetricLike {
  /** Gross revenue retention, a share. */
  readonly grr: MetricValueLike | null;
  /** Net revenue retention, a share. */
  readonly nrr: MetricValueLike | null;
}

/** Any other measured value. */
export interface CustomMetric {
  /** Metric key (what items list in `metricKeys`). */
  readonly key: string;
  /** Its value. */
  readonly value: number;
  /** Its unit (default `'value'`). */
  readonly unit?: string;
  /** Sample size. */
  readonly n?: number;
}

/**
 * Metric results to turn into evidence, each optional and read structurally, so the results of `nps()`, `csat()`,
 * `ces()`, `csi()`, `churnRate()`, `customerChurn()` and `revenueRetention()` can be passed as they are. A metric
 * whose value is `null` (no data) gives no record.
 */
export interface MetricEvidenceInput {
  /** An NPS result (key `nps`, points). */
  readonly nps?: ScoreMetricLike;
  /** A CSAT result (key `csat`, percent satisfied). */
  readonly csat?: ScoreMetricLike;
  /** A CES result: `mean` (key `ces`) and `easyShare` (key `ces-easy`). */
  readonly ces?: CesMetricLike;
  /** A CSI result (key `csi`). */
  readonly csi?: CsiMetricLike;
  /** A churn result (keys `churn`, `retention`). */
  readonly churn?: ChurnMetricLike;
  /** A revenue-retention result (keys `grr`, `nrr`). */
  readonly revenueRetention?: RevenueRetentionMetricLike;
  /** Other measured values. */
  readonly custom?: readonly CustomMetric[];
}

/** Options of {@link metricEvidence}. */
export interface MetricEvidenceOptions {
  /** Period the metrics cover, e.g. `'2026-Q3'` (default: none). Part of each record id. */
  readonly period?: string;
  /** Item ids every record should also support explicitly (default: none; items listing the key in `metricKeys` are supported anyway). */
  readonly items?: readonly string[];
  /** Prefix of the record ids (default `'metric'`): ids read `metric:nps` or `metric:nps:2026-Q3`. */
  readonly idPrefix?: string;
}

function num(v: MetricValueLike, path: CxPath): number {
  let x: unknown = v;
  if (typeof v === 'string') x = v.trim() === '' ? NaN : Number(v);
  else if (typeof v === 'object') x = v.toNumber();
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new CxError(typeof x === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `${path.join('.')} must be a finite number, got ${describe(v)}`, { path });
  }
  return x;
}

function interval(v: MetricIntervalLike | null | undefined, path: CxPath): EvidenceInterval | undefined {
  if (v === null || v === undefined) return undefined;
  return { lower: num(v.lower, [...path, 'lower']), upper: num(v.upper, [...path, 'upper']) };
}

/**
 * Metric evidence records from cxkit results: `{ id, kind: 'metric', key, value, unit, period?, n?, interval? }`,
 * one per metric present (NPS → `nps` in points; CSAT → `csat` in percent; CES → `ces` mean and `ces-easy` share;
 * CSI → `csi`; churn → `churn` and `retention` shares; revenue retention → `grr`, `nrr` shares; plus `custom`).
 * Pass them as `evidence` to {@link assess}: an item whose `metricKeys` include a record's key counts as evidenced
 * (in {@link GBT42509_CHECKLIST}, the measurement items D08-1/2/3/5 and D10-1/4). O(number of metrics).
 *
 * @throws CxError `NON_FINITE` / `INVALID_ARGUMENT` for a value that is not a finite number (`path` e.g.
 *   `['nps', 'score']`); `INVALID_ARGUMENT` for a custom metric without a key (`['custom', i, 'key']`).
 * @example
 * const ev = metricEvidence({ nps: { score: 31, n: 400 }, churn: { churn: 0.07, retention: 0.93 } }, { period: '2026-Q3' });
 * ev.map((e) => [e.id, e.value]); //=> [['metric:nps:2026-Q3', 31], ['metric:churn:2026-Q3', 0.07], ['metric:retention:2026-Q3', 0.93]]
 * metricEvidence({ nps: { score: null, n: 0 } }); //=> []
 */
export function metricEvidence(input: MetricEvidenceInput, options: MetricEvidenceOptions = {}): EvidenceRecord[] {
  if (typeof input !== 'object' || (input as unknown) === null) {
    throw new CxError('INVALID_ARGUMENT', `input must be an object of metric results, got ${describe(input)}`, { path: [] });
  }
  const prefix = options.idPrefix ?? 'metric';
  const out: EvidenceRecord[] = [];
  const add = (key: string, value: MetricValueLike | null | undefined, unit: string, path: CxPath, n?: number, iv?: EvidenceInterval): void => {
    if (value === null || value === undefined) return;
    const record: EvidenceRecord = {
      id: options.period === undefined ? `${prefix}:${key}` : `${prefix}:${key}:${options.period}`,
      kind: 'metric',
      key,
      value: num(value, path),
      unit,
      ...(options.period === undefined ? {} : { period: options.period }),
      ...(n === undefined ? {} : { n: num(n, [path[0]!, 'n']) }),
      ...(iv === undefined ? {} : { interval: iv }),
      ...(options.items === undefined ? {} : { items: [...options.items] }),
    };
    out.push(record);
  };
  const { nps, csat, ces, csi, churn, revenueRetention, custom } = input;
  if (nps !== undefined) add('nps', nps.score, 'points', ['nps', 'score'], nps.n, nps.score === null ? undefined : interval(nps.interval, ['nps', 'interval']));
  if (csat !== undefined) add('csat', csat.score, 'percent', ['csat', 'score'], csat.n, csat.score === null ? undefined : interval(csat.interval, ['csat', 'interval']));
  if (ces !== undefined) {
    add('ces', ces.mean, 'scale', ['ces', 'mean'], ces.n, ces.mean === null ? undefined : interval(ces.meanInterval, ['ces', 'meanInterval']));
    add('ces-easy', ces.easyShare, 'share', ['ces', 'easyShare'], ces.n);
  }
  if (csi !== undefined) add('csi', csi.score, 'index', ['csi', 'score'], csi.n);
  if (churn !== undefined) {
    add('churn', churn.churn ?? churn.churnRate, 'share', ['churn', churn.churn === undefined ? 'churnRate' : 'churn'], churn.atStart);
    add('retention', churn.retention ?? churn.retentionRate, 'share', ['churn', churn.retention === undefined ? 'retentionRate' : 'retention'], churn.atStart);
  }
  if (revenueRetention !== undefined) {
    add('grr', revenueRetention.grr, 'share', ['revenueRetention', 'grr']);
    add('nrr', revenueRetention.nrr, 'share', ['revenueRetention', 'nrr']);
  }
  const extra = custom ?? [];
  for (let i = 0; i < extra.length; i++) {
    const m = extra[i]!;
    if (typeof m.key !== 'string' || m.key === '') throw new CxError('INVALID_ARGUMENT', `custom[${String(i)}].key must be a non-empty string`, { path: ['custom', i, 'key'] });
    add(m.key, m.value, m.unit ?? 'value', ['custom', i, 'value'], m.n);
  }
  return out;
}
