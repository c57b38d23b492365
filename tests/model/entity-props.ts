/**
 * Properties every entity schema must have, run by each <entity>.prop.test.ts:
 * generated valid inputs parse; the output survives a JSON round trip (dates → ISO strings, Decimal → string)
 * back to the same value; parsing is idempotent on that JSON; an invalid value put in any one field gives
 * issues under that field's path only.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import type * as z from 'zod';

export function entityProperties(
  schema: z.ZodType,
  valid: fc.Arbitrary<Record<string, unknown>>,
  invalidValues: Readonly<Record<string, readonly unknown[]>>,
): void {
  it('generated valid inputs parse, and the JSON of the output parses back to the same value', () => {
    fc.assert(
      fc.property(valid, (input) => {
        const a = schema.safeParse(input);
        if (!a.success) throw new Error(JSON.stringify(a.error.issues));
        const json = JSON.stringify(a.data);
        const b = schema.parse(JSON.parse(json));
        expect(JSON.stringify(b)).toBe(json);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(valid, (input) => {
        const before = structuredClone(input);
        schema.parse(input);
        expect(input).toEqual(before);
      }),
    );
  });

  it('an invalid value in any one field gives issues at that field only', () => {
    const fields = Object.keys(invalidValues);
    fc.assert(
      fc.property(
        valid,
        fc.constantFrom(...fields).chain((f) => fc.tuple(fc.constant(f), fc.constantFrom(...invalidValues[f]!))),
        (input, [field, bad]) => {
          const r = schema.safeParse({ ...input, [field]: bad });
          expect(r.success).toBe(false);
          const paths = r.error!.issues.map((i) => i.path);
          expect(paths.length).toBeGreaterThan(0);
          for (const p of paths) expect(p[0]).toBe(field);
        },
      ),
    );
  });
}

/** The epoch ms a Date / ISO string / epoch-ms input denotes (ISO strings here always carry `Z`). */
export function timeOf(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  return Date.parse(v as string);
}

/** The id an id input denotes. */
export function idOf(v: unknown): string {
  return typeof v === 'number' ? String(v) : (v as string).trim();
}
