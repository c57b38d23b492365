/**
 * Report section of customer lifetime value: transactions summarised per customer, a buy-till-you-die model
 * (BG/NBD, Pareto/NBD or MBG/NBD) and the Gamma-Gamma spend model fitted, and the discounted CLV over a horizon.
 *
 * @module
 */
import type { DateInput } from '../../core/time.js';
import { summarizeTransactions, type SummaryTransaction } from '../../value/summary.js';
import { fitBgNbd } from '../../value/bg-nbd.js';
import { fitMbgNbd } from '../../value/mbg-nbd.js';
import { fitParetoNbd } from '../../value/pareto-nbd.js';
import { fitGammaGamma } from '../../value/gamma-gamma.js';
import { customerLifetimeValue } from '../../value/clv.js';
import { probabilityAlive, type PurchaseModel } from '../../value/predict.js';
import { L, type Section } from '../report.js';

/** The purchase models the CLI fits. */
export type ClvModelKind = 'bg-nbd' | 'pareto-nbd' | 'mbg-nbd';

/** Options of {@link clvSection}. */
export interface ClvSectionOptions {
  /** The purchase model. */
  readonly model: ClvModelKind;
  /** End of the observation window (inclusive day). */
  readonly observationEnd: DateInput;
  /** Horizon in months (default 12). */
  readonly months: number;
  /** Discount rate per month (default 0.01). */
  readonly discountRate: number;
  /** How many top customers to list (default 10). */
  readonly top: number;
}

function fit(kind: ClvModelKind, data: Parameters<typeof fitBgNbd>[0]): PurchaseModel {
  if (kind === 'pareto-nbd') return fitParetoNbd(data);
  if (kind === 'mbg-nbd') return fitMbgNbd(data);
  return fitBgNbd(data);
}

/** CLV of every customer with a purchase: model fits, the total and the top customers. */
export function clvSection(transactions: readonly SummaryTransaction[], options: ClvSectionOptions): Section {
  const summary = summarizeTransactions(transactions, { timeUnit: 'week', observationEnd: options.observationEnd });
  const model = fit(options.model, summary);
  const spendModel = fitGammaGamma(summary.customers);
  const value = customerLifetimeValue({ model, spendModel, customers: summary, horizon: { periods: options.months, unit: 'month' }, discountRate: options.discountRate });
  const order = value.customers.map((_, i) => i).sort((a, b) => value.customers[b]!.clv.comparedTo(value.customers[a]!.clv) || a - b);
  const top = order.slice(0, options.top).map((i) => {
    const c = summary.customers[i]!;
    return {
      customerId: String(value.customers[i]!.customerId),
      frequency: c.frequency,
      recency: c.recency,
      T: c.T,
      monetary: c.monetary,
      alive: probabilityAlive(model, c),
      clv: value.customers[i]!.clv.toNumber(),
    };
  });
  const params = model.params as unknown as Record<string, number>;
  const se = (model.standardErrors ?? {}) as Record<string, number>;
  const spendParams = spendModel.params as unknown as Record<string, number>;
  const spendSe = (spendModel.standardErrors ?? {}) as Record<string, number>;
  const paramRows = [
    ...Object.keys(params).map((k) => ({ model: model.kind, parameter: k, estimate: params[k]!, standardError: se[k] ?? null })),
    ...Object.keys(spendParams).map((k) => ({ model: spendModel.kind, parameter: k, estimate: spendParams[k]!, standardError: spendSe[k] ?? null })),
  ];
  const n = summary.customers.length;
  return {
    id: 'clv',
    title: L(`Customer lifetime value (${model.kind} + gamma-gamma, ${options.months} months)`, `客户终身价值（${model.kind} + gamma-gamma，${options.months} 个月）`),
    tables: [
      {
        id: 'clv-models',
        title: L('Model fit', '模型拟合'),
        columns: [
          { key: 'model', label: L('Model', '模型') },
          { key: 'parameter', label: L('Parameter', '参数') },
          { key: 'estimate', label: L('Estimate', '估计值'), format: 'num3' },
          { key: 'standardError', label: L('Std. error', '标准误'), format: 'num3' },
        ],
        rows: paramRows,
      },
      {
        id: 'clv-total',
        columns: [
          { key: 'customers', label: L('Customers', '客户数'), format: 'int' },
          { key: 'total', label: L('Total CLV', 'CLV 合计'), format: 'money' },
          { key: 'mean', label: L('Mean CLV', '平均 CLV'), format: 'money' },
          { key: 'logLikelihood', label: L('Log-likelihood', '对数似然'), format: 'num1' },
          { key: 'converged', label: L('Converged', '已收敛') },
        ],
        rows: [{ customers: n, total: value.total.toNumber(), mean: n === 0 ? null : value.total.toNumber() / n, logLikelihood: model.logLikelihood, converged: model.converged && spendModel.converged }],
      },
      {
        id: 'clv-top',
        title: L(`Top ${options.top} customers`, `价值最高的 ${options.top} 位客户`),
        columns: [
          { key: 'customerId', label: L('Customer', '客户') },
          { key: 'frequency', label: L('Repeat buys', '复购次数'), format: 'int' },
          { key: 'recency', label: L('Recency (wk)', '最近（周）'), format: 'num1' },
          { key: 'T', label: L('Age (wk)', '客龄（周）'), format: 'num1' },
          { key: 'monetary', label: L('Avg spend', '平均消费'), format: 'money' },
          { key: 'alive', label: L('P(alive)', '存活概率'), format: 'pct' },
          { key: 'clv', label: L('CLV', 'CLV'), format: 'money' },
        ],
        rows: top,
      },
    ],
    notes: [model, spendModel]
      .filter((m) => !m.converged)
      .map((m) => L(`${m.kind}: ${m.message}`, `${m.kind}：拟合未收敛（${m.message}）`)),
    data: { summary: { timeUnit: summary.timeUnit, observationEnd: summary.observationEnd, customers: n }, model, spendModel, total: value.total, horizon: value.horizon, top },
  };
}
