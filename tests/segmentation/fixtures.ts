/**
 * Readers of the RFM reference data in tests/fixtures/rfm (see the README there for sources).
 */
import { readFileSync } from 'node:fs';

/** Parses a CSV written by R's `write.csv`: a header row, fields optionally double-quoted ("" escapes a quote). */
export function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../fixtures/rfm/${name}`, import.meta.url), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, j) => [h, r[j]!])));
}

export interface SegmentTable {
  segments: string[];
  customers: number[];
  orders: number[];
  revenue: number[];
}

export interface RfmReference {
  orders: {
    thresholds: { recency: number[]; frequency: number[]; monetary: number[] };
    older: SegmentTable;
    vignette: SegmentTable;
    first10: { ids: string[]; segments: string[] };
  };
  customer: { thresholds: { recency: number[]; frequency: number[]; monetary: number[] }; vignette: SegmentTable };
}

export const reference = JSON.parse(readFileSync(new URL('../fixtures/rfm/reference.json', import.meta.url), 'utf8')) as RfmReference;

/** rfm_data_orders.csv as transactions (customer_id, order_date, revenue). */
export const orders = readCsv('rfm_data_orders.csv').map((r) => ({ customerId: r.customer_id!, date: r.order_date!, amount: Number(r.revenue) }));

/** rfm_data_customer.csv as summaries (recency_days, number_of_orders, revenue). */
export const customerSummaries = readCsv('rfm_data_customer.csv').map((r) => ({
  customerId: Number(r.customer_id),
  recencyDays: Number(r.recency_days),
  frequency: Number(r.number_of_orders),
  monetary: Number(r.revenue),
}));
