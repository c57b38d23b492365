import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonSchemaOf } from '../../src/model/json-schema.js';
import { entitySchema, type EntityName } from '../../src/model/entities.js';
import { check } from './json-schema-check.js';
import { customerInput, feedbackCaseInput, journeyEventInput, surveyResponseInput, touchpointInput, transactionInput } from './arbitraries.js';

const INPUTS: Record<EntityName, fc.Arbitrary<Record<string, unknown>>> = {
  customer: customerInput,
  transaction: transactionInput,
  'survey-response': surveyResponseInput,
  'journey-event': journeyEventInput,
  touchpoint: touchpointInput,
  'feedback-case': feedbackCaseInput,
};

describe('jsonSchemaOf (properties)', () => {
  for (const name of Object.keys(INPUTS) as EntityName[]) {
    it(`${name}: the JSON of any parsed record satisfies the JSON Schema and parses back`, () => {
      const schema = jsonSchemaOf(name) as Record<string, unknown>;
      const zod = entitySchema(name);
      fc.assert(
        fc.property(INPUTS[name], (input) => {
          const json = JSON.parse(JSON.stringify(zod.parse(input))) as unknown;
          expect(check(schema, json)).toEqual([]);
          expect(zod.safeParse(json).success).toBe(true);
        }),
      );
    });
  }

  it('a field of the wrong JSON type is refused by both the JSON Schema and zod', () => {
    const schema = jsonSchemaOf('transaction') as Record<string, unknown>;
    fc.assert(
      fc.property(
        transactionInput,
        fc.constantFrom('customerId', 'occurredAt', 'amount', 'currency', 'quantity', 'channel'),
        fc.constantFrom<unknown>(true, {}, [1], null),
        (input, field, bad) => {
          const parsed = JSON.parse(JSON.stringify(entitySchema('transaction').parse(input))) as Record<string, unknown>;
          const doc = { ...parsed, [field]: bad };
          const optionalNull = bad === null && !['customerId', 'occurredAt', 'amount'].includes(field);
          // zod reads null as "absent" in optional fields; JSON Schema (canonical form) refuses it
          expect(check(schema, doc)).not.toEqual([]);
          expect(entitySchema('transaction').safeParse(doc).success).toBe(optionalNull);
        },
      ),
    );
  });
});
