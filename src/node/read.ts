/**
 * Streaming ingestion: records from CSV, NDJSON or JSON files and streams, validated against a zod schema, with
 * line-numbered issues for the rows that are not valid. Memory stays flat in the size of the input: text is read
 * in chunks of 64 KiB and records are handed out chunk by chunk.
 *
 * @module
 */
import type * as z from 'zod';
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';
import { openSource, peekFirst, type RecordSource } from './source.js';
import { csvBatches } from './csv.js';
import { jsonBatches, ndjsonBatches } from './ndjson.js';
import { rowConverter, type RecordIssue, type RowSink } from './records.js';

export type { RecordSource } from './source.js';
export type { RecordIssue } from './records.js';

/** The formats records are read from: CSV (RFC 4180), NDJSON (one JSON value per line), or a JSON document. */
export type RecordFormat = 'csv' | 'ndjson' | 'json';

/** Counts of a read so far. */
export interface ReadStats {
  /** Records read (valid and invalid); a CSV header and blank lines are not records. */
  rows: number;
  /** Valid records (handed out). */
  valid: number;
  /** Invalid records (reported as issues, or the one thrown). */
  invalid: number;
  /** Bytes read from the source so far (for a source of text chunks, UTF-16 code units). */
  bytes: number;
}

/** What `onProgress` receives after each chunk of input: the counts so far and the size of the input. */
export interface ReadProgress extends ReadStats {
  /** Size of the input in bytes when known (a file), else `null` (a stream). */
  readonly totalBytes: number | null;
  /** `true` on the last call, when the input is read to its end. */
  readonly done: boolean;
}

/** Options of {@link readRecords} and {@link readAll}. */
export interface ReadRecordsOptions<S extends z.core.$ZodType> {
  /** The zod schema each record must match: an entity schema of the model (`TransactionSchema`, …) or any zod schema. */
  readonly schema: S;
  /**
   * The format. Default: by the file's extension (`.csv`, `.tsv`, `.txt` → CSV; `.ndjson`, `.jsonl` → NDJSON;
   * `.json` → JSON), else guessed from the text: `[` starts JSON, a first line that is a JSON object starts
   * NDJSON, anything else is CSV.
   */
  readonly format?: RecordFormat;
  /**
   * Map from file columns (CSV header names, or top-level JSON keys) to schema fields; a dotted field
   * (`'scale.min'`) fills a nested object, `''` drops the column. Default: a CSV header names the fields, matched to
   * an object schema's fields ignoring case, spaces, `_` and `-` (`customer_id` → `customerId`).
   */
  readonly columns?: Readonly<Record<string, string>>;
  /** The CSV delimiter. Default: tab for `.tsv` files, else guessed from the header (`,`, tab, `;` or `|`). */
  readonly delimiter?: string;
  /**
   * What to do with an invalid record: `'collect'` (default) reports it in `errors` and goes on; `'throw'` stops the
   * read with a `CxError` (the valid records before it are handed out first).
   */
  readonly onError?: 'collect' | 'throw';
  /** Called after each chunk of input (64 KiB from a file) with the counts so far, and once more at the end. Default none. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** The most issues kept in `errors` (later ones are counted in `stats.invalid` only). Default 1000. */
  readonly maxErrors?: number;
}

/** The records of a read, one at a time (`for await`) or one chunk at a time ({@link RecordReader.batches}). */
export interface RecordReader<T> extends AsyncIterable<T> {
  /** The invalid records found so far (with `onError: 'collect'`), in input order, at most `maxErrors`. */
  readonly errors: RecordIssue[];
  /** The counts so far; final once the iteration has ended. */
  readonly stats: ReadStats;
  /** The same records, one array per chunk of input: the fastest way through a big file. */
  batches(): AsyncIterable<T[]>;
}

/** The result of {@link readAll}. */
export interface ReadAllResult<T> {
  /** The valid records, in input order. */
  readonly records: T[];
  /** The invalid ones (at most `maxErrors`). */
  readonly errors: RecordIssue[];
  /** The final counts. */
  readonly stats: ReadStats;
}

const MAX_RECORD = 1 << 24;

/**
 * The format a file's extension names (`.csv`, `.tsv`, `.txt`, `.ndjson`, `.jsonl`, `.json`, any case), or
 * `null`.
 *
 * @example
 * formatOfPath('exports/orders.CSV'); //=> 'csv'
 * formatOfPath('events.jsonl'); //=> 'ndjson'
 * formatOfPath('data.parquet'); //=> null
 */
export function formatOfPath(path: string): RecordFormat | null {
  const m = /\.([a-z]+)$/i.exec(path);
  const ext = m === null ? '' : m[1]!.toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  return null;
}

function sniff(text: string): RecordFormat {
  const t = text.trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    const nl = t.indexOf('\n');
    try {
      JSON.parse(nl < 0 ? t : t.slice(0, nl));
      return 'ndjson';
    } catch {
      return 'json';
    }
  }
  return 'csv';
}

function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new CxError('INVALID_ARGUMENT', `options must be an object with a schema, got ${describe(options)}`, { path: ['options'] });
  }
  const o = options as Record<string, unknown>;
  const schema = o.schema;
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    throw new CxError('INVALID_ARGUMENT', `options.schema must be a zod schema, got ${describe(schema)}`, { path: ['options', 'schema'] });
  }
  const { format, onError, delimiter, columns, maxErrors, onProgress } = o;
  if (format !== undefined && format !== 'csv' && format !== 'ndjson' && format !== 'json') {
    throw new CxError('INVALID_ARGUMENT', `options.format must be 'csv', 'ndjson' or 'json', got ${describe(format)}`, { path: ['options', 'format'] });
  }
  if (onError !== undefined && onError !== 'collect' && onError !== 'throw') {
    throw new CxError('INVALID_ARGUMENT', `options.onError must be 'collect' or 'throw', got ${describe(onError)}`, { path: ['options', 'onError'] });
  }
  if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter === '')) {
    throw new CxError('INVALID_ARGUMENT', `options.delimiter must be a non-empty string, got ${describe(delimiter)}`, { path: ['options', 'delimiter'] });
  }
  if (columns !== undefined) {
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
      throw new CxError('INVALID_ARGUMENT', `options.columns must be an object of column → field, got ${describe(columns)}`, { path: ['options', 'columns'] });
    }
    for (const k of Object.keys(columns)) {
      const v = (columns as Record<string, unknown>)[k];
      if (typeof v !== 'string') throw new CxError('INVALID_ARGUMENT', `options.columns[${JSON.stringify(k)}] must be a field name, got ${describe(v)}`, { path: ['options', 'columns', k] });
    }
  }
  if (maxErrors !== undefined && (typeof maxErrors !== 'number' || !Number.isInteger(maxErrors) || maxErrors < 0)) {
    throw new CxError('INVALID_ARGUMENT', `options.maxErrors must be an integer ≥ 0, got ${describe(maxErrors)}`, { path: ['options', 'maxErrors'] });
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new CxError('INVALID_ARGUMENT', `options.onProgress must be a function, got ${describe(onProgress)}`, { path: ['options', 'onProgress'] });
  }
}

function issueError(issue: RecordIssue): CxError {
  const path = issue.column === undefined ? [issue.line] : [issue.line, issue.column];
  return new CxError('VALIDATION_FAILED', `line ${issue.line}: ${issue.message}`, { path, details: { ...issue } });
}

/**
 * Reads records from a file or a stream and validates each against a zod schema. Returns at once; reading
 * starts with the iteration and stops (closing the file) when it ends or breaks off.
 *
 * - Formats: CSV (RFC 4180: quoted fields may hold delimiters, `""` and line breaks; CRLF or LF line ends),
 *   NDJSON and JSON (a top-level array is read element by element). UTF-8, with or without a byte-order mark.
 * - Each invalid record becomes a {@link RecordIssue} with its line, the column at fault and a message, and the
 *   read goes on (or stops, with `onError: 'throw'`). A CSV row with the wrong number of fields is invalid.
 * - Speed: CSV is parsed by papaparse one chunk at a time. For the flat entity schemas of the model
 *   (`TransactionSchema`, `CustomerSchema`, `JourneyEventSchema`, `SurveyResponseSchema`) each field is converted
 *   by its model rule directly (zod is called only for rows that fail, for the exact issues); other schemas run
 *   zod on each record. See `bench/ingest.bench.ts` for the rows per second.
 * - Memory: one chunk of input and its records at a time, plus at most `maxErrors` issues.
 *
 * A reader can be iterated once.
 *
 * @param source - a file path, a Node `Readable` (e.g. `process.stdin`), or an (async) iterable of text or byte chunks.
 * @param options - the schema and how to read; see {@link ReadRecordsOptions}.
 * @throws CxError `INVALID_ARGUMENT` (at once) for bad options; while iterating, `INVALID_ARGUMENT` (path
 *   `['source']`) when the file cannot be read, and `VALIDATION_FAILED` (path `[line]` or `[line, column]`,
 *   `details` = the issue) for an invalid record with `onError: 'throw'`, a CSV header that lacks a required
 *   field or maps two columns to one field (line 1), or a record longer than 16 Mi characters.
 * @example
 * const reader = readRecords(['customerId,occurredAt,amount\nc1,2024-05-01,19.90\nc2,someday,5\n'], { schema: TransactionSchema });
 * const amounts = [];
 * for await (const t of reader) amounts.push(t.amount.toString());
 * amounts; //=> ['19.9']
 * reader.errors[0]?.line; //=> 3
 * reader.errors[0]?.column; //=> 'occurredAt'
 * reader.stats; //=> { rows: 2, valid: 1, invalid: 1 }
 */
export function readRecords<S extends z.core.$ZodType>(source: RecordSource, options: ReadRecordsOptions<S>): RecordReader<z.output<S>> {
  type T = z.output<S>;
  checkOptions(options);
  const { schema, columns, onProgress } = options;
  const throwing = options.onError === 'throw';
  const maxErrors = options.maxErrors ?? 1000;
  const errors: RecordIssue[] = [];
  const stats: ReadStats = { rows: 0, valid: 0, invalid: 0, bytes: 0 };
  let started = false;

  async function* run(): AsyncGenerator<T[]> {
    const src = await openSource(source);
    let format = options.format ?? (src.path === null ? null : formatOfPath(src.path));
    let chunks = src.chunks;
    if (format === null) {
      const peek = await peekFirst(chunks);
      format = sniff(peek.first);
      chunks = peek.chunks;
    }
    const delimiter = options.delimiter ?? (src.path !== null && /\.tsv$/i.test(src.path) ? '\t' : undefined);
    const convert = rowConverter<T>(schema, columns);
    let out: T[] = [];
    const state: { failure: CxError | null } = { failure: null };
    const sink: RowSink<T> = {
      record(value) {
        out.push(value);
      },
      issue(issue) {
        stats.invalid++;
        if (throwing) state.failure = issueError(issue);
        else if (errors.length < maxErrors) errors.push(issue);
      },
    };
    const progress = (done: boolean): void => {
      stats.bytes = src.bytesRead();
      onProgress?.({ ...stats, totalBytes: src.totalBytes, done });
    };
    const flush = (): T[] => {
      stats.valid += out.length;
      const batch = out;
      out = [];
      progress(false);
      return batch;
    };
    if (format === 'csv') {
      let headerRead = false;
      for await (const b of csvBatches(chunks, { delimiter, maxRecordLength: MAX_RECORD })) {
        const { rows, lines, malformed } = b;
        const clean = malformed.size === 0;
        for (let i = 0; i < rows.length && state.failure === null; i++) {
          const line = lines[i]!;
          if (line < 0) continue;
          if (!headerRead) {
            convert.header(rows[i]!);
            headerRead = true;
            continue;
          }
          stats.rows++;
          const bad = clean ? undefined : malformed.get(i);
          if (bad === undefined) convert.csvRow(rows[i]!, line, sink);
          else convert.malformedRow(rows[i]!, line, bad, sink);
        }
        const batch = flush();
        if (batch.length > 0) yield batch;
        if (state.failure !== null) throw state.failure;
      }
    } else {
      const items = format === 'ndjson' ? ndjsonBatches(chunks, MAX_RECORD) : jsonBatches(chunks, MAX_RECORD);
      for await (const b of items) {
        for (let i = 0; i < b.length && state.failure === null; i++) {
          const item = b[i]!;
          stats.rows++;
          if (item.error === undefined) convert.objectRow(item.value, item.line, sink);
          else sink.issue({ line: item.line, message: item.error, raw: item.text });
        }
        const batch = flush();
        if (batch.length > 0) yield batch;
        if (state.failure !== null) throw state.failure;
      }
    }
    stats.bytes = src.bytesRead();
    onProgress?.({ ...stats, totalBytes: src.totalBytes, done: true });
  }

  const start = (): AsyncGenerator<T[]> => {
    if (started) throw new CxError('INVALID_ARGUMENT', 'a record reader can be iterated only once', { path: ['reader'] });
    started = true;
    return run();
  };

  return {
    errors,
    stats,
    batches: () => ({ [Symbol.asyncIterator]: start }),
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const it = start();
      let cur: T[] = [];
      let i = 0;
      const pull = async (): Promise<IteratorResult<T>> => {
        for (;;) {
          const r = await it.next();
          if (r.done === true) return { done: true, value: undefined };
          cur = r.value;
          i = 0;
          if (cur.length > 0) return { done: false, value: cur[i++]! };
        }
      };
      return {
        next: () => (i < cur.length ? Promise.resolve({ done: false, value: cur[i++]! }) : pull()),
        return: async (): Promise<IteratorResult<T>> => {
          cur = [];
          await it.return(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/**
 * Reads every record of a small file or stream into memory: {@link readRecords}, collected.
 *
 * @param source - as for {@link readRecords}.
 * @param options - as for {@link readRecords}.
 * @throws CxError as {@link readRecords} (the promise rejects).
 * @example
 * const { records, errors, stats } = await readAll(['{"customerId":1,"occurredAt":"2024-05-01","type":"visit"}\n{"customerId":2}\n'], { schema: JourneyEventSchema });
 * records[0]?.customerId; //=> '1'
 * errors[0]?.message; //=> 'occurredAt: required: expected a date (ISO 8601 string, Date or epoch milliseconds); type: required: expected a non-empty string'
 * stats.invalid; //=> 1
 */
export async function readAll<S extends z.core.$ZodType>(source: RecordSource, options: ReadRecordsOptions<S>): Promise<ReadAllResult<z.output<S>>> {
  const reader = readRecords(source, options);
  const records: z.output<S>[] = [];
  for await (const batch of reader.batches()) {
    for (let i = 0; i < batch.length; i++) records.push(batch[i]!);
  }
  return { records, errors: reader.errors, stats: reader.stats };
}
