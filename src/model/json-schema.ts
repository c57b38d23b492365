/**
 * JSON Schemas (draft 2020-12) of the entities, generated from the zod schemas with zod 4's `z.toJSONSchema`.
 *
 * @module
 */
import * as z from 'zod';
import { entitySchema, type EntityName } from './entities.js';
import { inputJsonSchemas, modelDocs, type JsonSchema } from './fields.js';
import { personalData } from './privacy.js';

export type { JsonSchema } from './fields.js';

/**
 * The JSON Schema (draft 2020-12) of what a producer sends for an entity: the *input* side of its zod schema,
 * in the canonical wire form — ids as strings (or integers), dates as strings with `format: 'date-time'`,
 * amounts as a number or a decimal string, enumerations as lowercase strings, optional fields not required,
 * unknown keys allowed (the zod schema drops them). Fields holding personal data carry
 * `"x-personal-data": true`.
 *
 * The zod schema is more lenient than the JSON Schema (it also reads `Date`s, epoch milliseconds, date-only
 * strings, numeric strings, upper-case enumerations, `null` and blanks for absent optional fields), never
 * stricter in type: a record valid under the JSON Schema parses with the zod schema, except for the
 * cross-field rules JSON Schema cannot state (chronological feedback events, a score within its scale) and
 * the `date-time` format, which JSON Schema validators only annotate by default.
 *
 * Built by `z.toJSONSchema(schema, { io: 'input' })`, with the custom field schemas (which zod cannot
 * convert) mapped to their registered JSON Schema. Returns a fresh object on every call.
 *
 * @throws CxError `INVALID_ARGUMENT` when `name` is not one of `ENTITY_NAMES`.
 * @example
 * jsonSchemaOf('customer').required; //=> ['id']
 * jsonSchemaOf('transaction').properties?.occurredAt; //=> { type: 'string', format: 'date-time', description: 'When the transaction happened (ISO 8601).' }
 */
export function jsonSchemaOf(name: EntityName): JsonSchema {
  const schema = entitySchema(name);
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: modelDocs,
    reused: 'inline',
    unrepresentable: ({ zodSchema }) => {
      const json = inputJsonSchemas.get(zodSchema);
      return json === undefined ? 'throw' : structuredClone<JsonSchema>(json);
    },
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as Record<string, unknown>;
      if (personalData.has(zodSchema)) json['x-personal-data'] = true;
      const dflt = modelDocs.get(zodSchema)?.default;
      if (dflt !== undefined) json.default = structuredClone(dflt);
    },
  });
}
