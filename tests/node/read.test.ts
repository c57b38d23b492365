/**
 * readRecords / readAll on the hand-written fixtures in tests/fixtures/ingest (see its README for what each line
 * holds) and on inline inputs. Expected values are read off the fixture text by hand.
 */
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { readAll, readRecords, formatOfPath, type ReadProgress } from '../../src/node/index.js';
import { TransactionSchema } from '../../src/model/transaction.js';
import { JourneyEventSchema } from '../../src/model/journey-event.js';
import { SurveyResponseSchema } from '../../src/model/survey-response.js';
import { CustomerSchema } from '../../src/model/customer.js';
import { isCxError } from '../../src/core/errors.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'ingest', name);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('readRecords on CSV', () => {
  it('reads the messy fixture: BOM, CRLF, quoted newline, bad rows with their lines and columns', async () => {
    const r = await readAll(fixture('transactions-messy.csv'), { schema: TransactionSchema });
    expect(r.records.map((t) => t.id)).toEqual(['t1', 't3', 't7']);
    expect(r.records[0]).toStrictEqual({
      id: 't1',
      customerId: 'c1',
      occurredAt: new Date('2024-05-01T00:00:00Z'),
      amount: r.records[0]!.amount,
      currency: 'CNY',
      channel: 'online',
    });
    expect(r.records[0]!.amount.toString()).toBe('19.9');
    expect(r.records[1]!.channel).toBe('store\r\nnorth');
    expect(r.records[2]!.currency).toBe('USD');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'amount'],
      [6, 'customer_id'],
      [8, 'occurred_at'],
      [9, undefined],
    ]);
    expect(r.errors[0]!.message).toMatch(/^amount: an amount must use '\.'/);
    expect(r.errors[3]!.message).toBe('expected 7 fields, got 4');
    expect(r.errors[1]!.raw).toEqual(Object.assign(Object.create(null) as object, {
      id: 't4', customer_id: '', occurred_at: '2024-05-04', amount: '7', currency: 'CNY', channel: 'online', ['__proto__']: '',
    }));
    expect(r.stats).toEqual({ rows: 7, valid: 3, invalid: 4, bytes: 308 });
    // The `__proto__` column reached no prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype);
  });

  it('gives the same records for LF, CRLF and CR line ends, with or without a BOM', async () => {
    const lf = 'customerId,occurredAt,amount\nc1,2024-05-01,1\n"c\n2",2024-05-02,2\nc3,bad,3\n';
    const variants = [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), `\uFEFF${lf}`, `\uFEFF${lf.replace(/\n/g, '\r\n')}`];
    for (const text of variants) {
      const r = await readAll([text], { schema: TransactionSchema });
      expect(r.records.map((t) => t.amount.toNumber())).toEqual([1, 2]);
      expect(r.errors.map((e) => e.line)).toEqual([5]);
    }
  });

  it('numbers lines across quoted line breaks and chunk boundaries', async () => {
    const text = 'customerId,occurredAt,amount\n"a\n\nb",2024-05-01,1\nc,2024-05-01,x\n"d",2024-05-01,"2"\ne,2024-05-01,y\n';
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 3) chunks.push(text.slice(i, i + 3));
    const r = await readAll(chunks, { schema: TransactionSchema, format: 'csv' });
    expect(r.records.map((t) => t.customerId)).toEqual(['a\n\nb', 'd']);
    expect(r.errors.map((e) => e.line)).toEqual([5, 7]);
  });

  it('decodes UTF-8 split inside a character across byte chunks', async () => {
    const bytes = new TextEncoder().encode('\uFEFFcustomerId,occurredAt,amount,channel\n客户一,2024-05-01,1,门店\n');
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    const r = await readAll(Readable.from(chunks), { schema: TransactionSchema });
    expect(r.records[0]).toMatchObject({ customerId: '客户一', channel: '门店' });
  });

  it('reports an unterminated quote at the end of the input', async () => {
    const r = await readAll(['customerId,occurredAt,amount\nc1,2024-05-01,1\n"c2,2024-05-01,2\n'], { schema: TransactionSchema });
    expect(r.records).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, message: 'malformed CSV: quoted field unterminated' });
  });

  it('maps columns explicitly, drops columns mapped to "", and fills nested fields from dotted names', async () => {
    const r = await readAll(['who;when;score;metric;lo;hi;junk\nc1;2024-05-01;4;csat;1;5;x\nc2;2024-05-01;6;csat;1;5;x\n'], {
      schema: SurveyResponseSchema,
      columns: { who: 'customerId', when: 'respondedAt', lo: 'scale.min', hi: 'scale.max', junk: '' },
    });
    expect(r.records).toEqual([{ customerId: 'c1', respondedAt: new Date('2024-05-01T00:00:00Z'), score: 4, metric: 'csat', scale: { min: 1, max: 5 } }]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 'score', message: 'score: score 6 is outside the scale 1–5' });
  });

  it('uses tab for .tsv files and reads the header loosely (Customer ID → customerId)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxkit-read-'));
    const file = join(dir, 'orders.tsv');
    writeFileSync(file, 'Customer ID\tOccurred-At\tAMOUNT\nc1\t2024-05-01\t3.5\n');
    const r = await readAll(file, { schema: TransactionSchema });
    expect(r.records[0]).toMatchObject({ customerId: 'c1' });
    expect(r.records[0]!.amount.toString()).toBe('3.5');
  });

  it('fails at line 1 when a required field has no column, or two columns map to one field', async () => {
    const e = await rejection(readAll(['customerId,amount\nc1,1\n'], { schema: TransactionSchema }));
    expect(isCxError(e, 'VALIDATION_FAILED')).toBe(true);
    expect((e as Error).message).toMatch(/^line 1: no column for the required field "occurredAt"/);
    const d = await rejection(readAll(['customer_id,customerId,occurredAt,amount\n'], { schema: TransactionSchema }));
    expect((d as { path: unknown }).path).toEqual([1]);
  });

  it('runs any zod schema per record', async () => {
    const schema = z.object({ name: z.string().min(2), n: z.coerce.number().int() });
    const r = await readAll(['name,n\nab,1\nx,2\ncd,2.5\n'], { schema });
    expect(r.records).toEqual([{ name: 'ab', n: 1 }]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'name'],
      [4, 'n'],
    ]);
  });

  it('goes through zod for customers with attribute columns', async () => {
    const r = await readAll(['id,attributes.city,attributes.__proto__\nc1,Shanghai,\n'], { schema: CustomerSchema });
    expect(r.records).toEqual([]);
    expect(r.errors[0]!.message).toBe('attributes.__proto__: attribute key "__proto__" is not allowed');
    const ok = await readAll(['id,attributes.city\nc1,Shanghai\n'], { schema: CustomerSchema });
    expect(ok.records).toEqual([{ id: 'c1', attributes: { city: 'Shanghai' } }]);
  });
});

describe('readRecords on NDJSON and JSON', () => {
  it('reads NDJSON with line numbers, skipping blank lines', async () => {
    const r = await readAll(fixture('events.ndjson'), { schema: JourneyEventSchema });
    expect(r.records.map((e) => [e.customerId, e.type])).toEqual([
      ['c1', 'visit'],
      ['c1', 'signup'],
      ['7', 'purchase'],
    ]);
    expect(r.records[2]!.occurredAt.toISOString()).toBe('2024-05-01T08:00:00.000Z');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [4, undefined],
      [5, 'occurredAt'],
    ]);
    expect(r.errors[0]!.message).toMatch(/^invalid JSON: /);
    expect(r.errors[0]!.raw).toBe('{"customerId":"c2","occurredAt":"2024-05-02","type":"visit"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a JSON array element by element, with the line each element starts on', async () => {
    const r = await readAll(fixture('responses.json'), { schema: SurveyResponseSchema });
    expect(r.records.map((x) => x.metric)).toEqual(['nps', 'csat', 'ces']);
    expect(r.records[1]!.scale).toEqual({ min: 1, max: 5 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 'score', message: 'score: an nps score must be an integer 0–10, got 11' });
  });

  it('reads a JSON document that is not an array as one record, and reports broken arrays', async () => {
    const one = await readAll(['{ "customerId": "c1",\n "occurredAt": "2024-05-01", "type": "visit" }'], { schema: JourneyEventSchema, format: 'json' });
    expect(one.records).toHaveLength(1);
    const empty = await readAll(['  [ ]  '], { schema: JourneyEventSchema });
    expect(empty.stats.rows).toBe(0);
    const holes = await readAll(['[{"a":1},\n,{"b":2},]'], { schema: z.object({}).loose() });
    expect(holes.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'invalid JSON: an empty array element'],
      [2, 'invalid JSON: an empty array element'],
    ]);
    expect(holes.records).toHaveLength(2);
    expect(isCxError(await rejection(readAll(['[{"a":1}'], { schema: z.any(), format: 'json' })), 'VALIDATION_FAILED')).toBe(true);
    expect(isCxError(await rejection(readAll(['[1] 2'], { schema: z.any() })), 'VALIDATION_FAILED')).toBe(true);
  });

  it('sniffs the format of a stream: [ → JSON, a JSON first line → NDJSON, else CSV', async () => {
    expect((await readAll(['[1,2]'], { schema: z.number() })).records).toEqual([1, 2]);
    expect((await readAll(['1\n2\n'], { schema: z.coerce.number(), columns: {} })).stats.rows).toBe(1);
    expect((await readAll(['{"a":1}\n{"a":2}'], { schema: z.object({ a: z.number() }) })).records).toEqual([{ a: 1 }, { a: 2 }]);
    expect((await readAll(['{"a":\n1}'], { schema: z.object({ a: z.number() }) })).records).toEqual([{ a: 1 }]);
  });

  it('renames JSON keys with columns', async () => {
    const r = await readAll(['{"cid":"c1","ts":"2024-05-01","amt":"2.5"}\n'], { schema: TransactionSchema, columns: { cid: 'customerId', ts: 'occurredAt', amt: 'amount' } });
    expect(r.records[0]!.amount.toString()).toBe('2.5');
  });
});

describe('readRecords behaviour', () => {
  const text = 'customerId,occurredAt,amount\nc1,2024-05-01,1\nc2,bad,2\nc3,2024-05-01,3\nc4,bad,4\n';

  it('throws at the first invalid record with onError: throw, after handing out the valid ones before it', async () => {
    const seen: string[] = [];
    const e = await rejection(
      (async () => {
        for await (const t of readRecords([text], { schema: TransactionSchema, onError: 'throw' })) seen.push(t.customerId);
      })(),
    );
    expect(seen).toEqual(['c1']);
    expect(isCxError(e, 'VALIDATION_FAILED')).toBe(true);
    expect((e as { path: unknown }).path).toEqual([3, 'occurredAt']);
    expect((e as Error).message).toMatch(/^line 3: occurredAt: /);
  });

  it('keeps at most maxErrors issues but counts them all', async () => {
    const r = await readAll([text], { schema: TransactionSchema, maxErrors: 1 });
    expect(r.errors.map((x) => x.line)).toEqual([3]);
    expect(r.stats.invalid).toBe(2);
  });

  it('reports progress after each chunk and once at the end, with the file size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxkit-read-'));
    const file = join(dir, 'big.csv');
    const rows = ['customerId,occurredAt,amount'];
    for (let i = 0; i < 20_000; i++) rows.push(`c${i},2024-05-01,${i}`);
    writeFileSync(file, rows.join('\n'));
    const calls: ReadProgress[] = [];
    const r = await readAll(file, { schema: TransactionSchema, onProgress: (p) => calls.push(p) });
    expect(r.stats.valid).toBe(20_000);
    expect(calls.length).toBeGreaterThan(2);
    const last = calls[calls.length - 1]!;
    expect(last).toMatchObject({ done: true, valid: 20_000, bytes: last.totalBytes });
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.bytes).toBeGreaterThanOrEqual(calls[i - 1]!.bytes);
  });

  it('iterates record by record and batch by batch to the same records, once only', async () => {
    const a: string[] = [];
    const reader = readRecords([text], { schema: TransactionSchema });
    for await (const t of reader) a.push(t.customerId);
    const b: string[] = [];
    for await (const batch of readRecords([text], { schema: TransactionSchema }).batches()) for (const t of batch) b.push(t.customerId);
    expect(a).toEqual(['c1', 'c3']);
    expect(b).toEqual(a);
    expect(() => reader[Symbol.asyncIterator]()).toThrow(/only once/);
  });

  it('closes the stream when the iteration breaks off', async () => {
    const stream = Readable.from(['customerId,occurredAt,amount\n', 'c1,2024-05-01,1\n', 'c2,2024-05-01,2\n', 'c3,2024-05-01,3\n']);
    for await (const t of readRecords(stream, { schema: TransactionSchema, format: 'csv' })) {
      expect(t.customerId).toBe('c1');
      break;
    }
    expect(stream.destroyed).toBe(true);
  });

  it('rejects bad options at once and unreadable sources when read', async () => {
    const bad = (o: unknown): unknown => {
      try {
        readRecords([''], o as never);
      } catch (e) {
        return e;
      }
      return null;
    };
    expect((bad(null) as { path: unknown }).path).toEqual(['options']);
    expect((bad({ schema: {} }) as { path: unknown }).path).toEqual(['options', 'schema']);
    expect((bad({ schema: z.any(), format: 'xml' }) as { path: unknown }).path).toEqual(['options', 'format']);
    expect((bad({ schema: z.any(), onError: 'skip' }) as { path: unknown }).path).toEqual(['options', 'onError']);
    expect((bad({ schema: z.any(), delimiter: '' }) as { path: unknown }).path).toEqual(['options', 'delimiter']);
    expect((bad({ schema: z.any(), columns: [] }) as { path: unknown }).path).toEqual(['options', 'columns']);
    expect((bad({ schema: z.any(), columns: { a: 1 } }) as { path: unknown }).path).toEqual(['options', 'columns', 'a']);
    expect((bad({ schema: z.any(), maxErrors: -1 }) as { path: unknown }).path).toEqual(['options', 'maxErrors']);
    expect((bad({ schema: z.any(), onProgress: 1 }) as { path: unknown }).path).toEqual(['options', 'onProgress']);
    const missing = await rejection(readAll(join(tmpdir(), 'no-such-dir-cxkit', 'x.csv'), { schema: z.any() }));
    expect(isCxError(missing, 'INVALID_ARGUMENT')).toBe(true);
    expect((missing as { path: unknown }).path).toEqual(['source']);
    expect(isCxError(await rejection(readAll(tmpdir(), { schema: z.any() })), 'INVALID_ARGUMENT')).toBe(true);
    expect(isCxError(await rejection(readAll(42 as never, { schema: z.any() })), 'INVALID_ARGUMENT')).toBe(true);
    expect(isCxError(await rejection(readAll([1 as never], { schema: z.any() })), 'INVALID_ARGUMENT')).toBe(true);
    expect(isCxError(await rejection(readAll(['a\n'], { schema: z.any(), format: 'csv', delimiter: '"' })), 'INVALID_ARGUMENT')).toBe(true);
  });

  it('names formats by extension', () => {
    expect(['a.csv', 'a.TSV', 'a.txt', 'a.ndjson', 'a.JSONL', 'a.json', 'a', 'a.csv.gz'].map(formatOfPath)).toEqual(['csv', 'csv', 'csv', 'ndjson', 'ndjson', 'json', null, null]);
  });
});
