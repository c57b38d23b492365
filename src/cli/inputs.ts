/**
 * Reading each kind of input file the commands take: entity files (CSV, NDJSON or JSON; `-` is stdin), feedback
 * cases (JSON cases, or CSV with one row per state change), touchpoints, and a maturity self-assessment (a JSON
 * assessment input, or rows of criterion answers).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { CxError } from '../core/errors.js';
import { formatPath } from '../core/assert.js';
import { toDate } from '../core/time.js';
import { TransactionSchema, type Transaction } from '../model/transaction.js';
import { SurveyResponseSchema, type SurveyResponse } from '../model/survey-response.js';
import { JourneyEventSchema, type JourneyEvent } from '../model/journey-event.js';
import { CustomerSchema, type Customer } from '../model/customer.js';
import { FeedbackCaseSchema, type FeedbackCase } from '../model/feedback-case.js';
import { TouchpointSchema, type Touchpoint } from '../model/touchpoint.js';
import type { Locale } from '../model/labels.js';
import { GBT42509_CHECKLIST } from '../maturity/checklist-gbt42509.js';
import { AssessmentInputSchema } from '../maturity/schema.js';
import type { AssessmentInput, CriterionAnswer } from '../maturity/input.js';
import { formatOfPath } from '../node/read.js';
import { fileName, loadRecords, type InputFile, type Io, type RunState } from './io.js';
import { usageError } from './args.js';

/** What the loaders need: where to write messages, the run state, the language. */
export interface Ctx {
  /** Input and output. */
  readonly io: Io;
  /** Set when rows are invalid. */
  readonly state: RunState;
  /** Language of messages. */
  readonly lang: Locale;
}

/** Transactions of a file. */
export function loadTransactions(ctx: Ctx, file: InputFile): Promise<Transaction[]> {
  return loadRecords(ctx.io, ctx.state, file, TransactionSchema, { lang: ctx.lang });
}

/** Survey answers of a file. */
export function loadResponses(ctx: Ctx, file: InputFile): Promise<SurveyResponse[]> {
  return loadRecords(ctx.io, ctx.state, file, SurveyResponseSchema, { lang: ctx.lang });
}

/** Journey events of a file. */
export function loadEvents(ctx: Ctx, file: InputFile): Promise<JourneyEvent[]> {
  return loadRecords(ctx.io, ctx.state, file, JourneyEventSchema, { lang: ctx.lang });
}

/** Customers of a file. */
export function loadCustomers(ctx: Ctx, file: InputFile): Promise<Customer[]> {
  return loadRecords(ctx.io, ctx.state, file, CustomerSchema, { lang: ctx.lang });
}

/** Touchpoints of a JSON (or NDJSON) file. */
export function loadTouchpoints(ctx: Ctx, file: InputFile): Promise<Touchpoint[]> {
  return loadRecords(ctx.io, ctx.state, file, TouchpointSchema, { lang: ctx.lang });
}

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** A row of a feedback-events CSV: one state change of a case. */
const FeedbackRowSchema = z.looseObject({ caseId: z.string().trim().min(1, 'a case id must not be empty'), state: z.string(), at: z.string() });

function reportCase(ctx: Ctx, file: string, id: string, issues: readonly z.core.$ZodIssue[]): void {
  ctx.state.badData = true;
  const text = issues.map((i) => `${formatPath(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${i.message}`).join('; ');
  ctx.io.err(`${file}: case ${id}: ${text}\n`);
}

/**
 * Feedback cases: from JSON or NDJSON cases, or from CSV rows (one per state change, in time order:
 * `caseId, customerId, category, severity, state, at, satisfaction`) grouped by `caseId`.
 */
export async function loadFeedbackCases(ctx: Ctx, file: InputFile): Promise<FeedbackCase[]> {
  const format = file === '-' ? null : formatOfPath(fileName(file));
  if (format === 'json' || format === 'ndjson') return loadRecords(ctx.io, ctx.state, file, FeedbackCaseSchema, { lang: ctx.lang });
  const rows = await loadRecords(ctx.io, ctx.state, file, FeedbackRowSchema, { lang: ctx.lang });
  const byCase = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    let c = byCase.get(row.caseId);
    if (c === undefined) {
      c = { id: row.caseId, customerId: row.customerId, category: row.category, severity: row.severity, satisfaction: row.satisfaction, events: [] };
      byCase.set(row.caseId, c);
    }
    (c.events as unknown[]).push({ state: row.state, at: row.at });
    if (row.satisfaction !== undefined && row.satisfaction !== '') c.satisfaction = row.satisfaction;
  }
  const cases: FeedbackCase[] = [];
  for (const [id, c] of byCase) {
    const r = FeedbackCaseSchema.safeParse(c);
    if (r.success) cases.push(r.data);
    else reportCase(ctx, fileName(file), id, r.error.issues);
  }
  return cases;
}

const AnswerRowSchema = z.object({
  criterion: z.string().trim().min(1, 'a criterion id must not be empty'),
  status: z.enum(['met', 'partial', 'not-met', 'not-applicable']),
  respondent: optionalText,
  reason: optionalText,
  note: optionalText,
});

/**
 * A maturity self-assessment against the GB/T 42509 checklist: a JSON `AssessmentInput`, or rows of criterion
 * answers (`criterion, status, respondent, reason, note`).
 */
export async function loadAssessment(ctx: Ctx, file: InputFile): Promise<AssessmentInput> {
  const checklist = { id: GBT42509_CHECKLIST.id, version: GBT42509_CHECKLIST.version };
  const name = fileName(file);
  if (file !== '-' && formatOfPath(name) === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(typeof file === 'string' ? await readFile(file, 'utf8') : file.text) as unknown;
    } catch (e) {
      if (e instanceof SyntaxError) throw new CxError('VALIDATION_FAILED', `${name}: not JSON: ${e.message}`, { path: [name] });
      throw new CxError('INVALID_ARGUMENT', `cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`, { path: ['source'], cause: e });
    }
    if (Array.isArray(value)) value = { checklist, answers: value };
    const r = AssessmentInputSchema.safeParse(value);
    if (!r.success) {
      const first = r.error.issues[0]!;
      throw new CxError('VALIDATION_FAILED', `${name}: ${formatPath(first.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${first.message}`, { path: [name] });
    }
    return r.data;
  }
  const rows = await loadRecords(ctx.io, ctx.state, file, AnswerRowSchema, { lang: ctx.lang });
  if (rows.length === 0) throw usageError(`${name}: no criterion answers`);
  const answers: CriterionAnswer[] = rows.map((r) => {
    const a: { -readonly [K in keyof CriterionAnswer]: CriterionAnswer[K] } = { criterion: r.criterion, status: r.status };
    if (r.respondent !== undefined) a.respondent = r.respondent;
    if (r.reason !== undefined) a.reason = r.reason;
    if (r.note !== undefined) a.note = r.note;
    return a;
  });
  return { checklist, answers };
}

/** The latest instant of a list of dates (the default analysis date of user files: never the clock). */
export function latest(dates: Iterable<Date>): Date | null {
  let max = -Infinity;
  for (const d of dates) if (d.getTime() > max) max = d.getTime();
  return max === -Infinity ? null : new Date(max);
}

/** A `YYYY-MM-DD` date option as the end of that day (UTC), or an ISO date-time as is. */
export function readDateOption(value: string, name: string): Date {
  let d: Date;
  try {
    d = toDate(value);
  } catch {
    throw usageError(`--${name} must be a date (YYYY-MM-DD or ISO 8601), got ${JSON.stringify(value)}`, name);
  }
  return /^\s*\d{4}-?\d{2}-?\d{2}\s*$/.test(value) ? new Date(d.getTime() + 86_400_000 - 1) : d;
}
