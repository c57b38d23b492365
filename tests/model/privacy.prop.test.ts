import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CustomerSchema } from '../../src/model/customer.js';
import { createPseudonymizer, createRedactor, personalFields, pseudonymize, redact } from '../../src/model/privacy.js';
import { customerInput } from './arbitraries.js';

const PERSONAL = ['name', 'email', 'phone'];

describe('redact (properties)', () => {
  it('drop: no personal field is left, every other field is kept as is', () => {
    expect(personalFields(CustomerSchema).map((p) => p.join('.'))).toEqual(PERSONAL);
    fc.assert(
      fc.property(customerInput, fc.boolean(), (input, parsed) => {
        const rec: Record<string, unknown> = parsed ? CustomerSchema.parse(input) : input;
        const out = redact(rec, CustomerSchema) as Record<string, unknown>;
        for (const k of PERSONAL) expect(Object.prototype.hasOwnProperty.call(out, k)).toBe(false);
        for (const k of Object.keys(rec)) if (!PERSONAL.includes(k)) expect(out[k]).toBe(rec[k]);
      }),
    );
  });

  it('mask: every present personal value becomes the mask, absent ones stay absent', () => {
    fc.assert(
      fc.property(customerInput, fc.string({ maxLength: 5 }), (input, mask) => {
        const out = redact(input, CustomerSchema, { mode: 'mask', mask }) as Record<string, unknown>;
        for (const k of PERSONAL) {
          if ((input as Record<string, unknown>)[k] === undefined) expect(out[k]).toBeUndefined();
          else expect(out[k]).toBe(mask);
        }
        expect(Object.keys(out)).toEqual(Object.keys(input));
      }),
    );
  });

  it('is idempotent, and createRedactor agrees with redact', () => {
    const strip = createRedactor(CustomerSchema);
    fc.assert(
      fc.property(customerInput, (input) => {
        const once = redact(input, CustomerSchema);
        expect(redact(once, CustomerSchema)).toEqual(once);
        expect(strip(input)).toEqual(once);
      }),
    );
  });
});

describe('pseudonymize (properties)', () => {
  const key = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.uint8Array({ minLength: 1, maxLength: 80 }));

  it('is 64 lowercase hex characters, deterministic per key, and agrees with createPseudonymizer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), key, async (id, k) => {
        const a = await pseudonymize(id, k);
        expect(a).toMatch(/^[0-9a-f]{64}$/);
        expect(await pseudonymize(id, k)).toBe(a);
        expect(await createPseudonymizer(k)(id)).toBe(a);
      }),
      { numRuns: 50 },
    );
  });

  it('differs across keys and across ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), async (id1, id2, k1, k2) => {
        fc.pre(id1 !== id2 && k1 !== k2);
        // distinct UTF-8 keys (HMAC pads short keys with zeros, so k and k + '\0' coincide: excluded)
        fc.pre(k1.replace(/\0+$/, '') !== k2.replace(/\0+$/, ''));
        expect(await pseudonymize(id1, k1)).not.toBe(await pseudonymize(id1, k2));
        expect(await pseudonymize(id1, k1)).not.toBe(await pseudonymize(id2, k1));
      }),
      { numRuns: 50 },
    );
  });
});
