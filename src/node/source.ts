/**
 * Text from a source: a file path, a Node `Readable`, or any (async) iterable of text or byte chunks, decoded as
 * UTF-8 (a byte-order mark at the start is dropped), chunk by chunk, so memory stays flat in the file size.
 *
 * Internal to `cxkit/node`.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CxError } from '../core/errors.js';
import { describe } from '../core/assert.js';

/** What records can be read from: a file path, a Node `Readable`, or an (async) iterable of text or byte chunks. */
export type RecordSource = string | Readable | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** An opened source: its decoded text chunks and byte counts. @internal */
export interface TextSource {
  /** The text, chunk by chunk, BOM removed. */
  readonly chunks: AsyncIterable<string>;
  /** Size of the file in bytes, or `null` when unknown (a stream). */
  readonly totalBytes: number | null;
  /** Bytes read so far (for text chunks: UTF-16 code units). */
  bytesRead(): number;
  /** The file path, or `null` for a stream. */
  readonly path: string | null;
}

/** Chunk size of file reads (64 KiB): per-chunk costs vanish, and the records of a chunk die young (bigger chunks cost more in garbage collection than they save). @internal */
export const CHUNK_BYTES = 1 << 16;

function isIterable(x: unknown): x is Iterable<unknown> | AsyncIterable<unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    (typeof (x as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
      typeof (x as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function')
  );
}

function cannotRead(path: string, e: unknown): CxError {
  const reason = e instanceof Error ? e.message : String(e);
  return new CxError('INVALID_ARGUMENT', `cannot read ${path}: ${reason}`, { path: ['source'], cause: e });
}

async function* decode(input: AsyncIterable<unknown> | Iterable<unknown>, count: (n: number) => void, path: string | null): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let first = true;
  try {
    for await (const chunk of input) {
      let text: string;
      if (typeof chunk === 'string') {
        count(chunk.length);
        text = chunk;
      } else if (chunk instanceof Uint8Array) {
        count(chunk.byteLength);
        text = decoder.decode(chunk, { stream: true });
      } else {
        throw new CxError('INVALID_ARGUMENT', `a source chunk must be a string or bytes, got ${describe(chunk)}`, { path: ['source'] });
      }
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text.length > 0) yield text;
    }
  } catch (e) {
    if (e instanceof CxError || path === null) throw e;
    throw cannotRead(path, e);
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield first && tail.charCodeAt(0) === 0xfeff ? tail.slice(1) : tail;
}

/**
 * Opens a source for reading. A path is checked (and sized) here; the file itself is opened when the chunks are
 * first read, and closed when the reading ends or stops early.
 *
 * @throws CxError `INVALID_ARGUMENT` (path `['source']`) when the source is neither a path nor an iterable, or
 *   the file cannot be read.
 * @internal
 */
export async function openSource(source: RecordSource): Promise<TextSource> {
  let bytes = 0;
  const count = (n: number): void => {
    bytes += n;
  };
  if (typeof source === 'string') {
    let size: number;
    try {
      const st = await stat(source);
      if (st.isDirectory()) throw new Error('it is a directory');
      size = st.size;
    } catch (e) {
      throw cannotRead(source, e);
    }
    const stream = createReadStream(source, { highWaterMark: CHUNK_BYTES });
    return { chunks: decode(stream, count, source), totalBytes: size, bytesRead: () => bytes, path: source };
  }
  if (!isIterable(source)) {
    throw new CxError('INVALID_ARGUMENT', `source must be a file path, a Readable or an iterable of chunks, got ${describe(source)}`, { path: ['source'] });
  }
  return { chunks: decode(source, count, null), totalBytes: null, bytesRead: () => bytes, path: null };
}

/**
 * The chunks of `chunks` with the first one available for a look before reading starts (to sniff the format).
 * @internal
 */
export async function peekFirst(chunks: AsyncIterable<string>): Promise<{ first: string; chunks: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  const head = await it.next();
  const first = head.done === true ? '' : head.value;
  async function* rest(): AsyncGenerator<string> {
    try {
      if (head.done !== true) yield head.value;
      for (;;) {
        const r = await it.next();
        if (r.done === true) return;
        yield r.value;
      }
    } finally {
      await it.return?.();
    }
  }
  return { first, chunks: rest() };
}
