import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEntity, parseWith, safeParseEntity, safeParseWith } from '../../src/model/validate.js';
import { CustomerSchema } from '../../src/model/customer.js';
import { JourneyEventSchema } from '../../src/model/journey-event.js';
import { isCxError } from '../../src/core/errors.js';
import { customerInput, journeyEventInput } from './arbitraries.js';

const pathSeg = fc.oneof(fc.string({ maxLength: 5 }), fc.nat(1000));

describe('parse helpers (properties)', () => {
  it('parseWith throws iff safeParseWith fails, and the thrown path is the first issue path', () => {
    fc.assert(
      fc.property(fc.oneof(customerInput as fc.Arbitrary<unknown>, fc.anything()), fc.array(pathSeg, { maxLength: 3 }), (value, prefix) => {
        const r = safeParseWith(CustomerSchema, value, { path: prefix });
        let thrown: unknown;
        try {
          expect(parseWith(CustomerSchema, value, { path: prefix })).toEqual(r.success ? r.data : undefined);
        } catch (e) {
          thrown = e;
        }
        expect(thrown === undefined).toBe(r.success);
        if (!r.success) {
          expect(isCxError(thrown, 'VALIDATION_FAILED')).toBe(true);
          expect((thrown as { path: unknown }).path).toEqual(r.issues[0]!.path);
          expect((thrown as { details: { issues: unknown } }).details.issues).toEqual(r.issues);
          for (const issue of r.issues) expect(issue.path.slice(0, prefix.length)).toEqual(prefix);
        }
      }),
    );
  });

  it('an issue path is the prefix followed by the zod path', () => {
    fc.assert(
      fc.property(customerInput, fc.array(pathSeg, { maxLength: 3 }), (input, prefix) => {
        const bad = { ...input, createdAt: 'never' };
        const r = safeParseWith(CustomerSchema, bad, { path: prefix });
        expect(r.success ? [] : r.issues.map((i) => i.path)).toEqual([[...prefix, 'createdAt']]);
      }),
    );
  });

  it('parseEntity and safeParseEntity agree with the entity schema', () => {
    fc.assert(
      fc.property(fc.oneof(journeyEventInput as fc.Arbitrary<unknown>, fc.anything()), (value) => {
        const r = JourneyEventSchema.safeParse(value);
        const s = safeParseEntity('journey-event', value);
        expect(s.success).toBe(r.success);
        if (r.success) {
          expect(JSON.stringify(parseEntity('journey-event', value))).toBe(JSON.stringify(r.data));
          expect(s.success && JSON.stringify(s.data)).toBe(JSON.stringify(r.data));
        } else {
          expect(s.success ? [] : s.issues.map((i) => i.path)).toEqual(r.error.issues.map((i) => i.path.map((p) => (typeof p === 'number' ? p : String(p)))));
        }
      }),
    );
  });
});
