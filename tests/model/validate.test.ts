import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseEntity, parseWith, safeParseEntity, safeParseWith } from '../../src/model/validate.js';
import { CustomerSchema } from '../../src/model/customer.js';
import { cxErrorOf as thrown } from '../helpers/errors.js';

describe('parseWith / safeParseWith', () => {
  it('returns the parsed value', () => {
    expect(parseWith(CustomerSchema, { id: 7 })).toEqual({ id: '7' });
    expect(safeParseWith(CustomerSchema, { id: 7 })).toEqual({ success: true, data: { id: '7' } });
  });

  it('throws VALIDATION_FAILED with the first path, a message naming it, and every issue in details', () => {
    const e = thrown(() => parseWith(CustomerSchema, { id: '', createdAt: 'x', attributes: { a: [] } }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.path).toEqual(['id']);
    expect(e.message).toBe('id: an id must not be empty (and 2 more issues)');
    const issues = (e.details as { issues: { path: unknown[]; code: string }[] }).issues;
    expect(issues.map((i) => i.path)).toEqual([['id'], ['createdAt'], ['attributes', 'a']]);
    expect(issues.every((i) => i.code === 'custom')).toBe(true);
    expect(JSON.parse(JSON.stringify(e.toJSON()))).toMatchObject({ code: 'VALIDATION_FAILED', path: ['id'] });
  });

  it('says "1 more issue" in the singular and nothing for a single issue', () => {
    expect(thrown(() => parseWith(CustomerSchema, { id: '', createdAt: 'x' })).message).toMatch(/\(and 1 more issue\)$/);
    expect(thrown(() => parseWith(CustomerSchema, {})).message).toBe('id: required: expected an id (a non-empty string or an integer)');
  });

  it('prefixes paths (e.g. a row number) and formats them', () => {
    const e = thrown(() => parseWith(CustomerSchema, { id: 'c', attributes: { a: {} } }, { path: ['rows', 17] }));
    expect(e.path).toEqual(['rows', 17, 'attributes', 'a']);
    expect(e.message).toMatch(/^rows\[17\]\.attributes\.a: /);
    expect(safeParseWith(CustomerSchema, { id: '' }, { path: ['rows', 2] })).toEqual({
      success: false,
      issues: [{ path: ['rows', 2, 'id'], message: 'an id must not be empty', code: 'custom' }],
    });
  });

  it('works with any zod schema and maps zod codes; a whole-input failure has an empty path', () => {
    const r = safeParseWith(z.object({ n: z.number().min(0) }), { n: -1 });
    expect(r).toEqual({ success: false, issues: [{ path: ['n'], message: expect.any(String) as unknown, code: 'too_small' }] });
    const e = thrown(() => parseWith(z.number(), 'x'));
    expect(e.path).toEqual([]);
    expect(e.message).toMatch(/^\(input\): /);
    const sym = Symbol('k');
    const rs = safeParseWith(z.object({ [sym]: z.string() }), {});
    expect(rs.success).toBe(false);
    if (!rs.success) expect(rs.issues[0]!.path).toEqual(['Symbol(k)']); // symbols become strings (plain JSON)
  });
});

describe('parseEntity / safeParseEntity', () => {
  it('dispatches on the entity name', () => {
    expect(parseEntity('journey-event', { customerId: 1, occurredAt: '2024-05-01', type: 'visit' }).customerId).toBe('1');
    const r = safeParseEntity('transaction', { customerId: 'c1', occurredAt: '2024-05-01', amount: 'abc' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path)).toEqual([['amount']]);
    expect(safeParseEntity('customer', { id: 'c' })).toEqual({ success: true, data: { id: 'c' } });
  });

  it('throws VALIDATION_FAILED for bad data and INVALID_ARGUMENT for an unknown entity', () => {
    expect(thrown(() => parseEntity('feedback-case', { id: 'f', events: [] })).path).toEqual(['events']);
    expect(thrown(() => parseEntity('order' as never, {})).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => safeParseEntity('__proto__' as never, {})).code).toBe('INVALID_ARGUMENT');
  });
});
