/**
 * A small JSON Schema (2020-12) validator for the keywords the cxkit entity schemas use — enough to check
 * that example documents satisfy them without adding ajv. An unknown keyword throws, so the checker never
 * passes a document by ignoring a constraint it does not know.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'x-personal-data']);
const KNOWN = new Set([
  'type',
  'anyOf',
  'enum',
  'properties',
  'required',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'propertyNames',
  'not',
  'additionalProperties',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'const',
  'maxItems',
  'maxLength',
]);

// RFC 3339 §5.6 date-time (full-date "T" full-time, with offset)
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

/** Errors of `value` under `schema` (empty when valid), each as "path: problem". */
export function check(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !KNOWN.has(key)) throw new Error(`check(): unsupported keyword ${key} at ${path}`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => hasType(value, t))) {
      errors.push(`${path}: expected ${types.join('|')}, got ${typeOf(value)}`);
      return errors;
    }
  }
  if (schema.anyOf !== undefined && !(schema.anyOf as Schema[]).some((s) => check(s, value, path).length === 0)) errors.push(`${path}: matches no anyOf branch`);
  if (schema.not !== undefined && check(schema.not as Schema, value, path).length === 0) errors.push(`${path}: matches "not"`);
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not in enum`);
  if (schema.const !== undefined && schema.const !== value) errors.push(`${path}: not the constant ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && Array.from(value).length < (schema.minLength as number)) errors.push(`${path}: too short`);
    if (schema.maxLength !== undefined && Array.from(value).length > (schema.maxLength as number)) errors.push(`${path}: too long`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern as string}`);
    if (schema.format === 'date-time' && !DATE_TIME.test(value)) errors.push(`${path}: not an RFC 3339 date-time`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) errors.push(`${path}: above maximum`);
    if (schema.exclusiveMinimum !== undefined && !(value > (schema.exclusiveMinimum as number))) errors.push(`${path}: not above exclusiveMinimum`);
    if (schema.exclusiveMaximum !== undefined && !(value < (schema.exclusiveMaximum as number))) errors.push(`${path}: not below exclusiveMaximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < (schema.minItems as number)) errors.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number)) errors.push(`${path}: too many items`);
    if (schema.items !== undefined) value.forEach((v, i) => errors.push(...check(schema.items as Schema, v, `${path}[${String(i)}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of (schema.required as string[] | undefined) ?? []) if (!Object.prototype.hasOwnProperty.call(obj, r)) errors.push(`${path}: missing ${r}`);
    const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const k of Object.keys(obj)) {
      if (schema.propertyNames !== undefined) errors.push(...check(schema.propertyNames as Schema, k, `${path}[key ${k}]`));
      if (Object.prototype.hasOwnProperty.call(props, k)) errors.push(...check(props[k]!, obj[k], `${path}.${k}`));
      else if (schema.additionalProperties !== undefined) {
        if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${k}`);
        else errors.push(...check(schema.additionalProperties as Schema, obj[k], `${path}.${k}`));
      }
    }
  }
  return errors;
}
