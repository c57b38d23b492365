/**
 * The commands on a transactions file: `cxkit rfm`, `cxkit clv` and `cxkit retention`. Their analysis date
 * defaults to the day of the file's last transaction, never to today.
 *
 * @module
 */
import { PERIODS, type Period } from '../../core/period.js';
import type { Transaction } from '../../model/transaction.js';
import { choiceOption, intOption, stringOption, usageError, type ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { latest, loadTransactions, readDateOption, type Ctx } from '../inputs.js';
import { rfmSection } from '../sections/segmentation.js';
import { clvSection, type ClvModelKind } from '../sections/value.js';
import { retentionSection } from '../sections/retention.js';

const FILE_DETAILS = ['FILE holds Transaction records (see `cxkit schema transaction`): customerId, occurredAt, amount, and optionally', 'id, currency, quantity, channel. Headers match loosely: customer_id, Occurred At and AMOUNT work too.'];

async function load(args: ParsedArgs, ctx: Ctx, dateOption: string): Promise<{ tx: Transaction[]; asOf: Date }> {
  const tx = await loadTransactions(ctx, args.positionals[0]!);
  const given = stringOption(args, dateOption);
  if (given !== undefined) return { tx, asOf: readDateOption(given, dateOption) };
  const last = latest(tx.map((t) => t.occurredAt));
  if (last === null) throw usageError(`${args.positionals[0]!}: no valid transactions`);
  return { tx, asOf: readDateOption(last.toISOString().slice(0, 10), dateOption) };
}

const rows = (tx: readonly Transaction[]): { customerId: string; date: Date; amount: Transaction['amount'] }[] => tx.map((t) => ({ customerId: t.customerId, date: t.occurredAt, amount: t.amount }));

/** `cxkit rfm FILE`. */
export const rfmCommand: Command = {
  spec: {
    name: 'rfm',
    usage: 'FILE [--as-of DATE] [options]',
    summary: 'RFM scores (recency, frequency, monetary quintiles) and segments of the customers in a transactions file.',
    details: FILE_DETAILS,
    options: {
      'as-of': { type: 'string', value: 'DATE', help: 'analysis date, inclusive (default: the day of the last transaction)' },
      bins: { type: 'string', value: 'N', help: 'scores per dimension, 2–9 (default 5)' },
    },
    positionals: { min: 1, max: 1 },
  },
  async run(args, ctx) {
    const bins = intOption(args, 'bins', 5, 2, 9);
    const { tx, asOf } = await load(args, ctx, 'as-of');
    return { sections: [rfmSection(rows(tx), { asOf, bins, lang: ctx.lang, withCustomers: true })] };
  },
};

/** `cxkit clv FILE`. */
export const clvCommand: Command = {
  spec: {
    name: 'clv',
    usage: 'FILE [--model bg-nbd|pareto-nbd|mbg-nbd] [--observation-end DATE] [options]',
    summary: 'Customer lifetime value: a buy-till-you-die model and the Gamma-Gamma spend model fitted to a transactions file.',
    details: FILE_DETAILS,
    options: {
      model: { type: 'string', value: 'bg-nbd|pareto-nbd|mbg-nbd', help: 'the purchase model (default bg-nbd)' },
      'observation-end': { type: 'string', value: 'DATE', help: 'end of the observation window (default: the day of the last transaction)' },
      months: { type: 'string', value: 'N', help: 'horizon in months (default 12)' },
      'discount-rate': { type: 'string', value: 'RATE', help: 'monthly discount rate (default 0.01)' },
      top: { type: 'string', value: 'N', help: 'how many top customers to list (default 10)' },
    },
    positionals: { min: 1, max: 1 },
  },
  async run(args, ctx) {
    const model = choiceOption<ClvModelKind>(args, 'model', ['bg-nbd', 'pareto-nbd', 'mbg-nbd'], 'bg-nbd');
    const months = intOption(args, 'months', 12, 1, 120);
    const top = intOption(args, 'top', 10, 0, 10_000);
    const rateText = stringOption(args, 'discount-rate');
    const discountRate = rateText === undefined ? 0.01 : Number(rateText);
    if (!Number.isFinite(discountRate) || discountRate < 0 || discountRate >= 1 || rateText?.trim() === '') throw usageError(`--discount-rate must be a number in [0, 1), got ${JSON.stringify(rateText)}`, 'discount-rate');
    const { tx, asOf } = await load(args, ctx, 'observation-end');
    return { sections: [clvSection(rows(tx), { model, observationEnd: asOf, months, discountRate, top })] };
  },
};

/** `cxkit retention FILE`. */
export const retentionCommand: Command = {
  spec: {
    name: 'retention',
    usage: 'FILE [options]',
    summary: 'Churn per period (a customer churns after N periods without a purchase) and a cohort retention table.',
    details: FILE_DETAILS,
    options: {
      period: { type: 'string', value: PERIODS.join('|'), help: 'period of the churn rows (default month)' },
      'cohort-period': { type: 'string', value: PERIODS.join('|'), help: 'period of the cohorts (default quarter)' },
      'inactive-after': { type: 'string', value: 'N', help: 'periods without activity after which a customer has churned (default 3)' },
      'as-of': { type: 'string', value: 'DATE', help: 'analysis date, inclusive (default: the day of the last transaction)' },
      last: { type: 'string', value: 'N', help: 'how many churn periods to show (default 12)' },
    },
    positionals: { min: 1, max: 1 },
  },
  async run(args, ctx) {
    const period = choiceOption<Period>(args, 'period', PERIODS, 'month');
    const cohortPeriod = choiceOption<Period>(args, 'cohort-period', PERIODS, 'quarter');
    const inactiveAfter = intOption(args, 'inactive-after', 3, 1, 1000);
    const last = intOption(args, 'last', 12, 1, 100_000);
    const { tx, asOf } = await load(args, ctx, 'as-of');
    const activity = tx.map((t) => ({ customerId: t.customerId, date: t.occurredAt }));
    return { sections: [retentionSection(activity, { period, cohortPeriod, inactiveAfter, asOf, last })] };
  },
};
