/**
 * `cxkit journey FILE`, `cxkit maturity FILE` and `cxkit schema ENTITY` (entities of the model and the maturity
 * documents).
 *
 * @module
 */
import * as z from 'zod';
import { ENTITY_NAMES, isEntityName } from '../../model/entities.js';
import { jsonSchemaOf } from '../../model/json-schema.js';
import { AssessmentInputSchema, ChecklistDefinitionSchema } from '../../maturity/schema.js';
import { intOption, stringOption, usageError } from '../args.js';
import type { Command } from '../command.js';
import { loadAssessment, loadEvents, loadResponses, loadTouchpoints } from '../inputs.js';
import { journeySection } from '../sections/journey.js';
import { maturitySection } from '../sections/maturity.js';

/** `cxkit journey FILE`. */
export const journeyCommand: Command = {
  spec: {
    name: 'journey',
    usage: 'FILE [--touchpoints FILE --responses FILE] [options]',
    summary: 'The funnel of the journey events in FILE through the default journey (awareness → advocacy), and the pain points.',
    details: [
      'FILE holds JourneyEvent records (see `cxkit schema journey-event`): customerId, occurredAt, type, and optionally',
      'touchpointId, stage. Event types map to stages as in DEFAULT_JOURNEY (visit → awareness, signup → consideration,',
      'purchase → purchase, delivery → onboarding, repeat-purchase → retention, referral → advocacy, …).',
      'With --touchpoints (JSON) and --responses (survey answers), the touchpoints are ranked as pain points.',
    ],
    options: {
      touchpoints: { type: 'string', value: 'FILE', help: 'touchpoints (JSON array of Touchpoint records)' },
      responses: { type: 'string', value: 'FILE', help: 'survey answers about the touchpoints' },
      top: { type: 'string', value: 'N', help: 'how many pain points to list (default 5)' },
    },
    positionals: { min: 1, max: 1 },
  },
  async run(args, ctx) {
    const top = intOption(args, 'top', 5, 0, 1000);
    const tpFile = stringOption(args, 'touchpoints');
    const respFile = stringOption(args, 'responses');
    if ((tpFile === undefined) !== (respFile === undefined)) throw usageError('--touchpoints and --responses go together', tpFile === undefined ? 'touchpoints' : 'responses');
    const events = await loadEvents(ctx, args.positionals[0]!);
    const touchpoints = tpFile === undefined ? undefined : await loadTouchpoints(ctx, tpFile);
    const responses = respFile === undefined ? undefined : await loadResponses(ctx, respFile);
    return { sections: [journeySection(events, { touchpoints, responses, lang: ctx.lang, top })] };
  },
};

/** `cxkit maturity FILE`. */
export const maturityCommand: Command = {
  spec: {
    name: 'maturity',
    usage: 'FILE [options]',
    summary: 'A CX maturity self-assessment against the GB/T 42509-structured checklist: level, dimensions and top gaps.',
    details: [
      'FILE is a JSON AssessmentInput, or rows (CSV, NDJSON) of criterion answers: criterion, status',
      '(met|partial|not-met|not-applicable), and optionally respondent, reason, note.',
    ],
    options: { top: { type: 'string', value: 'N', help: 'how many gaps to list (default 5)' } },
    positionals: { min: 1, max: 1 },
  },
  async run(args, ctx) {
    const top = intOption(args, 'top', 5, 0, 1000);
    const input = await loadAssessment(ctx, args.positionals[0]!);
    return { sections: [maturitySection(input, { lang: ctx.lang, top })] };
  },
};

/** The maturity documents `cxkit schema` also describes: what `cxkit maturity` reads, and a checklist definition. */
const MATURITY_SCHEMAS = { 'maturity-assessment': AssessmentInputSchema, 'maturity-checklist': ChecklistDefinitionSchema } as const;
const SCHEMA_NAMES = [...ENTITY_NAMES, ...Object.keys(MATURITY_SCHEMAS)];

/** `cxkit schema ENTITY`. */
export const schemaCommand: Command = {
  spec: {
    name: 'schema',
    usage: 'ENTITY',
    summary: `The JSON Schema (draft 2020-12) of an entity's records, or of a maturity document (always JSON): ${SCHEMA_NAMES.join(', ')}.`,
    options: {},
    positionals: { min: 1, max: 1 },
  },
  run(args) {
    const name = args.positionals[0]!;
    let schema: unknown;
    if (isEntityName(name)) schema = jsonSchemaOf(name);
    else if (Object.hasOwn(MATURITY_SCHEMAS, name)) {
      schema = z.toJSONSchema(MATURITY_SCHEMAS[name as keyof typeof MATURITY_SCHEMAS], { target: 'draft-2020-12', io: 'input' });
    } else return Promise.reject(usageError(`unknown entity ${JSON.stringify(name)}: expected one of ${SCHEMA_NAMES.join(', ')}`, 'ENTITY'));
    return Promise.resolve({ raw: `${JSON.stringify(schema, null, 2)}\n` });
  },
};
