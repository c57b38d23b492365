/**
 * Readers of the CDNOW fixtures (tests/fixtures/cdnow, copied from the lifetimes repository; see its README) for
 * the Pareto/NBD, Gamma-Gamma and CLV tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/cdnow/', import.meta.url));

/** One row of cdnow_customers_summary_with_transactions.csv: x, t_x, T (weeks) and zbar (USD). */
export interface CdnowRow {
  customerId: number;
  frequency: number;
  recency: number;
  T: number;
  monetary: number;
}

/** The 2,357-customer calibration summary (Fader, Hardie & Lee 2005), weeks. */
export function cdnowSummary(): CdnowRow[] {
  const lines = readFileSync(`${dir}cdnow_customers_summary_with_transactions.csv`, 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((l) => {
    const [id, x, tx, T, z] = l.split(',').map(Number) as [number, number, number, number, number];
    return { customerId: id, frequency: x, recency: tx, T, monetary: z };
  });
}

/** The 69,659 master transactions as { customerId, date, amount }. */
export function cdnowMasterTransactions(): { customerId: string; date: string; amount: number }[] {
  const lines = readFileSync(`${dir}CDNOW_master.txt`, 'utf8').split(/\r?\n/).slice(1);
  const out: { customerId: string; date: string; amount: number }[] = [];
  for (const line of lines) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    out.push({ customerId: f[0]!, date: f[1]!, amount: Number(f[3]) });
  }
  return out;
}
