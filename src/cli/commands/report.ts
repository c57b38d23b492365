/**
 * `cxkit demo` (the seeded demo company and its full report) and `cxkit report DIR` (the same report on a
 * folder of the user's files).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PERIODS, type Period } from '../../core/period.js';
import { choiceOption, intOption, stringOption, usageError, type ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { latest, loadAssessment, loadCustomers, loadEvents, loadFeedbackCases, loadResponses, loadTouchpoints, loadTransactions, readDateOption, type Ctx } from '../inputs.js';
import { fullReport, type ReportInputs } from '../full-report.js';
import type { ClvModelKind } from '../sections/value.js';
import { demoData, type DemoData, type DemoRow } from '../demo-data.js';
import { csvLine } from '../format.js';
import { L, type Report } from '../report.js';

/** The files of a report folder, by input, with the names tried in order. */
export const REPORT_FILES = {
  customers: ['customers'],
  transactions: ['transactions'],
  responses: ['survey-responses', 'responses'],
  events: ['journey-events', 'events'],
  feedback: ['feedback-events', 'feedback-cases', 'feedback'],
  touchpoints: ['touchpoints'],
  assessment: ['maturity-answers', 'maturity', 'assessment'],
} as const;

const EXTENSIONS = ['.csv', '.tsv', '.ndjson', '.jsonl', '.json'];

function find(dir: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const ext of EXTENSIONS) {
      const path = join(dir, name + ext);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** Reads what a report folder holds (each file optional). */
async function loadDir(ctx: Ctx, dir: string): Promise<ReportInputs> {
  if (!existsSync(dir)) throw usageError(`no such folder: ${dir}`, 'DIR');
  const f = (k: keyof typeof REPORT_FILES): string | undefined => find(dir, REPORT_FILES[k]);
  const customers = f('customers');
  const transactions = f('transactions');
  const responses = f('responses');
  const events = f('events');
  const feedback = f('feedback');
  const touchpoints = f('touchpoints');
  const assessment = f('assessment');
  return {
    customers: customers === undefined ? undefined : await loadCustomers(ctx, customers),
    transactions: transactions === undefined ? undefined : await loadTransactions(ctx, transactions),
    responses: responses === undefined ? undefined : await loadResponses(ctx, responses),
    events: events === undefined ? undefined : await loadEvents(ctx, events),
    feedback: feedback === undefined ? undefined : await loadFeedbackCases(ctx, feedback),
    touchpoints: touchpoints === undefined ? undefined : await loadTouchpoints(ctx, touchpoints),
    assessment: assessment === undefined ? undefined : await loadAssessment(ctx, assessment),
  };
}

const REPORT_OPTIONS = {
  'as-of': { type: 'string', value: 'DATE', help: 'analysis date, inclusive' },
  period: { type: 'string', value: PERIODS.join('|'), help: 'period of the NPS trend and the churn rows (default month)' },
  model: { type: 'string', value: 'bg-nbd|pareto-nbd|mbg-nbd', help: 'the purchase model of the CLV section (default bg-nbd)' },
} as const;

function reportSettings(args: ParsedArgs): { period: Period; model: ClvModelKind } {
  return { period: choiceOption<Period>(args, 'period', PERIODS, 'month'), model: choiceOption<ClvModelKind>(args, 'model', ['bg-nbd', 'pareto-nbd', 'mbg-nbd'], 'bg-nbd') };
}

/** `cxkit report DIR`. */
export const reportCommand: Command = {
  spec: {
    name: 'report',
    usage: 'DIR [options]',
    summary: "The full CX report (as `cxkit demo` prints it) on the files in DIR; each section needs its files, missing ones are named.",
    details: [
      'Files (any of .csv, .tsv, .ndjson, .jsonl, .json): customers, transactions, survey-responses, journey-events,',
      'feedback-events (one row per state change) or feedback-cases (JSON), touchpoints (JSON), maturity-answers.',
      'The analysis date defaults to the day of the last transaction (or event, or answer).',
    ],
    options: { ...REPORT_OPTIONS, 'as-of': { ...REPORT_OPTIONS['as-of'], help: 'analysis date, inclusive (default: the latest date in the data)' } },
    positionals: { min: 1, max: 1 },
  },
  async run(args, ctx) {
    const settings = reportSettings(args);
    const inputs = await loadDir(ctx, args.positionals[0]!);
    const given = stringOption(args, 'as-of');
    let asOf: Date;
    if (given !== undefined) asOf = readDateOption(given, 'as-of');
    else {
      const last = latest([...(inputs.transactions ?? []).map((t) => t.occurredAt), ...(inputs.events ?? []).map((e) => e.occurredAt), ...(inputs.responses ?? []).map((r) => r.respondedAt)]);
      if (last === null) throw usageError(`${args.positionals[0]!}: no dated records (transactions, journey events or survey answers): give --as-of`, 'as-of');
      asOf = readDateOption(last.toISOString().slice(0, 10), 'as-of');
    }
    return fullReport(inputs, { ...settings, asOf, lang: ctx.lang, title: L('CX report', '客户体验报告') }, ctx.io, ctx.state);
  },
};

function csvOf(rows: readonly DemoRow[]): string {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows.slice(0, 1000)) for (const k of Object.keys(row)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  const lines = [csvLine(keys)];
  for (const row of rows) lines.push(csvLine(keys.map((k) => row[k] ?? '')));
  return `${lines.join('\n')}\n`;
}

/** The demo's files: name → text. */
export function demoFiles(data: DemoData): Record<string, string> {
  return {
    'customers.csv': csvOf(data.customers),
    'transactions.csv': csvOf(data.transactions),
    'survey-responses.csv': csvOf(data.responses),
    'journey-events.csv': csvOf(data.events),
    'feedback-events.csv': csvOf(data.feedback),
    'touchpoints.json': `${JSON.stringify(data.touchpoints, null, 2)}\n`,
    'maturity-answers.csv': csvOf(data.maturity),
  };
}

/** `cxkit demo`. */
export const demoCommand: Command = {
  spec: {
    name: 'demo',
    usage: '[--seed N] [--customers N] [--out DIR] [options]',
    summary: 'Builds a seeded synthetic company (two years of customers, purchases, survey answers, journey events, feedback cases and a maturity self-assessment) and prints its full CX report.',
    details: ['The same seed gives the same company and report; nothing depends on the clock. --out writes the data as files', 'that every other command reads (try `cxkit report DIR`).'],
    options: {
      seed: { type: 'string', value: 'N', help: 'seed of the company (default 42)' },
      customers: { type: 'string', value: 'N', help: 'number of customers, 10–200000 (default 5000)' },
      out: { type: 'string', value: 'DIR', help: 'also write the data to DIR (CSV files, touchpoints.json)' },
      ...REPORT_OPTIONS,
      'as-of': { ...REPORT_OPTIONS['as-of'], help: "analysis date, inclusive (default: the demo's last day, 2025-12-31)" },
    },
    positionals: { min: 0, max: 0 },
  },
  async run(args, ctx) {
    const seed = intOption(args, 'seed', 42, 0, Number.MAX_SAFE_INTEGER);
    const customers = intOption(args, 'customers', 5000, 10, 200_000);
    const settings = reportSettings(args);
    const data = demoData(seed, customers);
    const files = demoFiles(data);
    const out = stringOption(args, 'out');
    let inputs: ReportInputs;
    if (out !== undefined) {
      await mkdir(out, { recursive: true });
      for (const [name, text] of Object.entries(files)) await writeFile(join(out, name), text);
      inputs = await loadDir(ctx, out);
    } else {
      const mem = (name: string): { name: string; text: string } => ({ name, text: files[name]! });
      inputs = {
        customers: await loadCustomers(ctx, mem('customers.csv')),
        transactions: await loadTransactions(ctx, mem('transactions.csv')),
        responses: await loadResponses(ctx, mem('survey-responses.csv')),
        events: await loadEvents(ctx, mem('journey-events.csv')),
        feedback: await loadFeedbackCases(ctx, mem('feedback-events.csv')),
        touchpoints: await loadTouchpoints(ctx, mem('touchpoints.json')),
        assessment: await loadAssessment(ctx, mem('maturity-answers.csv')),
      };
    }
    const given = stringOption(args, 'as-of');
    const asOf = readDateOption(given ?? data.end, 'as-of');
    const report: Report = fullReport(inputs, { ...settings, asOf, lang: ctx.lang, title: L(`cxkit demo company (seed ${seed}, ${customers} customers, ${data.start} – ${data.end})`, `cxkit 示例公司（种子 ${seed}，${customers} 位客户，${data.start} 至 ${data.end}）`), meta: { demo: { seed, customers, start: data.start, end: data.end, ...(out === undefined ? {} : { out }) } } }, ctx.io, ctx.state);
    return report;
  },
};
