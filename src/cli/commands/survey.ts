/**
 * `cxkit nps|csat|ces FILE`: a survey metric of a file of survey answers, with `--period` trends and
 * `--group-by` segments.
 *
 * @module
 */
import { PERIODS, type Period } from '../../core/period.js';
import { choiceOption, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { loadResponses } from '../inputs.js';
import { surveySection, type SurveyMetric } from '../sections/survey.js';

const NAMES: Record<SurveyMetric, string> = { nps: 'Net Promoter Score', csat: 'customer satisfaction (CSAT)', ces: 'customer effort (CES)' };

/** The command of one metric. */
export function surveyCommand(metric: SurveyMetric): Command {
  return {
    spec: {
      name: metric,
      usage: 'FILE [options]',
      summary: `The ${NAMES[metric]} of the survey answers in FILE (CSV, NDJSON or JSON; - reads stdin), with its 95% interval.`,
      details: [
        'FILE holds SurveyResponse records (see `cxkit schema survey-response`): respondedAt, metric, score, and optionally',
        `customerId, touchpointId, journeyStage, scale.min/scale.max, attributes.*. Answers of other metrics are ignored.`,
        ...(metric === 'nps' ? [] : [`The scale is the answers' own (scale.min/scale.max) or ${metric === 'csat' ? '1–5' : '1–7'}.`]),
      ],
      options: {
        period: { type: 'string', value: PERIODS.join('|'), help: 'add the trend per period, with each change and its significance' },
        'group-by': { type: 'string', value: 'FIELD', help: 'add the metric per touchpointId, journeyStage or attribute, each against the rest' },
        ...(metric === 'ces' ? { direction: { type: 'string' as const, value: 'higher-is-easier|lower-is-easier', help: 'which end of the scale is easy (default higher-is-easier, CES 2.0)' } } : {}),
      },
      positionals: { min: 1, max: 1 },
    },
    async run(args, ctx) {
      const period = stringOption(args, 'period') === undefined ? undefined : choiceOption<Period>(args, 'period', PERIODS, 'month');
      const groupBy = stringOption(args, 'group-by');
      const cesDirection = choiceOption(args, 'direction', ['higher-is-easier', 'lower-is-easier'] as const, 'higher-is-easier');
      const responses = await loadResponses(ctx, args.positionals[0]!);
      return { sections: [surveySection(responses, metric, { period, groupBy, cesDirection })] };
    },
  };
}
