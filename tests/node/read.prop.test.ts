/**
 * Properties of readRecords / readAll: CSV round trip (cells written with RFC 4180 quoting come back as written),
 * the records and line numbers do not depend on how the input is cut into chunks (text or UTF-8 bytes, cuts
 * inside characters included), and readAll is readRecords collected.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import { readAll, readRecords, formatOfPath } from '../../src/node/index.js';

const cell = fc.string({ unit: fc.constantFrom('a', 'x', ',', '"', '\n', ' ', '门', '😀'), maxLength: 6 });
const quote = (s: string): string => (/[",\n\r]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s);
const table = fc.record({
  rows: fc.array(fc.tuple(cell, cell), { maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
});
// Rows whose first cell holds an `x` are invalid.
const schema = z.object({ a: z.string().regex(/^[^x]*$/), b: z.string() });

function serialise(t: { rows: [string, string][]; eol: string; bom: boolean; finalEol: boolean }): string {
  const lines = ['a,b', ...t.rows.map(([a, b]) => `${quote(a)},${quote(b)}`)];
  return (t.bom ? '\uFEFF' : '') + lines.join(t.eol) + (t.finalEol ? t.eol : '');
}

function cut<T extends { length: number; slice(a: number, b: number): T }>(x: T, cuts: number[]): T[] {
  const at = [...new Set(cuts.map((c) => c % (x.length + 1)))].sort((p, q) => p - q);
  const out: T[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(x.slice(prev, c));
    prev = c;
  }
  out.push(x.slice(prev, x.length));
  return out;
}

describe('readRecords properties', () => {
  it('round-trips quoted CSV and numbers lines the same for every cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 8 }), async (t, cuts) => {
        const text = serialise(t);
        const whole = await readAll([text], { schema, format: 'csv' });
        // Round trip: the valid records are the rows without an x in `a`, cell for cell.
        const want = t.rows.filter(([a]) => !a.includes('x')).map(([a, b]) => ({ a, b }));
        expect(whole.records).toEqual(want);
        // Lines: the header is line 1, each row starts after the line breaks of the rows before it.
        let line = 2;
        const badLines: number[] = [];
        for (const [a, b] of t.rows) {
          if (a.includes('x')) badLines.push(line);
          line += 1 + (a + b).split('\n').length - 1;
        }
        expect(whole.errors.map((e) => e.line)).toEqual(badLines);
        const byText = await readAll(cut(text, cuts), { schema, format: 'csv' });
        const byBytes = await readAll(cut(new TextEncoder().encode(text), cuts), { schema, format: 'csv' });
        for (const other of [byText, byBytes]) {
          expect(other.records).toEqual(whole.records);
          expect(other.errors).toEqual(whole.errors);
        }
      }),
    );
  });

  it('reads NDJSON and JSON arrays the same for every cut into chunks', async () => {
    const value = fc.record({ k: fc.string({ unit: fc.constantFrom('a', '[', ']', '{', '}', ',', '"', '\\', '\n', '门'), maxLength: 5 }), n: fc.integer() });
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), async (values, cuts, pretty) => {
        const nd = values.map((v) => JSON.stringify(v)).join('\n');
        const arr = JSON.stringify(values, null, pretty ? 2 : undefined);
        const s = z.object({ k: z.string(), n: z.number() });
        for (const [text, format] of [
          [nd, 'ndjson'],
          [arr, 'json'],
        ] as const) {
          const whole = await readAll([text], { schema: s, format });
          expect(whole.records).toEqual(values);
          const pieces = await readAll(cut(text, cuts), { schema: s, format });
          expect(pieces.records).toEqual(values);
        }
      }),
    );
  });

  it('readAll is readRecords collected', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const text = serialise(t);
        const reader = readRecords([text], { schema, format: 'csv' });
        const got: unknown[] = [];
        for await (const r of reader) got.push(r);
        const all = await readAll([text], { schema, format: 'csv' });
        expect(all.records).toEqual(got);
        expect(all.errors).toEqual(reader.errors);
        expect(all.stats).toEqual(reader.stats);
        expect(all.stats.valid + all.stats.invalid).toBe(all.stats.rows);
      }),
    );
  });

  it('formatOfPath ignores the case of the extension and the rest of the path', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('csv', 'tsv', 'ndjson', 'jsonl', 'json', 'xlsx'), (base, ext) => {
        expect(formatOfPath(`${base}.${ext.toUpperCase()}`)).toBe(formatOfPath(`x.${ext}`));
      }),
    );
  });
});
