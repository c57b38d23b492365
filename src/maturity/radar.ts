/**
 * Builds chart-ready radar data (axes and series with one value per axis), and checks the benchmark option.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe } from '../core/assert.js';
import type { Labels } from '../model/labels.js';
import type { ChecklistDefinition } from './definition.js';
import type { AssessmentPolicy, ScoringPolicyKind } from './input.js';
import type { RadarAxis, RadarData, RadarSeries, RadarSeriesId } from './result.js';

const SERIES_LABELS: Readonly<Record<RadarSeriesId, Labels>> = {
  current: { 'zh-CN': '当前', en: 'Current' },
  target: { 'zh-CN': '目标', en: 'Target' },
  previous: { 'zh-CN': '上次', en: 'Previous' },
  benchmark: { 'zh-CN': '对标基准', en: 'Benchmark' },
};

/** A checked benchmark for one radar: its label and the score per axis id. @internal */
export interface RadarBenchmark {
  readonly labels: Labels;
  readonly scores: ReadonlyMap<string, number | null>;
}

/** A checked benchmark option: one {@link RadarBenchmark} per radar. @internal */
export interface CheckedBenchmark {
  readonly dimensions: RadarBenchmark;
  readonly principles: RadarBenchmark;
}

function isObj(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const BENCHMARK_KEYS: ReadonlySet<string> = new Set(['labels', 'dimensions', 'principles']);

function benchmarkLabels(v: unknown): Labels {
  const path: CxPath = ['policy', 'benchmark', 'labels'];
  if (v === undefined) return SERIES_LABELS.benchmark;
  if (!isObj(v)) throw new CxError('INVALID_ARGUMENT', `policy.benchmark.labels must be { 'zh-CN', en }, got ${describe(v)}`, { path });
  for (const lang of ['zh-CN', 'en'] as const) {
    const text = v[lang];
    if (typeof text !== 'string' || text.trim() === '') {
      throw new CxError('INVALID_ARGUMENT', `policy.benchmark.labels['${lang}'] must be a non-blank string, got ${describe(text)}`, { path: [...path, lang] });
    }
  }
  return { 'zh-CN': v['zh-CN'] as string, en: v.en as string };
}

function benchmarkScores(v: unknown, key: 'dimensions' | 'principles', ids: ReadonlySet<string>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  if (v === undefined) return out;
  const what = key === 'dimensions' ? 'dimension' : 'principle';
  if (!isObj(v)) throw new CxError('INVALID_ARGUMENT', `policy.benchmark.${key} must be an object of ${what} id → score, got ${describe(v)}`, { path: ['policy', 'benchmark', key] });
  for (const [id, score] of Object.entries(v)) {
    const path: CxPath = ['policy', 'benchmark', key, id];
    if (!ids.has(id)) throw new CxError('INVALID_ARGUMENT', `policy.benchmark.${key}: unknown ${what} "${id}"`, { path });
    if (score !== null) {
      if (typeof score !== 'number') throw new CxError('INVALID_ARGUMENT', `policy.benchmark.${key}.${id} must be a score in [0, 5] or null, got ${describe(score)}`, { path });
      if (!Number.isFinite(score)) throw new CxError('NON_FINITE', `policy.benchmark.${key}.${id} must be a finite score in [0, 5], got ${String(score)}`, { path });
      if (score < 0 || score > 5) throw new CxError('OUT_OF_RANGE', `policy.benchmark.${key}.${id} must be a score in [0, 5], got ${String(score)}`, { path });
    }
    out.set(id, score);
  }
  return out;
}

/** Checks `policy.benchmark` against the definition; `null` when there is none. @internal */
export function checkBenchmark(policy: AssessmentPolicy | ScoringPolicyKind | undefined, def: ChecklistDefinition): CheckedBenchmark | null {
  if (typeof policy !== 'object') return null;
  const raw: unknown = policy.benchmark;
  if (raw === undefined) return null;
  const path: CxPath = ['policy', 'benchmark'];
  if (!isObj(raw)) throw new CxError('INVALID_ARGUMENT', `policy.benchmark must be { labels?, dimensions?, principles? }, got ${describe(raw)}`, { path });
  if (raw.kind === 'maturity-assessment') {
    throw new CxError('INVALID_ARGUMENT', 'policy.benchmark takes scores per dimension and principle id, not a result of assess() (pass its scores, or use policy.previous)', { path });
  }
  for (const key of Object.keys(raw)) {
    if (!BENCHMARK_KEYS.has(key)) throw new CxError('INVALID_ARGUMENT', `policy.benchmark: unknown option "${key}" (expected labels, dimensions, principles)`, { path: [...path, key] });
  }
  if (raw.dimensions === undefined && raw.principles === undefined) {
    throw new CxError('INVALID_ARGUMENT', 'policy.benchmark needs scores: dimensions, principles or both', { path });
  }
  const labels = benchmarkLabels(raw.labels);
  const dimensions = benchmarkScores(raw.dimensions, 'dimensions', new Set(def.dimensions.map((d) => d.id)));
  const principles = benchmarkScores(raw.principles, 'principles', new Set(def.principles.map((p) => p.id)));
  return { dimensions: { labels, scores: dimensions }, principles: { labels, scores: principles } };
}

/**
 * One axis per unit; `current` and `target` series, then `previous` and `benchmark` (matched by axis id, `null`
 * where missing) when given. @internal
 */
export function buildRadar(
  units: readonly { readonly id: string; readonly labels: Labels; readonly score: number | null; readonly target: number | null }[],
  previous: readonly { readonly id: string; readonly score: number | null }[] | null,
  benchmark: RadarBenchmark | null = null,
): RadarData {
  const axes: RadarAxis[] = [];
  const current: (number | null)[] = [];
  const target: (number | null)[] = [];
  for (const u of units) {
    axes.push({ id: u.id, labels: u.labels });
    current.push(u.score);
    target.push(u.target);
  }
  const series: RadarSeries[] = [
    { id: 'current', labels: SERIES_LABELS.current, values: current },
    { id: 'target', labels: SERIES_LABELS.target, values: target },
  ];
  if (previous !== null) {
    const byId = new Map<string, number | null>();
    for (const p of previous) byId.set(p.id, p.score);
    series.push({ id: 'previous', labels: SERIES_LABELS.previous, values: units.map((u) => byId.get(u.id) ?? null) });
  }
  if (benchmark !== null) {
    series.push({ id: 'benchmark', labels: benchmark.labels, values: units.map((u) => benchmark.scores.get(u.id) ?? null) });
  }
  return { axes, series };
}
