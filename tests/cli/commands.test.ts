/**
 * The CLI in-process (`main(argv, io)`), for the branches the process tests do not reach: every command and
 * format, option errors, feedback and maturity inputs in their other forms, sections left out when inputs are
 * missing. Expected values are worked out by hand from the inline inputs.
 */
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { demoData } from '../../src/cli/demo-data.js';
import { demoFiles } from '../../src/cli/commands/report.js';
import { GBT42509_CHECKLIST } from '../../src/index.js';
import { check } from '../model/json-schema-check.js';

async function run(argv: string[], options: { stdin?: string; tty?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    stdin: Readable.from([options.stdin ?? '']),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cxkit-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const TX = 'customerId,occurredAt,amount\n' + ['a,2025-01-05,10', 'a,2025-02-10,20', 'a,2025-03-15,30', 'b,2025-01-20,5', 'c,2025-02-03,50', 'c,2025-03-20,25', 'd,2025-03-28,8'].join('\n') + '\n';
// Enough customers for the model fits: the demo company's purchases (80 customers).
const DEMO_TX = demoFiles(demoData(5, 80))['transactions.csv']!;
const DEMO_LAST = DEMO_TX.trim().split('\n').slice(1).map((l) => l.split(',')[2]!).sort().pop()!.slice(0, 10);

describe('cxkit commands in-process', () => {
  it('picks table output on a terminal and JSON otherwise', async () => {
    const dir = tmp({ 'r.csv': 'respondedAt,metric,score\n2025-01-01,csat,5\n2025-01-02,csat,2\n' });
    const tty = await run(['csat', join(dir, 'r.csv')], { tty: true });
    expect(tty.out).toMatch(/^Customer satisfaction \(CSAT\)\n/);
    expect(tty.out).toMatch(/\n\s+2\s+50\.0\s/);
    const json = await run(['csat', join(dir, 'r.csv')]);
    expect((JSON.parse(json.out) as { result: { score: number } }).result.score).toBe(50);
  });

  it('ces takes a direction, and refuses answers on two scales', async () => {
    const dir = tmp({
      'c.csv': 'respondedAt,metric,score,scale.min,scale.max\n2025-01-01,ces,1,1,5\n2025-01-02,ces,2,1,5\n2025-01-02,ces,5,1,5\n',
      'mixed.csv': 'respondedAt,metric,score,scale.min,scale.max\n2025-01-01,ces,1,1,5\n2025-01-02,ces,2,1,7\n',
    });
    const r = await run(['ces', join(dir, 'c.csv'), '--direction', 'lower-is-easier']);
    expect(r.code).toBe(0);
    // 1–5, lower is easier: easy = at or below 2 → 2 of 3.
    expect((JSON.parse(r.out) as { result: { mean: number } }).result.mean).toBeCloseTo(8 / 3, 12);
    expect((JSON.parse(r.out) as { result: { easyShare: number } }).result.easyShare).toBeCloseTo(66.667, 2);
    const m = await run(['ces', join(dir, 'mixed.csv')]);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/different scales/);
  });

  it('rfm, clv and retention default their date to the last transaction, and check their options', async () => {
    const dir = tmp({ 'tx.csv': TX });
    const file = join(dir, 'tx.csv');
    const rfm = JSON.parse((await run(['rfm', file, '--bins', '2'])).out) as { bins: { recency: number }; customers: { customerId: string; recencyDays: number }[] };
    expect(rfm.bins.recency).toBe(2);
    // As of 2025-03-28 (d's purchase): a's last purchase was 13 days before.
    expect(rfm.customers.find((c) => c.customerId === 'a')?.recencyDays).toBe(13);
    const asOf = JSON.parse((await run(['rfm', file, '--as-of', '2025-04-07'])).out) as { customers: { customerId: string; recencyDays: number }[] };
    expect(asOf.customers.find((c) => c.customerId === 'a')?.recencyDays).toBe(23);
    const ret = JSON.parse((await run(['retention', file, '--period', 'month', '--cohort-period', 'month', '--inactive-after', '1'])).out) as { cohorts: { cohorts: { cohort: string; size: number }[] } };
    expect(ret.cohorts.cohorts.map((c) => [c.cohort, c.size])).toEqual([['2025-01', 2], ['2025-02', 1], ['2025-03', 1]]);
    const big = join(tmp({ 'tx.csv': DEMO_TX }), 'tx.csv');
    const clv = await run(['clv', big, '--months', '6', '--discount-rate', '0', '--top', '2', '--format', 'csv']);
    expect(clv.code).toBe(0);
    expect(clv.out).toMatch(/^# clv-models\nmodel,parameter,estimate,standardError\nbg-nbd,r,/);
    for (const bad of [['rfm', file, '--bins', '12'], ['rfm', file, '--as-of', 'soon'], ['clv', file, '--discount-rate', '2'], ['retention', file, '--period', 'fortnight']]) {
      const r = await run(bad);
      expect(r.code, bad.join(' ')).toBe(2);
    }
    expect((await run(['rfm', join(tmp({ 'e.csv': 'customerId,occurredAt,amount\n' }), 'e.csv')])).code).toBe(2);
  });

  it('clv on a handful of customers still reports, with a note giving the reason of each fit that did not converge', async () => {
    // Four customers do not identify BG/NBD (its fit used to leave parameters the predictions could not evaluate).
    const file = join(tmp({ 'tx.csv': TX }), 'tx.csv');
    const r = await run(['clv', file, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Top 10 customers/);
    expect(r.out).toMatch(/\nbg-nbd: did not converge: /);
    const json = JSON.parse((await run(['clv', file])).out) as { total: string; model: { converged: boolean } };
    expect(json.model.converged).toBe(false);
    expect(Number(json.total)).toBeGreaterThan(0);
  });

  it('schema describes the maturity documents too, and they satisfy it', async () => {
    const assessment = await run(['schema', 'maturity-assessment']);
    expect(assessment.code).toBe(0);
    const a = JSON.parse(assessment.out) as Record<string, unknown>;
    expect(a.required).toEqual(['checklist']);
    expect(check(a, { checklist: { id: GBT42509_CHECKLIST.id, version: GBT42509_CHECKLIST.version }, answers: [{ criterion: 'D01-1-L1', status: 'met' }] })).toEqual([]);
    expect(check(a, { answers: [] })).not.toEqual([]);
    const c = JSON.parse((await run(['schema', 'maturity-checklist'])).out) as Record<string, unknown>;
    expect(check(c, JSON.parse(JSON.stringify(GBT42509_CHECKLIST)))).toEqual([]);
    const bad = await run(['schema', 'maturity']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/maturity-assessment, maturity-checklist/);
  });

  it('journey without touchpoints gives the funnel only; --touchpoints needs --responses', async () => {
    const dir = tmp({ 'e.ndjson': ['visit', 'signup', 'purchase'].map((type, i) => JSON.stringify({ customerId: 'a', occurredAt: `2025-01-0${i + 1}`, type })).join('\n') });
    const r = JSON.parse((await run(['journey', join(dir, 'e.ndjson')])).out) as { funnel: { reached: number }[]; painPoints?: unknown };
    expect(r.funnel.map((s) => s.reached)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(r.painPoints).toBeUndefined();
    expect((await run(['journey', join(dir, 'e.ndjson'), '--touchpoints', 'x.json'])).code).toBe(2);
  });

  it('maturity reads a JSON assessment input or an answers array, and reports JSON errors', async () => {
    const dir = tmp({
      'a.json': JSON.stringify({ checklist: { id: 'gbt42509-cx', version: '1.0.0' }, answers: [{ criterion: 'D01-1-L1', status: 'met' }] }),
      'list.json': JSON.stringify([{ criterion: 'D01-1-L1', status: 'met' }]),
      'bad.json': '{"checklist": ',
      'wrong.json': JSON.stringify({ answers: 3 }),
      'empty.csv': 'criterion,status\n',
    });
    const a = await run(['maturity', join(dir, 'a.json'), '--top', '1']);
    expect(a.code).toBe(0);
    expect((JSON.parse(a.out) as { overall: { level: number }; gaps: unknown[] }).gaps).toHaveLength(1);
    expect((await run(['maturity', join(dir, 'list.json')])).code).toBe(0);
    const bad = await run(['maturity', join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not JSON/);
    expect((await run(['maturity', join(dir, 'wrong.json')])).code).toBe(1);
    expect((await run(['maturity', join(dir, 'empty.csv')])).code).toBe(2);
    expect((await run(['maturity', join(dir, 'none.json')])).code).toBe(2);
  });

  it('report DIR reads what is there, names what is missing, and reports broken feedback cases by id', async () => {
    const dir = tmp({
      'transactions.csv': DEMO_TX,
      'feedback-events.csv': 'caseId,category,state,at\nF1,app,received,2025-03-01T08:00:00Z\nF1,app,acknowledged,2025-03-01T10:00:00Z\nF2,app,received,2025-03-02T08:00:00Z\nF2,app,resolved,2025-03-01T08:00:00Z\n',
    });
    const r = await run(['report', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/feedback-events\.csv: case F2: events\[1\]\.at: events must be in chronological order/);
    const out = JSON.parse(r.out) as { asOf: string; missing: string[]; sections: Record<string, { n?: number }> };
    expect(out.asOf).toBe(`${DEMO_LAST}T23:59:59.999Z`);
    expect(Object.keys(out.sections)).toEqual(['overview', 'retention', 'clv', 'rfm', 'feedback']);
    expect(out.sections.feedback?.n).toBe(1);
    expect(out.missing).toEqual(['survey answers (NPS, CSAT, CES)', 'journey events (funnel, pain points)', 'a maturity self-assessment']);
    const text = await run(['report', dir, '--format', 'table', '--lang', 'zh-CN']);
    expect(text.out).toContain('数据中缺少：');
    expect((await run(['report', join(dir, 'nope')])).code).toBe(2);
    expect((await run(['report', tmp({})])).code).toBe(2);
  });

  it('feedback cases can come as JSON', async () => {
    const dir = tmp({
      'feedback-cases.json': JSON.stringify([{ id: 'F1', events: [{ state: 'received', at: '2025-03-01T08:00:00Z' }, { state: 'acknowledged', at: '2025-03-01T09:00:00Z' }] }]),
      'transactions.csv': DEMO_TX,
    });
    const out = JSON.parse((await run(['report', dir])).out) as { sections: { feedback: { n: number; medianFirstResponse: number } } };
    expect(out.sections.feedback).toMatchObject({ n: 1, medianFirstResponse: 3_600_000 });
  });

  it('writes the demo as CSV tables with a # line before each', async () => {
    const r = await run(['demo', '--customers', '50', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('# overview\nasOf,customers,buyers,transactions,revenue,responses,events,cases\n2025-12-31,50,50,')).toBe(true);
    expect(r.out).toContain('\n# maturity-gaps\n');
    expect((await run(['demo', '--customers', '5'])).code).toBe(2);
    expect((await run(['demo', 'extra'])).code).toBe(2);
  });

  it('prints help for "help" and an unknown command as a usage error', async () => {
    expect((await run(['help'])).out).toMatch(/^Usage: cxkit <command>/);
    expect((await run(['-v'])).code).toBe(0);
    const u = await run(['frobnicate']);
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/unknown command "frobnicate"/);
    expect((await run(['nps', '--lang', 'fr', 'x'])).code).toBe(2);
  });

  it('prints the help of each command in-process, and every command has one', async () => {
    for (const name of ['demo', 'nps', 'csat', 'ces', 'rfm', 'clv', 'retention', 'journey', 'maturity', 'report', 'schema']) {
      const r = await run([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.out, name).toMatch(new RegExp(`^Usage: cxkit ${name} `));
      expect(r.out, name).toContain('  -h, --help');
    }
    expect((await run(['ces', '--help'])).out).toContain('--direction higher-is-easier|lower-is-easier');
  });

  it('draws a progress bar on a terminal stderr for a file, and clears it at the end', async () => {
    const rows = ['respondedAt,metric,score'];
    for (let i = 0; i < 5000; i++) rows.push(`2025-01-01,nps,${i % 11}`);
    const dir = tmp({ 'r.csv': rows.join('\n') });
    const r = await run(['nps', join(dir, 'r.csv')], { tty: true });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^\r.*r\.csv \[[█░]{30}\] +\d+% [\d,]+ rows/);
    expect(r.err.endsWith('\r\x1b[K')).toBe(true);
    const piped = await run(['nps', '-'], { tty: true, stdin: rows.join('\n') });
    expect(piped.err).toMatch(/^\r<stdin> [\d,]+ rows/);
    const quiet = await run(['nps', join(dir, 'r.csv')]);
    expect(quiet.err).toBe('');
  });
});
