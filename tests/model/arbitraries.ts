/**
 * fast-check arbitraries of valid inputs for the model schemas, in the varied forms data arrives in (numeric
 * ids, epoch ms, numeric strings, upper-case enumerations, padded strings). Shared by the *.prop.test.ts files.
 */
import fc from 'fast-check';
import { CHANNELS, FEEDBACK_STATES, SEVERITIES, TOUCHPOINT_KINDS } from '../../src/model/labels.js';

const pad = (s: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('', ' ', '  '), s, fc.constantFrom('', ' ', '\t')).map(([a, b, c]) => a + b + c);

/** Ids: padded word strings or safe integers. */
export const idInput: fc.Arbitrary<string | number> = fc.oneof(pad(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/)), fc.integer({ min: -1e6, max: 1e12 }));

/** Non-blank text (any unicode), possibly padded. */
export const textInput: fc.Arbitrary<string> = pad(fc.string({ minLength: 1, maxLength: 16, unit: 'grapheme' }).filter((s) => s.trim() !== ''));

/** A valid Date between 1970 and 2100. */
export const dateValue: fc.Arbitrary<Date> = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });

/** A date as a Date, an ISO string or epoch ms. */
export const dateInput: fc.Arbitrary<Date | string | number> = dateValue.chain((d) => fc.constantFrom<Date | string | number>(new Date(d), d.toISOString(), d.getTime()));

/** Amounts: integers, numbers with cents, decimal strings. */
export const moneyInput: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e8, max: 1e8 }).map((c) => c / 100),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => `${String(i)}.${String(f).padStart(4, '0')}`),
);

/** Finite numbers, as numbers or numeric strings. */
export const numberInput = (min: number, max: number): fc.Arbitrary<number | string> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).chain((x) => fc.constantFrom<number | string>(x, String(x), ` ${String(x)} `));

/** An enumeration value in random case, possibly padded. */
export const enumInput = (values: readonly string[]): fc.Arbitrary<string> =>
  fc.constantFrom(...values).chain((v) => pad(fc.constantFrom(v, v.toUpperCase(), v.charAt(0).toUpperCase() + v.slice(1))));

/** Attributes: safe keys to string, finite number, boolean or null. */
export const attributesInput: fc.Arbitrary<Record<string, string | number | boolean | null>> = fc.dictionary(
  fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype'),
  fc.oneof(fc.string({ maxLength: 8 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  { maxKeys: 5, noNullPrototype: true },
);

export const customerInput = fc.record(
  { id: idInput, createdAt: dateInput, name: textInput, email: textInput, phone: textInput, attributes: attributesInput },
  { requiredKeys: ['id'] },
);

export const transactionInput = fc.record(
  {
    id: idInput,
    customerId: idInput,
    occurredAt: dateInput,
    amount: moneyInput,
    currency: pad(fc.stringMatching(/^[A-Za-z]{3}$/)),
    quantity: numberInput(-100, 1000),
    channel: textInput,
  },
  { requiredKeys: ['customerId', 'occurredAt', 'amount'] },
);

export const journeyEventInput = fc.record(
  { customerId: idInput, occurredAt: dateInput, type: textInput, touchpointId: idInput, stage: idInput },
  { requiredKeys: ['customerId', 'occurredAt', 'type'] },
);

export const touchpointInput = fc.record(
  {
    id: idInput,
    name: fc.record({ 'zh-CN': textInput, en: textInput }),
    channel: enumInput(CHANNELS),
    kind: enumInput(TOUCHPOINT_KINDS),
    stages: fc.array(idInput, { maxLength: 4 }),
  },
  { requiredKeys: ['id', 'name', 'channel', 'kind'] },
);

const npsPart = fc.record({ metric: fc.constantFrom('nps', 'NPS', ' Nps '), score: fc.integer({ min: 0, max: 10 }).chain((s) => fc.constantFrom<number | string>(s, String(s))) });
const scaledPart = fc
  .tuple(enumInput(['csat', 'ces', 'attribute'] as const), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([metric, min, width, t]) => ({ metric, scale: { min, max: min + width }, score: Math.min(min + width, min + t * width) }));
const unscaledPart = fc.record({ metric: enumInput(['csat', 'ces', 'attribute'] as const), score: numberInput(-1e6, 1e6) });

export const surveyResponseInput = fc
  .tuple(
    fc.oneof(npsPart, scaledPart, unscaledPart),
    fc.record({ id: idInput, customerId: idInput, respondedAt: dateInput, touchpointId: idInput, journeyStage: idInput, attributes: attributesInput }, { requiredKeys: ['respondedAt'] }),
  )
  .map(([a, b]) => ({ ...b, ...a }));

export const feedbackCaseInput = fc
  .tuple(
    fc.record(
      { id: idInput, customerId: idInput, category: textInput, severity: enumInput(SEVERITIES), satisfaction: numberInput(0, 10) },
      { requiredKeys: ['id'] },
    ),
    fc.array(fc.tuple(enumInput(FEEDBACK_STATES), dateValue, fc.nat(2)), { minLength: 1, maxLength: 6 }),
  )
  .map(([c, raw]) => {
    const sorted = [...raw].sort((x, y) => x[1].getTime() - y[1].getTime());
    const events = sorted.map(([state, d, form]) => ({ state, at: form === 0 ? new Date(d) : form === 1 ? d.toISOString() : d.getTime() }));
    return { ...c, events };
  });
