/**
 * Values from NDJSON (JSON Lines: one JSON value per line) and from JSON documents (a top-level array is read
 * element by element as the text streams in; any other top-level value is one record), with the line each value
 * starts on.
 *
 * Internal to `cxkit/node`.
 *
 * @module
 */
import { CxError } from '../core/errors.js';

/** One value read, or the text that could not be read as JSON. @internal */
export interface JsonItem {
  /** The 1-based line the value starts on. */
  readonly line: number;
  /** The parsed value (when `error` is absent). */
  readonly value: unknown;
  /** Why the text is not JSON, when it is not. */
  readonly error?: string;
  /** The text, kept only when it is not JSON. */
  readonly text?: string;
}

const MAX_RAW = 1000;

function parseItem(text: string, line: number): JsonItem {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { line, value: undefined, error: `invalid JSON: ${why}`, text: text.length > MAX_RAW ? `${text.slice(0, MAX_RAW)}…` : text };
  }
}

function tooLong(line: number, max: number): CxError {
  return new CxError('VALIDATION_FAILED', `line ${line}: a record is longer than ${max} characters`, { path: [line], details: { line } });
}

/**
 * Splits NDJSON text chunks into lines and parses each; blank lines are skipped, a trailing `\r` is dropped.
 *
 * @throws CxError `VALIDATION_FAILED` for a line longer than `maxRecordLength`.
 * @internal
 */
export async function* ndjsonBatches(chunks: AsyncIterable<string>, maxRecordLength: number): AsyncGenerator<JsonItem[]> {
  let rest = '';
  let line = 1;
  const take = (text: string, out: JsonItem[], at: number): void => {
    const s = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (s.trim() !== '') out.push(parseItem(s, at));
  };
  for await (const chunk of chunks) {
    const text = rest.length > 0 ? rest + chunk : chunk;
    const out: JsonItem[] = [];
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      take(text.slice(start, nl), out, line);
      line++;
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (rest.length > maxRecordLength) throw tooLong(line, maxRecordLength);
    if (out.length > 0) yield out;
  }
  if (rest.length > 0) {
    const out: JsonItem[] = [];
    take(rest, out, line);
    if (out.length > 0) yield out;
  }
}

// Character codes the scanner looks at.
const C = { Quote: 34, Backslash: 92, Comma: 44, OpenBrace: 123, CloseBrace: 125, OpenBracket: 91, CloseBracket: 93, Newline: 10 } as const;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Reads a JSON document chunk by chunk. A top-level array is split into its elements with a small scanner that
 * tracks strings, escapes and nesting (so memory holds one element at a time); each element is then parsed with
 * `JSON.parse`. Any other top-level value is read whole and yields one item.
 *
 * @throws CxError `VALIDATION_FAILED` for an element longer than `maxRecordLength`, or text after the array.
 * @internal
 */
export async function* jsonBatches(chunks: AsyncIterable<string>, maxRecordLength: number): AsyncGenerator<JsonItem[]> {
  let mode: 'start' | 'array' | 'whole' | 'after' = 'start';
  let whole = '';
  let wholeLine = 1;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escape = false;
  let pending = '';
  let pendingLine = 0;
  let sawElement = false;
  for await (const chunk of chunks) {
    const out: JsonItem[] = [];
    let i = 0;
    const n = chunk.length;
    if (mode === 'start') {
      while (i < n && isSpace(chunk.charCodeAt(i))) {
        if (chunk.charCodeAt(i) === C.Newline) line++;
        i++;
      }
      if (i === n) continue;
      if (chunk.charCodeAt(i) === C.OpenBracket) {
        mode = 'array';
        i++;
      } else {
        mode = 'whole';
        wholeLine = line;
      }
    }
    if (mode === 'whole') {
      whole += i === 0 ? chunk : chunk.slice(i);
      continue;
    }
    let from = i;
    for (; i < n && mode === 'array'; i++) {
      const c = chunk.charCodeAt(i);
      if (c === C.Newline) line++;
      if (inString) {
        if (escape) escape = false;
        else if (c === C.Backslash) escape = true;
        else if (c === C.Quote) inString = false;
        continue;
      }
      if (pendingLine === 0 && !isSpace(c) && !(depth === 0 && (c === C.Comma || c === C.CloseBracket))) pendingLine = line;
      if (c === C.Quote) inString = true;
      else if (c === C.OpenBrace || c === C.OpenBracket) depth++;
      else if (depth > 0 && (c === C.CloseBrace || c === C.CloseBracket)) depth--;
      else if (depth === 0 && (c === C.Comma || c === C.CloseBracket)) {
        const text = (pending + chunk.slice(from, i)).trim();
        pending = '';
        from = i + 1;
        if (text !== '' || c === C.Comma || sawElement) {
          out.push(text === '' ? { line: pendingLine || line, value: undefined, error: 'invalid JSON: an empty array element', text } : parseItem(text, pendingLine));
        }
        sawElement = true;
        pendingLine = 0;
        if (c === C.CloseBracket) mode = 'after';
      }
    }
    if (mode === 'array') {
      pending += chunk.slice(from);
      if (pending.length > maxRecordLength) throw tooLong(pendingLine || line, maxRecordLength);
    } else if (chunk.slice(i).trim() !== '') {
      throw new CxError('VALIDATION_FAILED', `line ${line}: unexpected text after the end of the JSON array`, { path: [line], details: { line } });
    }
    if (out.length > 0) yield out;
  }
  if (mode === 'whole') {
    yield [parseItem(whole, wholeLine)];
  } else if (mode === 'array') {
    throw new CxError('VALIDATION_FAILED', `line ${line}: the JSON array is not closed`, { path: [line], details: { line } });
  }
}
