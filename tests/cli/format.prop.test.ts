/**
 * The output formats: CSV written by the CLI reads back (through readAll) to the same cells; terminal widths count
 * wide characters twice; cells are written by their column's format.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import { csvLine, displayWidth, formatCell, render, renderTable } from '../../src/cli/format.js';
import { readAll } from '../../src/node/read.js';
import { L, type Report } from '../../src/cli/report.js';

describe('format', () => {
  it('CSV lines read back to the same cells', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '门', '-'), maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }), async (rows) => {
        const text = [csvLine(['a', 'b']), ...rows.map((r) => csvLine(r))].join('\n') + '\n';
        const back = await readAll([text], { schema: z.object({ a: z.string(), b: z.string() }), format: 'csv' });
        const want = rows.map(([a, b]) => ({ a, b }));
        expect(back.records).toEqual(want);
      }),
    );
  });

  it('display width: ASCII 1, CJK 2, and a padded table keeps its columns aligned', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('门店')).toBe(4);
    expect(displayWidth('Ａ')).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '门', '1', ' ') , maxLength: 6 }), { minLength: 1, maxLength: 5 }), (names) => {
        const text = renderTable({ id: 't', columns: [{ key: 'name', label: L('Name', '名称') }, { key: 'n', label: L('N', '数'), format: 'int' }], rows: names.map((name, i) => ({ name, n: i })) }, 'zh-CN');
        const widths = text.split('\n').filter((l) => !l.startsWith('─')).map((l) => displayWidth(l));
        // Right-aligned last column: every line ends at the same width.
        expect(new Set(widths).size).toBe(1);
      }),
    );
  });

  it('writes cells by format', () => {
    expect(formatCell(null, 'pct')).toBe('–');
    expect(formatCell(Number.NaN, 'num1')).toBe('–');
    expect(formatCell(0.1234, 'pct')).toBe('12.3%');
    expect(formatCell(-0.0001, 'num1')).toBe('0.0');
    expect(formatCell(1234567.891, 'money')).toBe('1,234,567.89');
    expect(formatCell(1234.6, 'int')).toBe('1,235');
    expect(formatCell(2.5, 'num2')).toBe('2.50');
    expect(formatCell(2.5, 'num3')).toBe('2.500');
    expect(formatCell(true)).toBe('✓');
    expect(formatCell(false)).toBe('');
    expect(formatCell(7)).toBe('7');
  });

  it('renders JSON of one section as its data, and of several with the meta', () => {
    const one: Report = { sections: [{ id: 'a', title: L('A', '甲'), tables: [], data: { x: 1 } }] };
    expect(JSON.parse(render(one, 'json', 'en'))).toEqual({ x: 1 });
    const two: Report = { meta: { seed: 1 }, sections: [...one.sections, { id: 'b', title: L('B', '乙'), tables: [{ id: 't', columns: [], rows: [] }], notes: [L('note', '注')], data: 2 }] };
    expect(JSON.parse(render(two, 'json', 'en'))).toEqual({ seed: 1, sections: { a: { x: 1 }, b: 2 } });
    expect(render(two, 'table', 'zh-CN')).toContain('（无数据）');
    expect(render(two, 'table', 'zh-CN')).toContain('注');
    expect(render(two, 'csv', 'en')).toBe('\n');
  });
});
