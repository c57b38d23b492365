import { describe, expect, it } from 'vitest';
import { CustomerSchema, type CustomerInput } from '../../src/model/customer.js';

const paths = (input: unknown): unknown[] => CustomerSchema.safeParse(input).error?.issues.map((i) => i.path) ?? [];

describe('CustomerSchema', () => {
  it('parses a full record and coerces ids, dates and text', () => {
    const input: CustomerInput = {
      id: ' c-001 ',
      createdAt: '2024-03-01T10:15:00+08:00',
      name: ' 李雷 ',
      email: 'li@example.com',
      phone: 13800138000 as unknown as string,
      attributes: { city: 'Shanghai', tier: 2, vip: true, referrer: null },
    };
    const c = CustomerSchema.parse(input);
    expect(c).toEqual({
      id: 'c-001',
      createdAt: new Date('2024-03-01T02:15:00.000Z'),
      name: '李雷',
      email: 'li@example.com',
      phone: '13800138000',
      attributes: { city: 'Shanghai', tier: 2, vip: true, referrer: null },
    });
  });

  it('needs only an id; integer ids become strings', () => {
    expect(CustomerSchema.parse({ id: 42 })).toEqual({ id: '42' });
    expect(CustomerSchema.parse({ id: -7 }).id).toBe('-7');
  });

  it('accepts Date, date-only, YYYYMMDD and epoch-ms dates', () => {
    const utcMidnight = Date.UTC(2024, 2, 1);
    for (const createdAt of [new Date(utcMidnight), '2024-03-01', '20240301', utcMidnight, '2024-03-01T00:00:00Z']) {
      expect(CustomerSchema.parse({ id: 'c', createdAt }).createdAt?.getTime()).toBe(utcMidnight);
    }
  });

  it('reads null and blank optional fields as absent', () => {
    const c = CustomerSchema.parse({ id: 'c', createdAt: null, name: '  ', email: '', phone: null, attributes: null });
    expect(c.createdAt).toBeUndefined();
    expect(c.name).toBeUndefined();
    expect(c.email).toBeUndefined();
    expect(c.phone).toBeUndefined();
    expect(c.attributes).toBeUndefined();
  });

  it('drops unknown keys (CSV rows carry extra columns)', () => {
    expect(CustomerSchema.parse({ id: 'c', segment: 'gold' })).toEqual({ id: 'c' });
  });

  it('reports each bad field at its path', () => {
    expect(paths({})).toEqual([['id']]);
    expect(paths({ id: '   ' })).toEqual([['id']]);
    expect(paths({ id: 1.5 })).toEqual([['id']]);
    expect(paths({ id: 2 ** 60 })).toEqual([['id']]);
    expect(paths({ id: true })).toEqual([['id']]);
    expect(paths({ id: 'c', createdAt: '2024-02-30' })).toEqual([['createdAt']]);
    expect(paths({ id: 'c', createdAt: true })).toEqual([['createdAt']]);
    expect(paths({ id: 'c', email: {} })).toEqual([['email']]);
    expect(paths({ id: 'c', attributes: [] })).toEqual([['attributes']]);
    expect(paths({ id: 'c', attributes: { a: {} } })).toEqual([['attributes', 'a']]);
    expect(paths({ id: 'c', attributes: { a: Infinity, b: 1 } })).toEqual([['attributes', 'a']]);
    expect(paths({ id: null, createdAt: 'x' })).toEqual([['id'], ['createdAt']]);
    expect(paths(null)).toEqual([[]]);
  });

  it('gives messages a person can act on', () => {
    const issues = CustomerSchema.safeParse({ createdAt: 'yesterday', id: true }).error!.issues;
    expect(issues[0]!.message).toBe('expected an id (a non-empty string or an integer), got boolean');
    expect(issues[1]!.message).toMatch(/yesterday/);
    expect(CustomerSchema.safeParse({}).error!.issues[0]!.message).toBe('required: expected an id (a non-empty string or an integer)');
  });

  it('keeps __proto__ and constructor away from prototypes (top level and attributes)', () => {
    const top = JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"id":"c1"}') as unknown;
    const c = CustomerSchema.parse(top);
    expect(c).toEqual({ id: 'c1' });
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(c)).toEqual(['id']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const raw = JSON.parse(`{"id":"c1","attributes":{"${key}":{"polluted":1},"ok":1}}`) as unknown;
      const r = CustomerSchema.safeParse(raw);
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.path)).toEqual([['attributes', key]]);
      expect(r.error!.issues[0]!.message).toBe(`attribute key "${key}" is not allowed`);
    }
    // the same key with a primitive value is refused too
    expect(CustomerSchema.safeParse(JSON.parse('{"id":"c1","attributes":{"__proto__":"x"}}')).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();

    const ok = CustomerSchema.parse({ id: 'c1', attributes: { ok: 1 } });
    expect(Object.getPrototypeOf(ok.attributes)).toBe(Object.prototype);
  });

  it('does not mutate its input and copies attributes', () => {
    const attributes = { a: 1 };
    const input = { id: ' c ', attributes };
    const c = CustomerSchema.parse(input);
    expect(input).toEqual({ id: ' c ', attributes: { a: 1 } });
    expect(c.attributes).not.toBe(attributes);
  });
});
