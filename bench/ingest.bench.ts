/**
 * Ingestion speed and memory: a generated transactions CSV (`customerId,occurredAt,amount`, the toolchain note's
 * shape) read by
 *   - the bare parser: papaparse's own streaming API (`chunk` callback), counting rows — the note's measurement;
 *   - the bare parser as readRecords drives it (papaparse's Parser on 64 KiB chunks);
 *   - readRecords with `TransactionSchema` (ids, dates, Decimal amounts, every row validated), batch by batch and
 *     record by record;
 *   - readRecords with a plain zod object schema (zod on every row), for comparison.
 * Each case runs in its own process so its peak RSS is its own. Prints rows/s, the ratio to the bare parser
 * (goal ≥ 0.5), the pandas bar (the note: 10M rows in 1.85 s), and peak RSS of readRecords at 1M and 4M rows
 * (goal: flat).
 *
 * Run: npx tsx bench/ingest.bench.ts [--rows=1000000] [--big=4000000]
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as z from 'zod';
import { readRecords } from '../src/node/index.js';
import { TransactionSchema } from '../src/model/transaction.js';
import { sizeArg } from './util.js';

const CASES = ['papaparse-stream', 'papaparse-chunks', 'readRecords-batches', 'readRecords-records', 'readRecords-zod'] as const;
type Case = (typeof CASES)[number];

async function generate(file: string, rows: number): Promise<void> {
  if (existsSync(file)) return;
  const out = createWriteStream(file);
  out.write('customerId,occurredAt,amount\n');
  let x = 20261124;
  let buf: string[] = [];
  for (let i = 0; i < rows; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const day = new Date(Date.UTC(2024, 0, 1) + (x % 731) * 86_400_000).toISOString().slice(0, 10);
    buf.push(`c${(x >>> 8) % 250_000},${day},${((x >>> 4) % 50_000) / 100}\n`);
    if (buf.length === 10_000) {
      if (!out.write(buf.join(''))) await once(out, 'drain');
      buf = [];
    }
  }
  out.end(buf.join(''));
  await once(out, 'finish');
}

/** One case in this process: returns the rows read. */
async function runCase(name: Case, file: string): Promise<number> {
  if (name === 'papaparse-stream') {
    return new Promise((resolve, reject) => {
      let n = 0;
      Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
        chunk: (r: Papa.ParseResult<string[]>) => {
          n += r.data.length;
        },
        complete: () => resolve(n - 1),
        error: reject,
      });
    });
  }
  if (name === 'papaparse-chunks') {
    const parser = new Papa.Parser({ delimiter: ',', newline: '\n' }) as unknown as { parse(t: string, b: number, last: boolean): { data: string[][]; meta: { cursor: number } } };
    let rest = '';
    let n = 0;
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      const text = rest + (chunk as string);
      const r = parser.parse(text, 0, true);
      rest = text.slice(r.meta.cursor);
      n += r.data.length;
    }
    return n - 1 + (rest.length > 0 ? 1 : 0);
  }
  if (name === 'readRecords-records') {
    const reader = readRecords(file, { schema: TransactionSchema });
    let n = 0;
    for await (const t of reader) if (t.customerId !== '') n++;
    return n;
  }
  const schema = name === 'readRecords-zod' ? z.object({ customerId: z.string().min(1), occurredAt: z.iso.date(), amount: z.coerce.number() }) : TransactionSchema;
  const reader = readRecords(file, { schema });
  let n = 0;
  for await (const batch of reader.batches()) n += batch.length;
  return n;
}

const child = process.argv.find((a) => a.startsWith('--child='));
if (child !== undefined) {
  const file = process.argv.find((a) => a.startsWith('--file='))!.slice(7);
  const t0 = performance.now();
  const rows = await runCase(child.slice(8) as Case, file);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ rows, ms, rss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const rows = sizeArg('rows', 1_000_000);
  const big = sizeArg('big', 4_000_000);
  const dir = join(tmpdir(), 'cxkit-bench');
  mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const measure = (name: Case, file: string): { rows: number; ms: number; rss: number } => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, `--child=${name}`, `--file=${file}`], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as { rows: number; ms: number; rss: number };
  };
  const file = join(dir, `transactions-${rows}.csv`);
  await generate(file, rows);
  const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MB`;
  console.log(`\n${rows.toLocaleString('en-US')} rows, ${mb(statSync(file).size)}: ${file}`);
  const results = new Map<Case, { rows: number; ms: number; rss: number }>();
  for (const name of CASES) {
    // The best of three runs (the machine may be busy).
    let best = measure(name, file);
    for (let i = 0; i < 2; i++) {
      const r = measure(name, file);
      if (r.ms < best.ms) best = r;
    }
    if (best.rows !== rows) throw new Error(`${name} read ${best.rows} rows, expected ${rows}`);
    results.set(name, best);
  }
  const bare = results.get('papaparse-stream')!;
  for (const [name, r] of results) {
    const perS = rows / (r.ms / 1000);
    console.log(`  ${name.padEnd(22)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(perS).toLocaleString('en-US').padStart(11)} rows/s  ${(bare.ms / r.ms).toFixed(2)}× bare speed  peak RSS ${mb(r.rss)}`);
  }
  console.log(`  pandas bar (toolchain note: 10M rows in 1.85 s)  ${Math.round(10_000_000 / 1.85).toLocaleString('en-US').padStart(11)} rows/s`);
  const ratio = bare.ms / results.get('readRecords-batches')!.ms;
  console.log(`  readRecords(TransactionSchema) / bare parser: ${ratio.toFixed(2)} (goal ≥ 0.5)`);

  const bigFile = join(dir, `transactions-${big}.csv`);
  await generate(bigFile, big);
  const small = results.get('readRecords-batches')!;
  const large = measure('readRecords-batches', bigFile);
  console.log(`\nPeak RSS of readRecords(TransactionSchema): ${mb(small.rss)} at ${rows.toLocaleString('en-US')} rows, ${mb(large.rss)} at ${big.toLocaleString('en-US')} rows (${mb(statSync(bigFile).size)}), ${(big / (large.ms / 1000)).toFixed(0)} rows/s`);
}
