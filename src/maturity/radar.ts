/**
 * Builds chart-ready radar data (axes and series with one value per axis).
 *
 * @module
 * @internal
 */
import type { Labels } from '../model/labels.js';
import type { RadarAxis, RadarData, RadarSeries } from './result.js';

const SERIES_LABELS: Readonly<Record<RadarSeries['id'], Labels>> = {
  current: { 'zh-CN': '当前', en: 'Current' },
  target: { 'zh-CN': '目标', en: 'Target' },
  previous: { 'zh-CN': '上次', en: 'Previous' },
};

/** One axis per unit; `current` and `target` series, and `previous` (matched by id) when given. @internal */
export function buildRadar(
  units: readonly { readonly id: string; readonly labels: Labels; readonly score: number | null; readonly target: number | null }[],
  previous: readonly { readonly id: string; readonly score: number | null }[] | null,
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
  return { axes, series };
}
