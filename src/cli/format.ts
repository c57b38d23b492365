/**
 * Renders a {@link Report} as a text table (for a terminal), JSON (for programs) or CSV (for spreadsheets).
 *
 * @module
 */
import type { Locale } from '../model/labels.js';
import type { Cell, Column, ColumnFormat, Report, Table } from './report.js';

/** Output formats of the CLI. */
export type OutputFormat = 'table' | 'json' | 'csv';

/** Display width of a string in a terminal: East Asian wide and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x300 && c <= 0x36f) || c === 0x200b) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function fixed(x: number, d: number): string {
  const s = x.toFixed(d);
  return s === `-${(0).toFixed(d)}` ? (0).toFixed(d) : s;
}

/** A cell as text in a table. */
export function formatCell(v: Cell | undefined, format: ColumnFormat = 'text'): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? '✓' : '';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '–';
  switch (format) {
    case 'int':
      return Math.round(v).toLocaleString('en-US');
    case 'num1':
      return fixed(v, 1);
    case 'num2':
      return fixed(v, 2);
    case 'num3':
      return fixed(v, 3);
    case 'pct':
      return `${fixed(v * 100, 1)}%`;
    case 'money':
      return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    default:
      return String(v);
  }
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** One table as aligned text: a header, a rule, the rows (numbers right-aligned). */
export function renderTable(table: Table, lang: Locale): string {
  const cols: readonly Column[] = table.columns;
  const head = cols.map((c) => c.label[lang]);
  const body = table.rows.map((r) => cols.map((c) => formatCell(r[c.key], c.format)));
  const right = cols.map((c) => c.format !== undefined && c.format !== 'text');
  const widths = cols.map((_, j) => {
    let w = displayWidth(head[j]!);
    for (const row of body) w = Math.max(w, displayWidth(row[j]!));
    return w;
  });
  const line = (cells: string[]): string =>
    cells
      .map((s, j) => pad(s, widths[j]!, right[j]!))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of body) out.push(line(row));
  if (body.length === 0) out.push(lang === 'zh-CN' ? '（无数据）' : '(no rows)');
  return out.join('\n');
}

/** The report as text for a terminal. */
export function renderText(report: Report, lang: Locale): string {
  const parts: string[] = [];
  if (report.title !== undefined) {
    const title = report.title[lang];
    parts.push(`${title}\n${'═'.repeat(displayWidth(title))}`);
  }
  for (const section of report.sections) {
    const title = section.title[lang];
    const block = [`${title}\n${'─'.repeat(displayWidth(title))}`];
    for (const table of section.tables) {
      block.push(table.title === undefined ? renderTable(table, lang) : `${table.title[lang]}\n${renderTable(table, lang)}`);
    }
    for (const note of section.notes ?? []) block.push(note[lang]);
    parts.push(block.join('\n\n'));
  }
  return `${parts.join('\n\n\n')}\n`;
}

/** A CSV field, quoted when it holds a delimiter, quote or line break (RFC 4180). */
export function csvField(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV line (without its line break). */
export function csvLine(values: readonly (Cell | undefined)[]): string {
  return values.map(csvField).join(',');
}

/** The report's tables as CSV, keys as headers; several tables are separated by a blank line and a `# id` line. */
export function renderCsv(report: Report): string {
  const tables = report.sections.flatMap((s) => s.tables);
  const blocks = tables.map((table) => {
    const lines = [csvLine(table.columns.map((c) => c.key))];
    for (const row of table.rows) lines.push(csvLine(table.columns.map((c) => row[c.key])));
    return (tables.length > 1 ? `# ${table.id}\n` : '') + lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The report's data as JSON: one section's data alone, or `{ ...meta, sections: { id: data } }`. */
export function renderJson(report: Report): string {
  const value: unknown =
    report.sections.length === 1 && report.meta === undefined
      ? report.sections[0]!.data
      : { ...report.meta, sections: Object.fromEntries(report.sections.map((s) => [s.id, s.data])) };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Renders a report in a format. */
export function render(report: Report, format: OutputFormat, lang: Locale): string {
  if (format === 'json') return renderJson(report);
  if (format === 'csv') return renderCsv(report);
  return renderText(report, lang);
}
