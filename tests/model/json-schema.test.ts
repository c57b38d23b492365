import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/model/json-schema.js';
import { ENTITY_NAMES, entitySchema, isEntityName, type EntityName } from '../../src/model/entities.js';
import { check } from './json-schema-check.js';

type Obj = Record<string, unknown>;

/** A canonical valid document of each entity, as a producer would send it in JSON. */
const EXAMPLES: Record<EntityName, Obj> = {
  customer: { id: 'c-1', createdAt: '2024-03-01T00:00:00Z', name: '李雷', email: 'li@example.com', phone: '+86 138 0013 8000', attributes: { city: 'Shanghai', vip: true, score: 3.5, ref: null } },
  transaction: { id: 17, customerId: 'c-1', occurredAt: '2024-05-01T08:00:00+08:00', amount: '19.90', currency: 'CNY', quantity: 2, channel: 'tmall' },
  'survey-response': { customerId: 'c-1', respondedAt: '2024-05-02T10:00:00Z', metric: 'csat', score: 4, scale: { min: 1, max: 5 }, touchpointId: 'tp-app', journeyStage: 'use' },
  'journey-event': { customerId: 1001, occurredAt: '2024-05-01T09:00:00.250Z', type: 'visit', touchpointId: 'tp-web', stage: 'awareness' },
  touchpoint: { id: 'tp-store', name: { 'zh-CN': '门店', en: 'Store' }, channel: 'offline', kind: 'store', stages: ['purchase', 'use'] },
  'feedback-case': {
    id: 'f-9',
    customerId: 'c-1',
    category: 'delivery',
    severity: 'high',
    events: [
      { state: 'received', at: '2024-05-01T09:00:00Z' },
      { state: 'resolved', at: '2024-05-02T09:00:00Z' },
    ],
    satisfaction: 4,
  },
};

/** The documents are invalid in type or enumeration (something JSON Schema can state). */
const INVALID: Record<EntityName, Obj> = {
  customer: { id: true },
  transaction: { customerId: 'c', occurredAt: '2024-05-01T00:00:00Z', amount: '1,5' },
  'survey-response': { respondedAt: '2024-05-01T00:00:00Z', metric: 'nss', score: 1 },
  'journey-event': { customerId: 'c', occurredAt: '2024-05-01T00:00:00Z', type: ' ' },
  touchpoint: { id: 't', name: { en: 'x' }, channel: 'online', kind: 'web' },
  'feedback-case': { id: 'f', events: [] },
};

const REQUIRED: Record<EntityName, string[]> = {
  customer: ['id'],
  transaction: ['customerId', 'occurredAt', 'amount'],
  'survey-response': ['respondedAt', 'metric', 'score'],
  'journey-event': ['customerId', 'occurredAt', 'type'],
  touchpoint: ['id', 'name', 'channel', 'kind'],
  'feedback-case': ['id', 'events'],
};

describe('jsonSchemaOf', () => {
  it('ENTITY_NAMES and isEntityName agree', () => {
    expect(ENTITY_NAMES).toEqual(['customer', 'transaction', 'survey-response', 'journey-event', 'touchpoint', 'feedback-case']);
    for (const n of ENTITY_NAMES) expect(isEntityName(n)).toBe(true);
    expect(isEntityName('constructor')).toBe(false);
    expect(isEntityName(1)).toBe(false);
  });

  for (const name of ENTITY_NAMES) {
    describe(name, () => {
      const schema = jsonSchemaOf(name) as Obj;

      it('is a draft 2020-12 object schema with the properties of the zod shape and the required fields', () => {
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.type).toBe('object');
        expect(typeof schema.title).toBe('string');
        expect(typeof schema.description).toBe('string');
        expect(Object.keys(schema.properties as Obj)).toEqual(Object.keys(entitySchema(name).shape));
        expect(schema.required).toEqual(REQUIRED[name]);
        expect(schema.additionalProperties).toBeUndefined(); // unknown keys are allowed (and dropped by zod)
        for (const p of Object.values(schema.properties as Record<string, Obj>)) expect(typeof p.description).toBe('string');
      });

      it('a valid example satisfies the JSON Schema and parses with the zod schema', () => {
        expect(check(schema, EXAMPLES[name])).toEqual([]);
        expect(entitySchema(name).safeParse(EXAMPLES[name]).success).toBe(true);
      });

      it('an invalid example fails both', () => {
        expect(check(schema, INVALID[name])).not.toEqual([]);
        expect(entitySchema(name).safeParse(INVALID[name]).success).toBe(false);
      });

      it('returns a fresh object each call', () => {
        const a = jsonSchemaOf(name) as Obj;
        (a.properties as Obj).injected = { type: 'null' };
        expect(((jsonSchemaOf(name) as Obj).properties as Obj).injected).toBeUndefined();
      });
    });
  }

  it('describes dates, money, ids and enumerations in their canonical wire form', () => {
    const t = (jsonSchemaOf('transaction') as Obj).properties as Record<string, Obj>;
    expect(t.occurredAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(t.amount).toMatchObject({ anyOf: [{ type: 'number' }, { type: 'string', pattern: '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$' }] });
    expect(t.customerId).toMatchObject({ anyOf: [{ type: 'string' }, { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }] });
    expect(t.currency).toMatchObject({ type: 'string', pattern: '^[A-Z]{3}$' });
    const tp = (jsonSchemaOf('touchpoint') as Obj).properties as Record<string, Obj>;
    expect(tp.kind).toMatchObject({ type: 'string', enum: ['website', 'app', 'social', 'email', 'chat', 'store', 'hotline', 'event', 'field-service', 'other'] });
    expect(tp.stages).toMatchObject({ type: 'array', default: [] });
  });

  it('flags personal fields with x-personal-data', () => {
    const props = (jsonSchemaOf('customer') as Obj).properties as Record<string, Obj>;
    const flagged = Object.keys(props).filter((k) => props[k]!['x-personal-data'] === true);
    expect(flagged).toEqual(['name', 'email', 'phone']);
  });

  it('refuses prototype-polluting attribute keys in JSON Schema too', () => {
    const schema = jsonSchemaOf('customer') as Obj;
    expect(check(schema, JSON.parse('{"id":"c","attributes":{"__proto__":1}}'))).not.toEqual([]);
  });

  it('throws INVALID_ARGUMENT for an unknown entity', () => {
    expect(() => jsonSchemaOf('order' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['name'] }));
  });
});
