import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TransactionSchema } from '../../src/model/transaction.js';
import { money } from '../../src/core/money.js';
import { transactionInput } from './arbitraries.js';
import { entityProperties, idOf, timeOf } from './entity-props.js';

describe('TransactionSchema (properties)', () => {
  entityProperties(TransactionSchema, transactionInput, {
    id: [true, 0.5, {}],
    customerId: [undefined, null, '', false, 2.5],
    occurredAt: [undefined, 'x', '2024-13-01', false],
    amount: [undefined, null, '', 'abc', '1,5', NaN, Infinity, true, {}],
    currency: ['yuan', 'C1Y', 156, {}],
    quantity: ['two', '0x10', Infinity, true],
    channel: [{}, true],
  });

  it('amount is the exact decimal of the input; currency is upper-cased; ids and dates as denoted', () => {
    fc.assert(
      fc.property(transactionInput, (input) => {
        const t = TransactionSchema.parse(input);
        expect(t.amount.equals(money(input.amount))).toBe(true);
        expect(t.amount.toString()).toBe(money(input.amount).toString());
        expect(t.customerId).toBe(idOf(input.customerId));
        expect(t.occurredAt.getTime()).toBe(timeOf(input.occurredAt));
        if (input.currency !== undefined) expect(t.currency).toBe(input.currency.trim().toUpperCase());
        if (input.quantity !== undefined) expect(t.quantity).toBe(Number(input.quantity));
      }),
    );
  });
});
