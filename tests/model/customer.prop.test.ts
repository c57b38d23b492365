import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CustomerSchema } from '../../src/model/customer.js';
import { customerInput } from './arbitraries.js';
import { entityProperties, idOf, timeOf } from './entity-props.js';

describe('CustomerSchema (properties)', () => {
  entityProperties(CustomerSchema, customerInput, {
    id: [true, '', '  ', 1.5, {}, null, undefined],
    createdAt: ['not a date', '2024-02-30', true, {}, NaN],
    name: [{}, true, []],
    email: [{}, false],
    phone: [[], true],
    attributes: ['x', 1, [], { a: {} }, { a: [1] }, { a: Infinity }],
  });

  it('coerces ids, dates and text to what the input denotes', () => {
    fc.assert(
      fc.property(customerInput, (input) => {
        const c = CustomerSchema.parse(input);
        expect(c.id).toBe(idOf(input.id));
        if (input.createdAt !== undefined) expect(c.createdAt!.getTime()).toBe(timeOf(input.createdAt));
        if (input.name !== undefined) expect(c.name).toBe(input.name.trim());
        if (input.attributes !== undefined) expect(c.attributes).toEqual(input.attributes);
      }),
    );
  });

  it('no key from the input reaches a prototype', () => {
    fc.assert(
      fc.property(customerInput, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue(), (input, key, v) => {
        const raw = JSON.parse(`{"${key}":${JSON.stringify(v)},"attributes":{"${key}":{"polluted":1}}}`) as object;
        const r = CustomerSchema.safeParse({ ...input, ...raw });
        expect(r.success).toBe(false);
        expect(r.error!.issues.map((i) => i.path)).toEqual([['attributes', key]]);
        const ok = CustomerSchema.parse({ ...input, ...JSON.parse(`{"${key}":{"polluted":1}}`) });
        expect(Object.getPrototypeOf(ok)).toBe(Object.prototype);
        expect((ok as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });
});
