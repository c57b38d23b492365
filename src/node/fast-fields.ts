/**
 * A faster way through the cxkit entity schemas for flat rows: each field converted by the same rule as its
 * model field (`src/model/fields.ts`: ids trimmed, dates via `toDate`, amounts via `money`, …). A row the fast path cannot convert is handed to zod, so the
 * records and the issues are exactly zod's; the fast path only ever accepts what zod accepts (a property test
 * compares the two on random rows).
 *
 * Internal to `cxkit/node`.
 *
 * @module
 */
import { toDate } from '../core/time.js';
import { money, type MoneyInput } from '../core/money.js';
import { SURVEY_METRICS } from '../model/labels.js';
import { TransactionSchema } from '../model/transaction.js';
import { CustomerSchema } from '../model/customer.js';
import { JourneyEventSchema } from '../model/journey-event.js';
import { SurveyResponseSchema } from '../model/survey-response.js';

/** Returned by a converter for a value it cannot convert. @internal */
export const FAIL: unique symbol = Symbol('cxkit.fail');

/** A field converter: the converted value, or {@link FAIL}. @internal */
export type Convert = (v: unknown) => unknown;

type Kind = 'id' | 'text' | 'date' | 'money' | 'number' | 'metric' | 'currency';

interface EntityPlan {
  /** The fields in the schema's order, with their kind and whether they may be absent. */
  readonly fields: readonly (readonly [key: string, kind: Kind, optional: boolean])[];
  /** Fields of the schema the fast path does not convert (nested ones): rows that use them go to zod. */
  readonly others: readonly string[];
  /** A check across fields (the schema's refinement), on a converted record. */
  readonly check?: (record: Record<string, unknown>) => boolean;
}

const PLANS = new Map<unknown, EntityPlan>([
  [
    TransactionSchema,
    {
      fields: [
        ['id', 'id', true],
        ['customerId', 'id', false],
        ['occurredAt', 'date', false],
        ['amount', 'money', false],
        ['currency', 'currency', true],
        ['quantity', 'number', true],
        ['channel', 'text', true],
      ],
      others: [],
    },
  ],
  [
    CustomerSchema,
    {
      fields: [
        ['id', 'id', false],
        ['createdAt', 'date', true],
        ['name', 'text', true],
        ['email', 'text', true],
        ['phone', 'text', true],
      ],
      others: ['attributes'],
    },
  ],
  [
    JourneyEventSchema,
    {
      fields: [
        ['customerId', 'id', false],
        ['occurredAt', 'date', false],
        ['type', 'text', false],
        ['touchpointId', 'id', true],
        ['stage', 'id', true],
      ],
      others: [],
    },
  ],
  [
    SurveyResponseSchema,
    {
      fields: [
        ['id', 'id', true],
        ['customerId', 'id', true],
        ['respondedAt', 'date', false],
        ['metric', 'metric', false],
        ['score', 'number', false],
        ['touchpointId', 'id', true],
        ['journeyStage', 'id', true],
      ],
      others: ['scale', 'attributes'],
      // The schema's refinement for rows without a scale: an nps score is an integer 0–10.
      check: (r) => r.metric !== 'nps' || (Number.isInteger(r.score) && (r.score as number) >= 0 && (r.score as number) <= 10),
    },
  ],
]);

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function idOrText(v: unknown, integersOnly: boolean): unknown {
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? FAIL : s;
  }
  if (typeof v === 'number' && (integersOnly ? Number.isSafeInteger(v) : Number.isFinite(v))) return String(v);
  return FAIL;
}

/**
 * The converters, by kind. They keep no state: dates and plain decimal amounts are read character by character by
 * `toDate` and `money` themselves (a per-read cache of parsed values was slower: looking a fresh string up in a
 * big table costs more than reading it).
 */
const KINDS: Readonly<Record<Kind, Convert>> = {
  id: (v) => idOrText(v, true),
  text: (v) => idOrText(v, false),
  date: (v) => {
    if (typeof v !== 'string' && typeof v !== 'number' && !(v instanceof Date)) return FAIL;
    try {
      return toDate(v);
    } catch {
      return FAIL;
    }
  },
  money: (v) => {
    try {
      return money(v as MoneyInput);
    } catch {
      return FAIL;
    }
  },
  number: (v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : FAIL;
    if (typeof v !== 'string') return FAIL;
    const s = v.trim();
    const x = NUMERIC.test(s) ? Number(s) : NaN;
    return Number.isFinite(x) ? x : FAIL;
  },
  metric: (v) => {
    if (typeof v !== 'string') return FAIL;
    const s = v.trim().toLowerCase();
    return (SURVEY_METRICS as readonly string[]).includes(s) ? s : FAIL;
  },
  currency: (v) => {
    if (typeof v !== 'string') return FAIL;
    const s = v.trim().toUpperCase();
    return CURRENCY.test(s) ? s : FAIL;
  },
};

/** A compiled fast path for one schema and one set of input keys. @internal */
export interface FastPlan {
  /** Output keys, in the schema's order. */
  readonly keys: readonly string[];
  /** Converter of each output key. */
  readonly convert: readonly Convert[];
  /** Input key (or column index) of each output key. */
  readonly from: readonly (string | number)[];
  /** Fields the fast path leaves to zod: a record that has one of them goes to zod. */
  readonly others: readonly string[];
  /** The cross-field check, if any. */
  readonly check: ((record: Record<string, unknown>) => boolean) | undefined;
  /**
   * The same conversion for a row of cells, compiled into one function with an object literal (one hidden class,
   * no keyed stores): about twice as fast as {@link runPlan} on cells.
   */
  readonly row: (cells: readonly unknown[]) => Record<string, unknown> | null;
}

function wrap(convert: Convert, optional: boolean): Convert {
  return optional ? (v) => (isBlank(v) ? undefined : convert(v)) : (v) => (v === undefined ? FAIL : convert(v));
}

/**
 * The fast path of `schema` for rows whose fields come from `sources` (field → column index for CSV rows, or
 * field → itself for objects), or `null` when the schema is not one of the flat cxkit entities or a column maps
 * to a field the fast path does not convert (for objects that is checked row by row instead).
 * @internal
 */
export function fastPlan(schema: unknown, sources: ReadonlyMap<string, string | number>, objects = false): FastPlan | null {
  const entity = PLANS.get(schema);
  if (entity === undefined) return null;
  if (!objects) for (const key of sources.keys()) if (entity.others.includes(key)) return null;
  const keys: string[] = [];
  const convert: Convert[] = [];
  const bare: Convert[] = [];
  const optionals: boolean[] = [];
  const from: (string | number)[] = [];
  for (const [key, kind, optional] of entity.fields) {
    const src = sources.get(key);
    if (src === undefined) {
      if (!optional) return null; // zod reports the missing field on every row
      continue;
    }
    keys.push(key);
    convert.push(wrap(KINDS[kind], optional));
    bare.push(KINDS[kind]);
    optionals.push(optional);
    from.push(src);
  }
  const plan = { keys, convert, from, others: entity.others, check: entity.check };
  return { ...plan, row: compileRow(plan, bare, optionals) };
}

/**
 * Compiles the plan for rows of cells: `function (c) { const v0 = f0(c[3]); if (v0 === FAIL) return null; …
 * return { key0: v0, … } }`. The generated text holds only the plan's own field names (quoted with
 * `JSON.stringify`) and column numbers, never data.
 */
function compileRow(plan: Omit<FastPlan, 'row'>, bare: readonly Convert[], optionals: readonly boolean[]): FastPlan['row'] {
  const n = plan.keys.length;
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    // The rules of `wrap`, inlined: an optional blank cell is absent, a missing required one fails.
    const x = `x${k}`;
    lines.push(`const ${x} = c[${Number(plan.from[k])}];`);
    if (optionals[k]) lines.push(`const v${k} = ${x} === undefined || ${x} === null || (typeof ${x} === 'string' && ${x}.trim() === '') ? undefined : f${k}(${x});`);
    else lines.push(`if (${x} === undefined) return null; const v${k} = f${k}(${x});`);
    lines.push(`if (v${k} === FAIL) return null;`);
  }
  const literal = plan.keys.map((key, k) => `${JSON.stringify(key)}: v${k}`).join(', ');
  const body = `return function row(c) {\n${lines.join('\n')}\nconst out = { ${literal} };\nreturn check === undefined || check(out) ? out : null;\n};`;
  const params = [...plan.keys.map((_, k) => `f${k}`), 'FAIL', 'check'];
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled from the plan's own field names, see above
  const make = new Function(...params, body) as (...args: unknown[]) => FastPlan['row'];
  return make(...bare, FAIL, plan.check);
}

/**
 * Converts one row (an array of cells, or an object) by the plan: the record, or `null` when the row must go to
 * zod.
 * @internal
 */
export function runPlan(plan: FastPlan, row: readonly unknown[] | Readonly<Record<string, unknown>>, isObject: boolean): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const { keys, convert, from } = plan;
  if (isObject) {
    const obj = row as Readonly<Record<string, unknown>>;
    for (let k = 0; k < plan.others.length; k++) if (Object.hasOwn(obj, plan.others[k]!)) return null;
    for (let k = 0; k < keys.length; k++) {
      const src = from[k] as string;
      if (!Object.hasOwn(obj, src)) {
        if (convert[k]!(undefined) === FAIL) return null;
        continue;
      }
      const v = convert[k]!(obj[src]);
      if (v === FAIL) return null;
      out[keys[k]!] = v;
    }
  } else {
    const cells = row as readonly unknown[];
    for (let k = 0; k < keys.length; k++) {
      const v = convert[k]!(cells[from[k] as number]);
      if (v === FAIL) return null;
      out[keys[k]!] = v;
    }
  }
  return plan.check === undefined || plan.check(out) ? out : null;
}
