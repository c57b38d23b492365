/**
 * CSV rows from text chunks, with the line number each row starts on: papaparse's parser
 * (https://www.papaparse.com, RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and newlines)
 * fed one chunk at a time, the unfinished last row carried over to the next chunk.
 *
 * Internal to `cxkit/node`.
 *
 * @module
 */
import Papa from 'papaparse';
import { CxError } from '../core/errors.js';

/** A batch of parsed rows (the rows of one chunk). @internal */
export interface CsvBatch {
  /** The rows, each an array of cells (blank lines included: their line is −1). */
  readonly rows: string[][];
  /** The 1-based line number each row starts on (parallel to `rows`), or −1 for a blank line. */
  readonly lines: Float64Array;
  /** Rows the parser found malformed, by index into `rows`, with a message. */
  readonly malformed: Map<number, string>;
}

/** Options of {@link csvBatches}. @internal */
export interface CsvBatchOptions {
  /** The delimiter; guessed from the first line (`,`, tab, `;` or `|`) when omitted. */
  readonly delimiter?: string | undefined;
  /** The longest a single record may be, in characters, before the input is taken as broken. */
  readonly maxRecordLength: number;
}

const GUESSES = [',', '\t', ';', '|'];

/** The line ending of the text: that of its first line (`\r\n`, `\n` or `\r`). @internal */
export function detectNewline(text: string): '\n' | '\r\n' | '\r' {
  const n = text.indexOf('\n');
  if (n > 0 && text.charCodeAt(n - 1) === 13) return '\r\n';
  if (n >= 0) {
    const r = text.indexOf('\r');
    return r >= 0 && r < n ? '\r' : '\n';
  }
  return text.includes('\r') ? '\r' : '\n';
}

/** The most frequent of `,`, tab, `;`, `|` in the first line outside quotes (`,` on a tie or when none occurs). @internal */
export function guessDelimiter(text: string): string {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      if (c === '\n' || c === '\r') break;
      const k = GUESSES.indexOf(c);
      if (k >= 0) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return GUESSES[best]!;
}

function countChar(text: string, ch: string, end: number): number {
  let n = 0;
  let at = text.indexOf(ch);
  while (at >= 0 && at < end) {
    n++;
    at = text.indexOf(ch, at + 1);
  }
  return n;
}

interface ParseResult {
  data: string[][];
  errors: { row?: number; message: string }[];
  meta: { cursor: number };
}

/**
 * Parses CSV text chunks into batches of rows with line numbers. A record longer than `maxRecordLength` (an
 * unterminated quote swallowing the rest of the file, most likely) stops the read.
 *
 * @throws CxError `VALIDATION_FAILED` (path `[line]`) for a record past `maxRecordLength`; `INVALID_ARGUMENT`
 *   for a delimiter papaparse cannot use.
 * @internal
 */
export async function* csvBatches(chunks: AsyncIterable<string>, options: CsvBatchOptions): AsyncGenerator<CsvBatch> {
  type Parser = { parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParseResult } | null;
  let parser: Parser = null;
  let lineChar = '\n';
  let rest = '';
  let line = 1;
  const emit = (text: string, last: boolean): CsvBatch => {
    const r = parser!.parse(text, 0, !last);
    const data = r.data;
    const consumed = last ? text.length : r.meta.cursor;
    rest = last ? '' : text.slice(consumed);
    const n = data.length;
    const lines = new Float64Array(n);
    const malformed = new Map<number, string>();
    for (let e = 0; e < r.errors.length; e++) {
      const err = r.errors[e]!;
      if (err.row !== undefined && !malformed.has(err.row)) malformed.set(err.row, `malformed CSV: ${err.message.toLowerCase()}`);
    }
    // A row spans one line, unless a quoted field holds line breaks: count them only when quotes occur.
    const multiline = text.lastIndexOf('"', consumed) >= 0;
    for (let i = 0; i < n; i++) {
      const row = data[i]!;
      lines[i] = row.length === 1 && row[0] === '' && !malformed.has(i) ? -1 : line;
      if (multiline) {
        for (let j = 0; j < row.length; j++) line += countChar(row[j]!, lineChar, Infinity);
      }
      line++;
    }
    return { rows: data, lines, malformed };
  };
  const start = (head: string): Parser => {
    const newline = detectNewline(head);
    lineChar = newline === '\r' ? '\r' : '\n';
    const delimiter = options.delimiter ?? guessDelimiter(head);
    if (delimiter === '' || delimiter.includes('"') || delimiter.includes('\n') || delimiter.includes('\r') || Papa.BAD_DELIMITERS.includes(delimiter)) {
      throw new CxError('INVALID_ARGUMENT', `cannot use ${JSON.stringify(delimiter)} as a CSV delimiter`, { path: ['delimiter'] });
    }
    return new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  };
  for await (const chunk of chunks) {
    const text = rest.length > 0 ? rest + chunk : chunk;
    if (parser === null) {
      // The line ending and the delimiter are read off the first line: wait until it is complete (a `\r` at the
      // very end of a chunk may be half of a `\r\n`).
      const nl = text.indexOf('\n');
      const cr = text.indexOf('\r');
      if (nl < 0 && (cr < 0 || cr === text.length - 1) && text.length <= options.maxRecordLength) {
        rest = text;
        continue;
      }
      parser = start(text);
    }
    const batch = emit(text, false);
    if (rest.length > options.maxRecordLength) {
      throw new CxError('VALIDATION_FAILED', `line ${line}: a record is longer than ${options.maxRecordLength} characters (an unterminated quote?)`, {
        path: [line],
        details: { line },
      });
    }
    if (batch.rows.length > 0) yield batch;
  }
  if (parser === null && rest.length > 0) parser = start(rest);
  if (parser !== null && rest.length > 0) {
    const batch = emit(rest, true);
    if (batch.rows.length > 0) yield batch;
  }
}
