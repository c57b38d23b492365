/**
 * The entity schemas by name, for code that picks the entity at run time (a CLI flag, a file's header).
 *
 * @module
 */
import type * as z from 'zod';
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { CustomerSchema } from './customer.js';
import { TransactionSchema } from './transaction.js';
import { SurveyResponseSchema } from './survey-response.js';
import { JourneyEventSchema } from './journey-event.js';
import { TouchpointSchema } from './touchpoint.js';
import { FeedbackCaseSchema } from './feedback-case.js';

export type { AttributeValue, Field, OptionalField } from './fields.js';

/** The name of an entity of the domain model. */
export type EntityName = 'customer' | 'transaction' | 'survey-response' | 'journey-event' | 'touchpoint' | 'feedback-case';

/**
 * The names of the entities of the domain model.
 *
 * @example
 * ENTITY_NAMES; //=> ['customer', 'transaction', 'survey-response', 'journey-event', 'touchpoint', 'feedback-case']
 */
export const ENTITY_NAMES: readonly EntityName[] = Object.freeze([
  'customer',
  'transaction',
  'survey-response',
  'journey-event',
  'touchpoint',
  'feedback-case',
] as const);

/** The schema of each entity, by name. */
export interface EntitySchemas {
  /** {@link CustomerSchema} */
  readonly customer: typeof CustomerSchema;
  /** {@link TransactionSchema} */
  readonly transaction: typeof TransactionSchema;
  /** {@link SurveyResponseSchema} */
  readonly 'survey-response': typeof SurveyResponseSchema;
  /** {@link JourneyEventSchema} */
  readonly 'journey-event': typeof JourneyEventSchema;
  /** {@link TouchpointSchema} */
  readonly touchpoint: typeof TouchpointSchema;
  /** {@link FeedbackCaseSchema} */
  readonly 'feedback-case': typeof FeedbackCaseSchema;
}

/** The parsed entity of a name, e.g. `Entity<'customer'>` is `Customer`. */
export type Entity<N extends EntityName> = z.output<EntitySchemas[N]>;
/** What the schema of an entity accepts, e.g. `EntityInput<'customer'>` is `CustomerInput`. */
export type EntityInput<N extends EntityName> = z.input<EntitySchemas[N]>;

/**
 * True when `name` is one of {@link ENTITY_NAMES}.
 *
 * @example
 * isEntityName('customer'); //=> true
 * isEntityName('toString'); //=> false
 */
export function isEntityName(name: unknown): name is EntityName {
  return typeof name === 'string' && (ENTITY_NAMES as readonly string[]).includes(name);
}

/**
 * The zod schema of an entity by name.
 *
 * @throws CxError `INVALID_ARGUMENT` when `name` is not one of {@link ENTITY_NAMES} (`path` = `['name']`).
 * @example
 * entitySchema('customer') === CustomerSchema; //=> true
 * entitySchema('person' as EntityName); //=> throws INVALID_ARGUMENT
 */
export function entitySchema<N extends EntityName>(name: N): EntitySchemas[N] {
  switch (name) {
    case 'customer':
      return CustomerSchema as EntitySchemas[N];
    case 'transaction':
      return TransactionSchema as EntitySchemas[N];
    case 'survey-response':
      return SurveyResponseSchema as EntitySchemas[N];
    case 'journey-event':
      return JourneyEventSchema as EntitySchemas[N];
    case 'touchpoint':
      return TouchpointSchema as EntitySchemas[N];
    case 'feedback-case':
      return FeedbackCaseSchema as EntitySchemas[N];
    default:
      throw new CxError('INVALID_ARGUMENT', `unknown entity ${describe(name)}: expected one of ${ENTITY_NAMES.join(', ')}`, { path: ['name'] });
  }
}
