/**
 * The CLI's side of the world: where output goes, reading an entity file (or stdin) with a progress bar on a
 * terminal, and the line-numbered messages for invalid rows.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import type * as z from 'zod';
import { formatOfPath, readRecords, type ReadProgress, type RecordFormat } from '../node/read.js';
import type { Locale } from '../model/labels.js';
import { usageError } from './args.js';

/** Where a command reads and writes, so tests can run it in-process. */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Standard input (read for the file `-`). */
  readonly stdin: Readable;
  /** Standard output is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Standard error is a terminal (progress bars are drawn only then). */
  readonly stderrIsTTY: boolean;
}

/** What a command run learnt along the way. */
export interface RunState {
  /** Some input rows were invalid (the exit code becomes 1). */
  badData: boolean;
}

/** At most this many invalid rows are printed per file. */
const SHOWN = 20;

function progressBar(io: Io, name: string): ((p: ReadProgress) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  let last = 0;
  let drawn = false;
  return (p) => {
    if (p.done) {
      if (drawn) io.err('\r\x1b[K');
      return;
    }
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    drawn = true;
    const rows = p.rows.toLocaleString('en-US');
    if (p.totalBytes !== null && p.totalBytes > 0) {
      const share = Math.min(1, p.bytes / p.totalBytes);
      const fill = Math.round(share * 30);
      io.err(`\r${name} [${'█'.repeat(fill)}${'░'.repeat(30 - fill)}] ${(share * 100).toFixed(0).padStart(3)}% ${rows} rows`);
    } else io.err(`\r${name} ${rows} rows`);
  };
}

/** A file: a path (`-` = stdin), or a named text held in memory (the demo's data). */
export type InputFile = string | { readonly name: string; readonly text: string };

/** The name of a file for messages. */
export function fileName(file: InputFile): string {
  return typeof file !== 'string' ? file.name : file === '-' ? '<stdin>' : file;
}

/** Options of {@link loadRecords}. */
export interface LoadOptions {
  /** The file's format, when it cannot be told from the name. */
  readonly format?: RecordFormat;
  /** Column → field map. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Language of the summary line. */
  readonly lang: Locale;
}

/**
 * Reads every valid record of a file (`-` = stdin). Invalid rows are printed to stderr as `FILE:LINE: message`
 * (the first 20), followed by a count, and mark the run as having bad data; the valid rows are returned.
 */
export async function loadRecords<S extends z.core.$ZodType>(io: Io, state: RunState, file: InputFile, schema: S, options: LoadOptions): Promise<z.output<S>[]> {
  const name = fileName(file);
  if (file === '') throw usageError('a file name must not be empty');
  const onProgress = progressBar(io, name);
  const source = typeof file !== 'string' ? [file.text] : file === '-' ? io.stdin : file;
  const format = options.format ?? (typeof file === 'string' ? undefined : (formatOfPath(file.name) ?? undefined));
  const reader = readRecords(source, {
    schema,
    ...(format === undefined ? {} : { format }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const records: z.output<S>[] = [];
  for await (const batch of reader.batches()) for (let i = 0; i < batch.length; i++) records.push(batch[i]!);
  const { stats, errors } = reader;
  if (stats.invalid > 0) {
    state.badData = true;
    const lines = errors.slice(0, SHOWN).map((e) => `${name}:${e.line}: ${e.message}\n`);
    io.err(lines.join(''));
    const more = stats.invalid - Math.min(SHOWN, errors.length);
    const zh = options.lang === 'zh-CN';
    if (more > 0) io.err(zh ? `${name}：另有 ${more} 行无效\n` : `${name}: … and ${more} more invalid rows\n`);
    io.err(
      zh
        ? `${name}：读取 ${stats.rows} 行，有效 ${stats.valid} 行，无效 ${stats.invalid} 行（已跳过）\n`
        : `${name}: ${stats.rows} rows read, ${stats.valid} valid, ${stats.invalid} invalid (skipped)\n`,
    );
  }
  return records;
}
