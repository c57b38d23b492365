/**
 * Field schemas shared by the entity schemas: ids, text, dates, money, numbers, enumerations, currency codes
 * and free-form attributes, each with the coercions data from outside needs (CSV cells are strings, JSON ids
 * are often numbers) and a clear message on failure.
 *
 * Each field is a `z.custom()` input followed by one conversion (`.transform`), so parsing costs one function
 * call per field. zod cannot convert a custom schema to JSON Schema, so each field registers the JSON Schema of
 * its canonical wire form in {@link inputJsonSchemas}; `jsonSchemaOf` reads it. The canonical form is never
 * looser than what the field accepts: a value valid under the JSON Schema always parses.
 *
 * Optional fields treat `undefined`, `null` and a blank string alike: the value is absent (`undefined`).
 *
 * Internal to the model layer, except the types {@link Field}, {@link OptionalField} and {@link AttributeValue}.
 *
 * @module
 */
import * as z from 'zod';
import { money, type Money, type MoneyInput } from '../core/money.js';
import { toDate } from '../core/time.js';
import { describe } from '../core/assert.js';

/** A JSON Schema object. @internal */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** Input-side JSON Schema of each custom field schema (keyed by its `z.custom()` input). @internal */
export const inputJsonSchemas: z.core.$ZodRegistry<JsonSchema> = /* @__PURE__ */ z.registry<JsonSchema>();

/** Descriptions of fields and entities, emitted into the JSON Schemas. @internal */
export const modelDocs: z.core.$ZodRegistry<DocMeta> = /* @__PURE__ */ z.registry<DocMeta>();

/** JSON Schema annotations of a schema. @internal */
export interface DocMeta {
  /** Title of an entity. */
  title?: string;
  /** What the field or entity is. */
  description?: string;
  /** Input-side default (zod omits defaults of schemas with transforms from input JSON Schemas). */
  default?: unknown;
}

/** Attaches a description (and optional title or default) to a schema for the JSON Schema; returns the schema. @internal */
export function doc<T extends z.ZodType>(schema: T, description: string, extra: Omit<DocMeta, 'description'> = {}): T {
  modelDocs.add(schema, { ...extra, description });
  return schema;
}

type Ctx = z.core.$RefinementCtx;

/**
 * The zod type of a required field of the cxkit entity schemas: any input, converted to `O` or reported as an
 * issue at the field's path.
 */
export type Field<I, O> = z.ZodPipe<z.ZodCustom<I, I>, z.ZodTransform<O, I>>;
/** The zod type of an optional field of the cxkit entity schemas: absent, `null` or a blank string gives `undefined`. */
export type OptionalField<I, O> = z.ZodOptional<z.ZodPipe<z.ZodCustom<I | null | undefined, I | null | undefined>, z.ZodTransform<O | undefined, I | null | undefined>>>;

/** Records an issue at the current path and returns zod's "no value" marker. @internal */
export function fail(ctx: Ctx, input: unknown, message: string): never {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** A pair of builders (required, optional) for one kind of field. @internal */
export interface FieldKind<I, O> {
  /** A required field. */
  required(description?: string): Field<I, O>;
  /** An optional field: `undefined`, `null` and blank strings become `undefined`. */
  optional(description?: string): OptionalField<I, O>;
}

function withDescription(json: JsonSchema, description: string | undefined): JsonSchema {
  return description === undefined ? { ...json } : { ...json, description };
}

/** Builds the required/optional builders of a field kind from its JSON Schema and its conversion. @internal */
export function fieldKind<I, O>(json: JsonSchema, expected: string, convert: (v: unknown, ctx: Ctx) => O): FieldKind<I, O> {
  return {
    required(description?: string): Field<I, O> {
      const input = z.custom<I>();
      inputJsonSchemas.add(input, withDescription(json, description));
      return input.transform((v, ctx) => (v === undefined ? fail(ctx, v, `required: expected ${expected}`) : convert(v, ctx)));
    },
    optional(description?: string): OptionalField<I, O> {
      const input = z.custom<I | null | undefined>();
      inputJsonSchemas.add(input, withDescription(json, description));
      return input.transform((v, ctx) => (isBlank(v) ? undefined : convert(v, ctx))).optional();
    },
  };
}

const ID_EXPECTED = 'an id (a non-empty string or an integer)';

/** Ids: non-empty trimmed strings; safe integers become their decimal string. @internal */
export const ID: FieldKind<string | number, string> = /* @__PURE__ */ fieldKind(
  { anyOf: [{ type: 'string', pattern: '\\S' }, { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }] },
  ID_EXPECTED,
  (v, ctx) => {
    if (typeof v === 'string') {
      const s = v.trim();
      return s === '' ? fail(ctx, v, 'an id must not be empty') : s;
    }
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    return fail(ctx, v, `expected ${ID_EXPECTED}, got ${describe(v)}`);
  },
);

/** Free text: trimmed, non-empty; finite numbers become strings (a phone number sent as a JSON number). @internal */
export const TEXT: FieldKind<string, string> = /* @__PURE__ */ fieldKind({ type: 'string', pattern: '\\S' }, 'a non-empty string', (v, ctx) => {
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? fail(ctx, v, 'must not be empty') : s;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return fail(ctx, v, `expected a string, got ${describe(v)}`);
});

const DATE_EXPECTED = 'a date (ISO 8601 string, Date or epoch milliseconds)';

/** Dates: `Date`, ISO 8601 string (date-only = UTC midnight), `YYYYMMDD` or epoch ms → `Date` (via `toDate`). @internal */
export const DATE: FieldKind<Date | string | number, Date> = /* @__PURE__ */ fieldKind(
  { type: 'string', format: 'date-time' },
  DATE_EXPECTED,
  (v, ctx) => {
    if (!(v instanceof Date) && typeof v !== 'string' && typeof v !== 'number') return fail(ctx, v, `expected ${DATE_EXPECTED}, got ${describe(v)}`);
    try {
      return toDate(v);
    } catch (e) {
      return fail(ctx, v, e instanceof Error ? e.message : `expected ${DATE_EXPECTED}, got ${describe(v)}`);
    }
  },
);

/** Canonical decimal string of an amount in the JSON Schema. @internal */
export const DECIMAL_PATTERN = '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$';

const MONEY_EXPECTED = 'an amount (a finite number, a decimal string or a Decimal)';

/** Money: number, decimal string, bigint or `Decimal` → `Decimal` (via `money`). @internal */
export const MONEY: FieldKind<MoneyInput, Money> = /* @__PURE__ */ fieldKind(
  { anyOf: [{ type: 'number' }, { type: 'string', pattern: DECIMAL_PATTERN }] },
  MONEY_EXPECTED,
  (v, ctx) => {
    try {
      return money(v as MoneyInput);
    } catch (e) {
      return fail(ctx, v, e instanceof Error ? e.message : `expected ${MONEY_EXPECTED}, got ${describe(v)}`);
    }
  },
);

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Numbers: finite numbers, or decimal strings such as `'9'`, `' 4.5 '`, `'1e3'` (not hex, not blank). @internal */
export const NUMBER: FieldKind<number | string, number> = /* @__PURE__ */ fieldKind({ type: 'number' }, 'a finite number', (v, ctx) => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : fail(ctx, v, `expected a finite number, got ${describe(v)}`);
  if (typeof v === 'string') {
    const s = v.trim();
    const x = NUMERIC.test(s) ? Number(s) : NaN;
    return Number.isFinite(x) ? x : fail(ctx, v, `expected a number, got ${describe(v)}`);
  }
  return fail(ctx, v, `expected a finite number, got ${describe(v)}`);
});

/** An enumeration of lowercase string values; input is trimmed and compared case-insensitively. @internal */
export function enumKind<T extends string>(values: readonly T[], what: string): FieldKind<T, T> {
  const expected = `${what} (one of ${values.join(', ')})`;
  return fieldKind<T, T>({ type: 'string', enum: [...values] }, expected, (v, ctx) => {
    if (typeof v === 'string') {
      const s = v.trim().toLowerCase() as T;
      if (values.includes(s)) return s;
    }
    return fail(ctx, v, `expected ${expected}, got ${describe(v)}`);
  });
}

/** ISO 4217 currency codes: three letters, trimmed and upper-cased (`'cny'` → `'CNY'`). @internal */
export const CURRENCY: FieldKind<string, string> = /* @__PURE__ */ fieldKind(
  { type: 'string', pattern: '^[A-Z]{3}$' },
  'an ISO 4217 currency code (3 letters)',
  (v, ctx) => {
    if (typeof v === 'string') {
      const s = v.trim().toUpperCase();
      if (/^[A-Z]{3}$/.test(s)) return s;
    }
    return fail(ctx, v, `expected an ISO 4217 currency code (3 letters, e.g. CNY), got ${describe(v)}`);
  },
);

/** A value of the free-form `attributes` of an entity. */
export type AttributeValue = string | number | boolean | null;

/** Keys refused in `attributes`: writing them onto a plain object can reach or shadow its prototype. @internal */
export const FORBIDDEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Attributes: a plain object of string keys to string, finite number, boolean or null. The keys `__proto__`,
 * `constructor` and `prototype` are refused with an issue at `[..., key]`; the output is a fresh plain object.
 * @internal
 */
export const ATTRIBUTES: FieldKind<Record<string, AttributeValue>, Record<string, AttributeValue>> = /* @__PURE__ */ fieldKind(
  {
    type: 'object',
    propertyNames: { not: { enum: [...FORBIDDEN_KEYS] } },
    additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
  },
  'an object of attributes',
  (v, ctx) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Date) {
      return fail(ctx, v, `expected an object of attributes, got ${describe(v)}`);
    }
    const src = v as Record<string, unknown>;
    const keys = Object.keys(src);
    const out: Record<string, AttributeValue> = {};
    let ok = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        ctx.issues.push({ code: 'custom', message: `attribute key ${JSON.stringify(key)} is not allowed`, input: key, path: [key] });
        ok = false;
        continue;
      }
      const x = src[key];
      if (typeof x === 'string' || typeof x === 'boolean' || x === null || (typeof x === 'number' && Number.isFinite(x))) {
        out[key] = x;
      } else {
        ctx.issues.push({
          code: 'custom',
          message: `an attribute must be a string, finite number, boolean or null, got ${describe(x)}`,
          input: x,
          path: [key],
        });
        ok = false;
      }
    }
    return ok ? out : z.NEVER;
  },
);
