/**
 * Personal data: marking fields of a schema as personal, dropping or masking them before data leaves a trusted
 * boundary, and keyed pseudonymisation of identifiers (HMAC-SHA-256 with Web Crypto).
 *
 * Nothing here logs or sends data anywhere.
 *
 * @module
 */
import * as z from 'zod';
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';

/** What kind of personal data a field holds. `identifier` is a direct identifier such as a national id. */
export type PersonalDataKind = 'name' | 'email' | 'phone' | 'address' | 'identifier' | 'other';

/** Metadata of a field marked as personal data. */
export interface PersonalDataMeta {
  /** What kind of personal data the field holds. */
  readonly kind: PersonalDataKind;
}

/**
 * The zod registry of schemas that hold personal data (a zod 4 registry, separate from zod's global one). The
 * cxkit entity schemas register their personal fields here; register your own with {@link markPersonal}.
 *
 * @example
 * personalData.has(CustomerSchema.shape.email); //=> true
 * personalData.has(CustomerSchema.shape.id); //=> false
 */
export const personalData: z.core.$ZodRegistry<PersonalDataMeta> = /* @__PURE__ */ z.registry<PersonalDataMeta>();

/**
 * Marks `schema` as personal data (registers it in {@link personalData}) and returns the same schema, so it can
 * be used inline in a `z.object` shape. Mark the schema you put in the shape (after `.optional()`).
 *
 * @param kind - what the field holds (default `'other'`).
 * @example
 * const nationalId = markPersonal(CustomerSchema.shape.id.clone(), 'identifier');
 * isPersonalField(nationalId); //=> true
 * isPersonalField(CustomerSchema.shape.id); //=> false
 */
export function markPersonal<T extends z.core.$ZodType>(schema: T, kind: PersonalDataKind = 'other'): T {
  personalData.add(schema, { kind });
  return schema;
}

interface AnyDef {
  readonly type: string;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly left?: z.core.$ZodType;
  readonly right?: z.core.$ZodType;
  readonly getter?: () => z.core.$ZodType;
}

function defOf(schema: z.core.$ZodType): AnyDef {
  return schema._zod.def;
}

/** The schemas a wrapper (optional, nullable, default, pipe, lazy, …) stands for; empty for other schemas. */
function wrapped(def: AnyDef): z.core.$ZodType[] {
  if (def.innerType !== undefined) return [def.innerType];
  if (def.type === 'pipe' && def.in !== undefined && def.out !== undefined) return [def.in, def.out];
  if (def.type === 'lazy' && def.getter !== undefined) return [def.getter()];
  return [];
}

/**
 * True when `schema`, or a schema it wraps (`.optional()`, `.nullable()`, `.default()`, a pipe or transform),
 * is marked as personal data. Does not look inside objects: see {@link personalFields}.
 *
 * @example
 * isPersonalField(CustomerSchema.shape.name); //=> true
 * isPersonalField(CustomerSchema.shape.createdAt); //=> false
 */
export function isPersonalField(schema: z.core.$ZodType): boolean {
  const stack: z.core.$ZodType[] = [schema];
  const seen = new Set<z.core.$ZodType>();
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    if (personalData.has(s)) return true;
    const inner = wrapped(defOf(s));
    for (let i = 0; i < inner.length; i++) stack.push(inner[i]!);
  }
  return false;
}

function collect(schema: z.core.$ZodType, prefix: readonly string[], out: Map<string, string[]>, ancestors: Set<z.core.$ZodType>): void {
  if (ancestors.has(schema)) return; // a recursive (lazy) schema: its fields were collected one level up
  if (isPersonalField(schema)) {
    out.set(JSON.stringify(prefix), [...prefix]);
    return;
  }
  ancestors.add(schema);
  const def = defOf(schema);
  const inner = wrapped(def);
  for (let i = 0; i < inner.length; i++) collect(inner[i]!, prefix, out, ancestors);
  if (def.type === 'object' && def.shape !== undefined) {
    const keys = Object.keys(def.shape);
    for (let i = 0; i < keys.length; i++) collect(def.shape[keys[i]!]!, [...prefix, keys[i]!], out, ancestors);
  } else if (def.type === 'array' && def.element !== undefined) {
    // a marked element marks the whole array; otherwise look inside the elements
    if (isPersonalField(def.element)) out.set(JSON.stringify(prefix), [...prefix]);
    else collect(def.element, [...prefix, '*'], out, ancestors);
  } else if (def.type === 'union' && def.options !== undefined) {
    for (let i = 0; i < def.options.length; i++) collect(def.options[i]!, prefix, out, ancestors);
  } else if (def.type === 'intersection' && def.left !== undefined && def.right !== undefined) {
    collect(def.left, prefix, out, ancestors);
    collect(def.right, prefix, out, ancestors);
  }
  ancestors.delete(schema);
}

/**
 * Paths of the personal-data fields of a schema: object keys, through nested objects, wrappers, unions and
 * arrays (`'*'` stands for every element of an array). A marked array element marks the whole array.
 * Runs in O(size of the schema).
 *
 * @example
 * personalFields(CustomerSchema); //=> [['name'], ['email'], ['phone']]
 */
export function personalFields(schema: z.core.$ZodType): string[][] {
  const out = new Map<string, string[]>();
  collect(schema, [], out, new Set());
  return [...out.values()];
}

/** Options of {@link redact} and {@link createRedactor}. */
export interface RedactOptions {
  /** `'drop'` removes personal fields; `'mask'` replaces each present value with `mask` (default `'drop'`). */
  readonly mode?: 'drop' | 'mask';
  /** The replacement in `'mask'` mode (default `'***'`). */
  readonly mask?: string;
}

interface PathNode {
  leaf: boolean;
  readonly children: Map<string, PathNode>;
}

function buildTree(paths: readonly string[][]): PathNode {
  const root: PathNode = { leaf: false, children: new Map() };
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    let node = root;
    for (let j = 0; j < path.length; j++) {
      let next = node.children.get(path[j]!);
      if (next === undefined) {
        next = { leaf: false, children: new Map() };
        node.children.set(path[j]!, next);
      }
      node = next;
    }
    node.leaf = true;
  }
  return root;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function redactValue(value: unknown, node: PathNode, drop: boolean, mask: string): unknown {
  if (Array.isArray(value)) {
    const each = node.children.get('*');
    return each === undefined ? value : value.map((el: unknown) => redactValue(el, each, drop, mask));
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const [key, child] of node.children) {
    if (!Object.prototype.hasOwnProperty.call(copy, key)) continue;
    if (child.leaf) {
      if (drop) Reflect.deleteProperty(copy, key);
      else if (copy[key] !== undefined) copy[key] = mask;
    } else {
      copy[key] = redactValue(copy[key], child, drop, mask);
    }
  }
  return copy;
}

function checkRecord(record: unknown): asserts record is object {
  if (typeof record !== 'object' || record === null) {
    throw new CxError('INVALID_ARGUMENT', `record must be an object, got ${describe(record)}`, { path: ['record'] });
  }
}

/**
 * Prepares a redaction for one schema (finds its personal fields once) and returns a function that redacts
 * records with it: use it for many records. See {@link redact}.
 *
 * @throws CxError `INVALID_ARGUMENT` when `options.mode` is not `'drop'` or `'mask'`, `options.mask` is not a
 *   string, or (from the returned function) a record is not an object.
 * @example
 * const strip = createRedactor(CustomerSchema);
 * strip({ id: 'c1', name: 'Li Lei', phone: '138' }); //=> { id: 'c1' }
 */
export function createRedactor(schema: z.core.$ZodType, options: RedactOptions = {}): <T extends object>(record: T) => Partial<T> {
  const mode: string = options.mode ?? 'drop';
  if (mode !== 'drop' && mode !== 'mask') {
    throw new CxError('INVALID_ARGUMENT', `mode must be 'drop' or 'mask', got ${describe(mode)}`, { path: ['options', 'mode'] });
  }
  const mask = options.mask ?? '***';
  if (typeof mask !== 'string') throw new CxError('INVALID_ARGUMENT', `mask must be a string, got ${describe(mask)}`, { path: ['options', 'mask'] });
  const tree = buildTree(personalFields(schema));
  const drop = mode === 'drop';
  return <T extends object>(record: T): Partial<T> => {
    checkRecord(record);
    return redactValue(record, tree, drop, mask) as Partial<T>;
  };
}

/**
 * A copy of `record` without its personal data: the fields `schema` marks as personal (see
 * {@link personalFields}) are dropped (`mode: 'drop'`, the default) or their present values replaced by
 * `mask` (`mode: 'mask'`). Works on parsed records and on raw input alike; nested objects and arrays are copied
 * along the way, the input is never mutated, other fields are kept as they are. O(size of the record).
 *
 * The result type is `Partial<T>`: in `'mask'` mode a masked field holds the mask string.
 *
 * @throws CxError `INVALID_ARGUMENT` when `record` is not an object or an option is invalid (see
 *   {@link createRedactor}).
 * @example
 * redact({ id: 'c1', name: 'Li Lei', email: 'li@example.com' }, CustomerSchema); //=> { id: 'c1' }
 * redact({ id: 'c1', name: 'Li Lei' }, CustomerSchema, { mode: 'mask' }); //=> { id: 'c1', name: '***' }
 */
export function redact<T extends object>(record: T, schema: z.core.$ZodType, options: RedactOptions = {}): Partial<T> {
  return createRedactor(schema, options)(record);
}

/** An HMAC key: a secret string (UTF-8), its bytes, or a Web Crypto HMAC SHA-256 `CryptoKey` with `sign` usage. */
export type PseudonymKey = string | Uint8Array | CryptoKey;

function subtle(): SubtleCrypto {
  const c = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto;
  if (c?.subtle === undefined) {
    throw new CxError('UNSUPPORTED', 'Web Crypto (globalThis.crypto.subtle) is not available: use Node ≥ 20 or a browser in a secure context');
  }
  return c.subtle;
}

function isCryptoKey(key: unknown): key is CryptoKey {
  return typeof key === 'object' && key !== null && 'algorithm' in key && 'type' in key && 'usages' in key;
}

/** Checks a key and returns its raw bytes (copied), or the CryptoKey itself. */
function keyMaterial(key: unknown): Uint8Array<ArrayBuffer> | CryptoKey {
  if (typeof key === 'string') {
    if (key === '') throw new CxError('INVALID_ARGUMENT', 'key must not be empty', { path: ['key'] });
    return new TextEncoder().encode(key);
  }
  if (key instanceof Uint8Array) {
    if (key.length === 0) throw new CxError('INVALID_ARGUMENT', 'key must not be empty', { path: ['key'] });
    return new Uint8Array(key);
  }
  if (isCryptoKey(key)) return key;
  throw new CxError('INVALID_ARGUMENT', `key must be a string, a Uint8Array or a CryptoKey, got ${describe(key)}`, { path: ['key'] });
}

async function importHmacKey(material: Uint8Array<ArrayBuffer> | CryptoKey): Promise<CryptoKey> {
  const s = subtle();
  if (!(material instanceof Uint8Array)) return material;
  return s.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}

async function sign(cryptoKey: CryptoKey, id: unknown): Promise<string> {
  if (typeof id !== 'string') throw new CxError('INVALID_ARGUMENT', `id must be a string, got ${describe(id)}`, { path: ['id'] });
  let mac: ArrayBuffer;
  try {
    mac = await subtle().sign('HMAC', cryptoKey, new TextEncoder().encode(id));
  } catch (e) {
    throw new CxError('INVALID_ARGUMENT', 'key cannot sign with HMAC SHA-256 (a CryptoKey needs algorithm HMAC, hash SHA-256 and the sign usage)', {
      path: ['key'],
      cause: e,
    });
  }
  return toHex(mac);
}

/**
 * A pseudonym for an identifier: HMAC-SHA-256 (RFC 2104, FIPS 198-1) of the UTF-8 bytes of `id` under a secret
 * `key`, as 64 lowercase hex characters. Deterministic for a key (the same customer gets the same pseudonym
 * across data sets, so joins still work), not reversible without the key, and different under another key.
 * Uses Web Crypto (`globalThis.crypto.subtle`), so it runs in Node ≥ 20 and browsers.
 *
 * Keep the key secret and long (32 random bytes); anyone with it can test guesses of an id. For many ids use
 * {@link createPseudonymizer}, which imports the key once.
 *
 * @throws CxError `INVALID_ARGUMENT` (the promise rejects) when `id` is not a string or `key` is empty or not a
 *   string, Uint8Array or HMAC SHA-256 signing `CryptoKey`; `UNSUPPORTED` when Web Crypto is missing.
 * @example
 * await pseudonymize('what do ya want for nothing?', 'Jefe'); //=> '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
 */
export async function pseudonymize(id: string, key: PseudonymKey): Promise<string> {
  const cryptoKey = await importHmacKey(keyMaterial(key));
  return sign(cryptoKey, id);
}

/**
 * A pseudonymiser bound to one key: checks the key now, imports it once (on first use) and returns a function
 * giving the same pseudonyms as {@link pseudonymize} with that key, without re-importing the key per id.
 *
 * @throws CxError `INVALID_ARGUMENT` (thrown now) when `key` is empty or of the wrong type; the returned
 *   function rejects like {@link pseudonymize}.
 * @example
 * const pseudo = createPseudonymizer('Jefe');
 * await pseudo('what do ya want for nothing?'); //=> '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
 */
export function createPseudonymizer(key: PseudonymKey): (id: string) => Promise<string> {
  const material = keyMaterial(key);
  let imported: Promise<CryptoKey> | undefined;
  return async (id: string): Promise<string> => {
    imported ??= importHmacKey(material);
    return sign(await imported, id);
  };
}
