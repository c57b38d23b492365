/** Type-level tests of the model (checked by tsc; the runtime assertions are trivial). */
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import type { Customer, CustomerInput } from '../../src/model/customer.js';
import type { Transaction, TransactionInput } from '../../src/model/transaction.js';
import type { SurveyResponse } from '../../src/model/survey-response.js';
import type { Touchpoint } from '../../src/model/touchpoint.js';
import type { FeedbackCase, FeedbackEvent } from '../../src/model/feedback-case.js';
import type { JourneyEvent } from '../../src/model/journey-event.js';
import type { Entity, EntityInput } from '../../src/model/entities.js';
import type { AttributeValue } from '../../src/model/fields.js';
import type { FeedbackState, Severity, SurveyMetric, TouchpointKind } from '../../src/model/labels.js';
import { parseEntity } from '../../src/model/validate.js';

describe('model types', () => {
  it('outputs carry the coerced types', () => {
    expectTypeOf<Customer['id']>().toEqualTypeOf<string>();
    expectTypeOf<Customer['createdAt']>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<Customer['attributes']>().toEqualTypeOf<Record<string, AttributeValue> | undefined>();
    expectTypeOf<Transaction['amount']>().toEqualTypeOf<Decimal>();
    expectTypeOf<Transaction['occurredAt']>().toEqualTypeOf<Date>();
    expectTypeOf<Transaction['quantity']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SurveyResponse['metric']>().toEqualTypeOf<SurveyMetric>();
    expectTypeOf<SurveyResponse['score']>().toEqualTypeOf<number>();
    expectTypeOf<Touchpoint['kind']>().toEqualTypeOf<TouchpointKind>();
    expectTypeOf<Touchpoint['stages']>().toEqualTypeOf<string[]>();
    expectTypeOf<FeedbackEvent>().toEqualTypeOf<{ state: FeedbackState; at: Date }>();
    expectTypeOf<FeedbackCase['severity']>().toEqualTypeOf<Severity | undefined>();
    expectTypeOf<JourneyEvent['touchpointId']>().toEqualTypeOf<string | undefined>();
  });

  it('inputs accept what arrives from outside', () => {
    expectTypeOf<{ id: number }>().toExtend<CustomerInput>();
    expectTypeOf<{ id: string; createdAt: null; name: null }>().toExtend<CustomerInput>();
    expectTypeOf<{ customerId: number; occurredAt: number; amount: string }>().toExtend<TransactionInput>();
    expectTypeOf<{ customerId: string; occurredAt: Date; amount: Decimal }>().toExtend<TransactionInput>();
    expectTypeOf<{ id: boolean }>().not.toExtend<CustomerInput>();
  });

  it('entity names map to their types', () => {
    expectTypeOf<Entity<'customer'>>().toEqualTypeOf<Customer>();
    expectTypeOf<EntityInput<'transaction'>>().toEqualTypeOf<TransactionInput>();
    expectTypeOf(parseEntity<'journey-event'>).returns.toEqualTypeOf<JourneyEvent>();
  });
});
