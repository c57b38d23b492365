import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { TransactionSchema } from '../../src/model/transaction.js';

const base = { customerId: 'c1', occurredAt: '2024-05-01', amount: 10 };
const paths = (input: unknown): unknown[] => TransactionSchema.safeParse(input).error?.issues.map((i) => i.path) ?? [];

describe('TransactionSchema', () => {
  it('parses and coerces every field', () => {
    const t = TransactionSchema.parse({
      id: 9001,
      customerId: ' c1 ',
      occurredAt: '2024-05-01T08:00:00+08:00',
      amount: ' 19.90 ',
      currency: ' cny ',
      quantity: '2',
      channel: ' tmall ',
    });
    expect(t.id).toBe('9001');
    expect(t.customerId).toBe('c1');
    expect(t.occurredAt.toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(Decimal.isDecimal(t.amount)).toBe(true);
    expect(t.amount.toString()).toBe('19.9');
    expect(t.currency).toBe('CNY');
    expect(t.quantity).toBe(2);
    expect(t.channel).toBe('tmall');
  });

  it('amounts are exact decimals from numbers, strings, bigints and Decimals; refunds may be negative', () => {
    expect(TransactionSchema.parse({ ...base, amount: 0.1 }).amount.plus(0.2).toString()).toBe('0.3');
    expect(TransactionSchema.parse({ ...base, amount: '-5.50' }).amount.toString()).toBe('-5.5');
    expect(TransactionSchema.parse({ ...base, amount: 12n }).amount.toString()).toBe('12');
    expect(TransactionSchema.parse({ ...base, amount: new Decimal('1.005') }).amount.toString()).toBe('1.005');
    expect(JSON.stringify(TransactionSchema.parse({ ...base, amount: '19.99' }).amount)).toBe('"19.99"');
  });

  it('reports bad fields at their paths with the money/date messages', () => {
    expect(paths({})).toEqual([['customerId'], ['occurredAt'], ['amount']]);
    expect(paths({ ...base, amount: '1,234.50' })).toEqual([['amount']]);
    expect(TransactionSchema.safeParse({ ...base, amount: '1,234.50' }).error!.issues[0]!.message).toMatch(/decimal point/);
    expect(paths({ ...base, amount: NaN })).toEqual([['amount']]);
    expect(paths({ ...base, amount: '' })).toEqual([['amount']]);
    expect(paths({ ...base, amount: {} })).toEqual([['amount']]);
    expect(paths({ ...base, currency: 'yuan' })).toEqual([['currency']]);
    expect(paths({ ...base, currency: 'C1Y' })).toEqual([['currency']]);
    expect(paths({ ...base, currency: 156 })).toEqual([['currency']]);
    expect(paths({ ...base, quantity: '2 pcs' })).toEqual([['quantity']]);
    expect(paths({ ...base, occurredAt: '2024-13-01' })).toEqual([['occurredAt']]);
  });

  it('optional fields may be blank or null', () => {
    const t = TransactionSchema.parse({ ...base, id: '', currency: ' ', quantity: null, channel: '' });
    expect(t.amount.toString()).toBe('10');
    expect({ ...t, amount: undefined }).toEqual({ customerId: 'c1', occurredAt: new Date('2024-05-01T00:00:00Z') });
    expect(JSON.stringify(t)).toBe('{"customerId":"c1","occurredAt":"2024-05-01T00:00:00.000Z","amount":"10"}');
  });
});
