import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { CustomerSchema } from '../../src/model/customer.js';
import { TransactionSchema } from '../../src/model/transaction.js';
import {
  createPseudonymizer,
  createRedactor,
  isPersonalField,
  markPersonal,
  personalData,
  personalFields,
  pseudonymize,
  redact,
} from '../../src/model/privacy.js';

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g)!.map((b) => parseInt(b, 16)));

describe('personal-data marking', () => {
  it('Customer marks name, email and phone, with their kinds', () => {
    expect(personalFields(CustomerSchema)).toEqual([['name'], ['email'], ['phone']]);
    expect(personalData.get(CustomerSchema.shape.email)).toEqual({ kind: 'email' });
    expect(isPersonalField(CustomerSchema.shape.name)).toBe(true);
    expect(isPersonalField(CustomerSchema.shape.id)).toBe(false);
    expect(personalFields(TransactionSchema)).toEqual([]);
  });

  it('finds marks through wrappers, nested objects, arrays, unions, intersections and recursion', () => {
    const email = markPersonal(z.string(), 'email');
    const Contact = z.object({ email, label: z.string() });
    interface Node {
      name: string;
      children: Node[];
    }
    const Tree: z.ZodType<Node> = z.lazy(() => z.object({ name: markPersonal(z.string(), 'name'), children: z.array(Tree) }));
    const S = z.object({
      id: z.string(),
      contact: Contact.optional(),
      history: z.array(Contact).nullable(),
      phones: z.array(markPersonal(z.string(), 'phone')),
      either: z.union([z.object({ a: email }), z.object({ b: z.number() })]),
      both: z.intersection(z.object({ x: email }), z.object({ y: email.default('n/a') })),
      piped: z.string().transform((s) => s.length).pipe(markPersonal(z.number())),
      address: markPersonal(z.object({ street: z.string() }), 'address').optional(),
      tree: Tree,
    });
    expect(personalFields(S)).toEqual([
      ['contact', 'email'],
      ['history', '*', 'email'],
      ['phones'],
      ['either', 'a'],
      ['both', 'x'],
      ['both', 'y'],
      ['piped'],
      ['address'],
      ['tree', 'name'],
    ]);
    expect(isPersonalField(email.optional().nullable())).toBe(true);
    expect(markPersonal(z.string())).toBeInstanceOf(z.ZodString);
    expect(personalData.get(S.shape.piped.out)).toEqual({ kind: 'other' });
  });
});

describe('redact', () => {
  const customer = CustomerSchema.parse({ id: 'c1', createdAt: '2024-01-01', name: 'Li Lei', email: 'li@example.com', attributes: { city: 'Shanghai' } });

  it('drops personal fields by default and keeps the rest', () => {
    expect(redact(customer, CustomerSchema)).toEqual({ id: 'c1', createdAt: new Date('2024-01-01'), attributes: { city: 'Shanghai' } });
    expect(Object.keys(redact(customer, CustomerSchema))).toEqual(['id', 'createdAt', 'attributes']);
  });

  it('masks present personal fields in mask mode, leaving absent ones absent', () => {
    expect(redact(customer, CustomerSchema, { mode: 'mask' })).toEqual({ ...customer, name: '***', email: '***' });
    expect('phone' in redact(customer, CustomerSchema, { mode: 'mask' })).toBe(false);
    expect(redact(customer, CustomerSchema, { mode: 'mask', mask: '[redacted]' }).name).toBe('[redacted]');
  });

  it('never mutates the input and works on raw input too', () => {
    const raw = { id: 7, name: 'x', phone: 123, extra: { deep: 1 } };
    const copy = structuredClone(raw);
    const out = redact(raw, CustomerSchema);
    expect(raw).toEqual(copy);
    expect(out).toEqual({ id: 7, extra: { deep: 1 } });
    expect(out.extra).toBe(raw.extra);
  });

  it('walks nested objects and arrays, leaves non-objects alone', () => {
    const email = markPersonal(z.string(), 'email');
    const S = z.object({ contact: z.object({ email, kind: z.string() }), history: z.array(z.object({ email, at: z.string() })) });
    const rec = { contact: { email: 'a@b', kind: 'home' }, history: [{ email: 'c@d', at: '1' }, null, { at: '2' }] };
    expect(redact(rec, S)).toEqual({ contact: { kind: 'home' }, history: [{ at: '1' }, null, { at: '2' }] });
    expect(redact(rec, S, { mode: 'mask' })).toEqual({ contact: { email: '***', kind: 'home' }, history: [{ email: '***', at: '1' }, null, { at: '2' }] });
    expect(redact({ contact: 'text', history: 'not an array' }, S)).toEqual({ contact: 'text', history: 'not an array' });
    expect(redact({ contact: new Date(0) }, S)).toEqual({ contact: new Date(0) });
  });

  it('copies own __proto__ keys as data, never onto a prototype', () => {
    const raw = JSON.parse('{"__proto__":{"polluted":1},"id":"c1","name":"x"}') as object;
    const out = redact(raw, CustomerSchema);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects bad arguments with INVALID_ARGUMENT and a path', () => {
    expect(() => redact(null as never, CustomerSchema)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['record'] }));
    expect(() => redact('x' as never, CustomerSchema)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => redact({}, CustomerSchema, { mode: 'hide' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'mode'] }));
    expect(() => redact({}, CustomerSchema, { mode: 'mask', mask: 0 as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['options', 'mask'] }));
  });

  it('createRedactor gives the same result as redact', () => {
    const strip = createRedactor(CustomerSchema, { mode: 'mask' });
    expect(strip(customer)).toEqual(redact(customer, CustomerSchema, { mode: 'mask' }));
  });
});

describe('pseudonymize (HMAC-SHA-256)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // RFC 4231 §4.2, §4.3, §4.7 (test cases 1, 2 and 6), HMAC-SHA-256 values.
  it('matches the RFC 4231 test vectors', async () => {
    expect(await pseudonymize('Hi There', hex('0b'.repeat(20)))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(await pseudonymize('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(await pseudonymize('Test Using Larger Than Block-Size Key - Hash Key First', hex('aa'.repeat(131)))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  it('accepts a CryptoKey and the pseudonymizer agrees', async () => {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(await pseudonymize('what do ya want for nothing?', key)).toBe(expected);
    const pseudo = createPseudonymizer('Jefe');
    expect(await pseudo('what do ya want for nothing?')).toBe(expected);
    expect(await pseudo('what do ya want for nothing?')).toBe(expected);
  });

  it('encodes ids as UTF-8', async () => {
    // Node's HMAC over the UTF-8 bytes of the same text: createHmac('sha256', 'k').update('客户-001', 'utf8').digest('hex')
    const { createHmac } = await import('node:crypto');
    expect(await pseudonymize('客户-001', 'k')).toBe(createHmac('sha256', 'k').update('客户-001', 'utf8').digest('hex'));
  });

  it('rejects bad ids and keys with INVALID_ARGUMENT', async () => {
    await expect(pseudonymize(42 as never, 'k')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['id'] });
    await expect(pseudonymize('x', '')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['key'] });
    await expect(pseudonymize('x', new Uint8Array(0))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['key'] });
    await expect(pseudonymize('x', 7 as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['key'] });
    const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);
    await expect(pseudonymize('x', aes)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['key'] });
    expect(() => createPseudonymizer('')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('copies a byte key (later changes to the caller’s array do not matter)', async () => {
    const key = new TextEncoder().encode('Jefe');
    const pseudo = createPseudonymizer(key);
    key.fill(0);
    expect(await pseudo('what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('rejects with UNSUPPORTED without Web Crypto', async () => {
    vi.stubGlobal('crypto', undefined);
    await expect(pseudonymize('x', 'k')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(createPseudonymizer('k')('x')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
