/**
 * Report section of the customer journey: the funnel through the default journey's stages, and the pain points
 * (touchpoints ranked by volume × experience gap, with the funnel's drop-offs) when touchpoints and answers are
 * given.
 *
 * @module
 */
import { DEFAULT_JOURNEY } from '../../journey/journey.js';
import { funnel } from '../../journey/funnel.js';
import { touchpointMetrics } from '../../journey/touchpoints.js';
import { painPoints } from '../../journey/pain-points.js';
import type { JourneyEvent } from '../../model/journey-event.js';
import type { SurveyResponse } from '../../model/survey-response.js';
import type { Touchpoint } from '../../model/touchpoint.js';
import type { Locale } from '../../model/labels.js';
import { L, type Section, type Table } from '../report.js';

/** Options of {@link journeySection}. */
export interface JourneySectionOptions {
  /** Touchpoints, for the pain points. */
  readonly touchpoints?: readonly Touchpoint[] | undefined;
  /** Survey answers, for the pain points. */
  readonly responses?: readonly SurveyResponse[] | undefined;
  /** Language of stage and touchpoint names. */
  readonly lang: Locale;
  /** How many pain points to list (default 5). */
  readonly top: number;
}

/** The funnel of the events through the default journey, and the pain points when touchpoints and answers are given. */
export function journeySection(events: readonly JourneyEvent[], options: JourneySectionOptions): Section {
  const steps = funnel(DEFAULT_JOURNEY, events);
  const tables: Table[] = [
    {
      id: 'funnel',
      title: L('Funnel', '漏斗'),
      columns: [
        { key: 'stage', label: L('Stage', '阶段') },
        { key: 'reached', label: L('Reached', '到达'), format: 'int' },
        { key: 'conversionFromPrevious', label: L('From previous', '较上一阶段'), format: 'pct' },
        { key: 'conversionFromStart', label: L('From start', '较起点'), format: 'pct' },
        { key: 'dropOff', label: L('Drop-off', '流失'), format: 'int' },
      ],
      rows: steps.map((s) => ({ stage: s.label[options.lang], reached: s.reached, conversionFromPrevious: s.conversionFromPrevious, conversionFromStart: s.conversionFromStart, dropOff: s.dropOff })),
    },
  ];
  const data: Record<string, unknown> = { funnel: steps };
  const { touchpoints, responses } = options;
  if (touchpoints !== undefined && touchpoints.length > 0 && responses !== undefined) {
    const known = new Set(touchpoints.map((tp) => tp.id));
    const answers = responses.filter((r) => r.metric !== 'attribute' && r.touchpointId !== undefined && known.has(r.touchpointId));
    const evs = events.filter((e) => e.touchpointId === undefined || known.has(e.touchpointId));
    const metrics = touchpointMetrics(touchpoints, answers, evs, { ces: { direction: 'higher-is-easier' } });
    const pains = painPoints(metrics, { funnel: steps }).slice(0, options.top);
    data.touchpoints = metrics;
    data.painPoints = pains;
    tables.push({
      id: 'pain-points',
      title: L('Pain points', '痛点'),
      columns: [
        { key: 'rank', label: L('Rank', '排名'), format: 'int' },
        { key: 'touchpoint', label: L('Touchpoint', '触点') },
        { key: 'volume', label: L('Volume', '接触量'), format: 'int' },
        { key: 'scoreGap', label: L('Experience gap', '体验差距'), format: 'pct' },
        { key: 'impact', label: L('Impact', '影响'), format: 'num1' },
        { key: 'reason', label: L('Why', '原因') },
      ],
      rows: pains.map((p) => ({ rank: p.rank, touchpoint: p.name[options.lang], volume: p.volume, scoreGap: p.scoreGap, impact: p.impact, reason: p.reason[options.lang] })),
    });
  }
  return { id: 'journey', title: L('Customer journey', '客户旅程'), tables, data };
}
