/**
 * From rows to validated records: file columns mapped to schema fields (the header matched to the schema's
 * fields, or an explicit map), each row converted by the fast path when the schema is a flat cxkit entity, or by
 * zod otherwise, and each invalid row turned into an issue with its line, column and a message.
 *
 * Internal to `cxkit/node`.
 *
 * @module
 */
import * as z from 'zod';
import { CxError } from '../core/errors.js';
import { formatPath } from '../core/assert.js';
import { fastPlan, runPlan, type FastPlan } from './fast-fields.js';

/** An invalid record: where it is, what is wrong, and what was read. */
export interface RecordIssue {
  /** The 1-based line the record starts on (the header is line 1 of a CSV file). */
  readonly line: number;
  /** The file column (CSV) or field path (JSON) of the first problem, when the problem is in one field. */
  readonly column?: string;
  /** What is wrong, for a person: every problem of the record, `column: message`, separated by `; `. */
  readonly message: string;
  /**
   * What was read: for CSV an object of column name → cell (cells past the header under `#<position>`), for
   * JSON the parsed value, or the text when it is not JSON.
   */
  readonly raw: unknown;
}

/** Receives a valid record or an issue. @internal */
export interface RowSink<T> {
  /** A valid record. */
  record(value: T): void;
  /** An invalid one. */
  issue(issue: RecordIssue): void;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function loose(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The field names of an object schema, and which of them are required; `null` for other schemas. @internal */
export function shapeOf(schema: z.core.$ZodType): { keys: string[]; required: string[] } | null {
  const def = schema._zod.def as { shape?: Record<string, z.core.$ZodType> };
  if (def.shape === undefined || typeof def.shape !== 'object') return null;
  const keys = Object.keys(def.shape);
  const required = keys.filter((k) => def.shape![k]!._zod.optin !== 'optional');
  return { keys, required };
}

function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = at[key];
    if (typeof next !== 'object' || next === null) {
      next = Object.create(null) as Record<string, unknown>;
      at[key] = next;
    }
    at = next as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
}

function headerError(message: string, details: Record<string, unknown>): CxError {
  return new CxError('VALIDATION_FAILED', `line 1: ${message}`, { path: [1], details: { line: 1, ...details } });
}

/** Converts rows of one read into records or issues. @internal */
export interface RowConverter<T> {
  /** Reads the CSV header (once, before any CSV row). */
  header(names: readonly string[]): void;
  /** Converts one CSV row. */
  csvRow(cells: readonly string[], line: number, sink: RowSink<T>): void;
  /** Reports a CSV row the parser found malformed. */
  malformedRow(cells: readonly string[], line: number, message: string, sink: RowSink<T>): void;
  /** Converts one JSON value. */
  objectRow(value: unknown, line: number, sink: RowSink<T>): void;
}

/**
 * A row converter for `schema`, with `columns` mapping file columns (or top-level JSON keys) to fields; a
 * dotted field (`'scale.min'`) builds a nested object.
 *
 * @throws CxError `VALIDATION_FAILED` (path `[1]`) from `header` when two columns map to one field or a
 *   required field of an object schema has no column.
 * @internal
 */
export function rowConverter<T>(schema: z.core.$ZodType, columns: Readonly<Record<string, string>> | undefined): RowConverter<T> {
  const shape = shapeOf(schema);
  const byLoose = new Map<string, string | null>();
  if (shape !== null) {
    for (const k of shape.keys) byLoose.set(loose(k), byLoose.has(loose(k)) ? null : k);
  }
  const mapped = (name: string): string | undefined => (columns !== undefined && Object.hasOwn(columns, name) ? columns[name] : undefined);
  const resolveKey = (name: string): string => {
    if (shape === null || shape.keys.includes(name)) return name;
    return byLoose.get(loose(name)) ?? name;
  };

  let names: readonly string[] = [];
  let targets: (readonly string[] | null)[] = [];
  let flat = true;
  let csvPlan: FastPlan | null = null;
  const columnOf = new Map<string, string>();

  // JSON objects: keys renamed by `columns` first; the plan then reads each field from its own key.
  const renames = new Map<string, string[]>();
  if (columns !== undefined) {
    for (const from of Object.keys(columns)) {
      const to = columns[from]!;
      if (to === '') continue;
      renames.set(from, to.split('.'));
      columnOf.set(to, from);
    }
  }
  const objectPlan = shape === null ? null : fastPlan(schema, new Map(shape.keys.map((k) => [k, k])), true);

  const describeIssues = (issues: readonly z.core.$ZodIssue[], labelOf: (path: readonly PropertyKey[]) => string): { column?: string; message: string } => {
    const parts: string[] = [];
    let column: string | undefined;
    for (let i = 0; i < issues.length; i++) {
      const issue = issues[i]!;
      const label = issue.path.length === 0 ? '' : labelOf(issue.path);
      if (i === 0 && label !== '') column = label;
      parts.push(label === '' ? issue.message : `${label}: ${issue.message}`);
    }
    const message = parts.join('; ');
    return column === undefined ? { message } : { column, message };
  };

  const csvLabel = (path: readonly PropertyKey[]): string => {
    const segs = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    for (let n = segs.length; n > 0; n--) {
      const col = columnOf.get(segs.slice(0, n).join('.'));
      if (col !== undefined) return n === segs.length ? col : `${col}${formatPath(segs.slice(n)).replace(/^(?=[^[])/, '.')}`;
    }
    return formatPath(segs);
  };
  const jsonLabel = (path: readonly PropertyKey[]): string => formatPath(path.map((p) => (typeof p === 'symbol' ? String(p) : p)));

  const rawOf = (cells: readonly string[]): Record<string, string> => {
    const raw = Object.create(null) as Record<string, string>;
    for (let j = 0; j < cells.length; j++) raw[j < names.length && names[j] !== '' ? names[j]! : `#${j + 1}`] = cells[j]!;
    return raw;
  };

  const viaZod = (input: unknown, line: number, raw: () => unknown, labelOf: (path: readonly PropertyKey[]) => string, sink: RowSink<T>): void => {
    const r = z.safeParse(schema, input);
    if (r.success) {
      sink.record(r.data as T);
      return;
    }
    sink.issue({ line, ...describeIssues(r.error.issues, labelOf), raw: raw() });
  };

  return {
    header(header) {
      names = header.map((h) => h.trim());
      targets = [];
      const seen = new Map<string, string>();
      for (const name of names) {
        const explicit = mapped(name);
        let path: string[] | null;
        if (explicit !== undefined) path = explicit === '' ? null : explicit.split('.');
        else if (name === '') path = null;
        else if (shape !== null && !shape.keys.includes(name) && name.includes('.')) {
          const segs = name.split('.');
          segs[0] = resolveKey(segs[0]!);
          path = segs;
        } else path = [resolveKey(name)];
        if (path !== null) {
          const key = path.join('.');
          const other = seen.get(key);
          if (other !== undefined) throw headerError(`columns ${JSON.stringify(other)} and ${JSON.stringify(name)} both map to the field ${JSON.stringify(key)}`, { field: key });
          seen.set(key, name);
          columnOf.set(key, name);
          if (path.length > 1) flat = false;
        }
        targets.push(path);
      }
      if (shape !== null) {
        const tops = new Set(targets.map((t) => (t === null ? '' : t[0]!)));
        const missing = shape.required.filter((k) => !tops.has(k));
        if (missing.length > 0) {
          throw headerError(`no column for the required field${missing.length > 1 ? 's' : ''} ${missing.map((m) => JSON.stringify(m)).join(', ')} (columns: ${names.join(', ')})`, { missing });
        }
      }
      if (flat) {
        const sources = new Map<string, number>();
        for (let j = 0; j < targets.length; j++) {
          const t = targets[j];
          if (t != null && !FORBIDDEN.has(t[0]!)) sources.set(t[0]!, j);
        }
        csvPlan = fastPlan(schema, sources);
      }
    },
    csvRow(cells, line, sink) {
      if (cells.length !== names.length) {
        sink.issue({ line, message: `expected ${names.length} fields, got ${cells.length}`, raw: rawOf(cells) });
        return;
      }
      if (csvPlan !== null) {
        const rec = csvPlan.row(cells);
        if (rec !== null) {
          sink.record(rec as T);
          return;
        }
      }
      const input = Object.create(null) as Record<string, unknown>;
      for (let j = 0; j < cells.length; j++) {
        const t = targets[j];
        if (t == null) continue;
        if (t.length === 1) input[t[0]!] = cells[j];
        else setPath(input, t, cells[j]);
      }
      viaZod(input, line, () => rawOf(cells), csvLabel, sink);
    },
    malformedRow(cells, line, message, sink) {
      sink.issue({ line, message, raw: rawOf(cells) });
    },
    objectRow(value, line, sink) {
      let input = value;
      if (renames.size > 0 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const src = value as Record<string, unknown>;
        const out = Object.create(null) as Record<string, unknown>;
        for (const key of Object.keys(src)) {
          const to = renames.get(key);
          if (to === undefined) out[key] = src[key];
          else setPath(out, to, src[key]);
        }
        input = out;
      }
      if (objectPlan !== null && typeof input === 'object' && input !== null && !Array.isArray(input)) {
        const rec = runPlan(objectPlan, input as Record<string, unknown>, true);
        if (rec !== null) {
          sink.record(rec as T);
          return;
        }
      }
      viaZod(input, line, () => value, jsonLabel, sink);
    },
  };
}
