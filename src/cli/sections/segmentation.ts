/**
 * Report section of RFM segmentation: recency, frequency and monetary scores (quintiles) and the default segments.
 *
 * @module
 */
import type { DateInput } from '../../core/time.js';
import { rfm, type RfmTransaction } from '../../segmentation/rfm.js';
import { rfmSegments } from '../../segmentation/rfm-segments.js';
import type { Locale } from '../../model/labels.js';
import { L, type Section } from '../report.js';

/** Options of {@link rfmSection}. */
export interface RfmSectionOptions {
  /** The analysis date. */
  readonly asOf: DateInput;
  /** Scores per dimension (default 5). */
  readonly bins: number;
  /** Language of the segment names in the table. */
  readonly lang: Locale;
  /** Put every customer's scores in the JSON data (default: only the segment summary). */
  readonly withCustomers: boolean;
}

/** RFM scores and segments of the customers in the transactions. */
export function rfmSection(transactions: readonly RfmTransaction[], options: RfmSectionOptions): Section {
  const scored = rfm(transactions, { asOf: options.asOf, bins: options.bins });
  const seg = rfmSegments(scored);
  return {
    id: 'rfm',
    title: L('RFM segments', 'RFM 客户分群'),
    tables: [
      {
        id: 'rfm-segments',
        columns: [
          { key: 'segment', label: L('Segment', '分群') },
          { key: 'count', label: L('Customers', '客户数'), format: 'int' },
          { key: 'share', label: L('Share', '占比'), format: 'pct' },
          { key: 'revenue', label: L('Revenue', '收入'), format: 'money' },
          { key: 'meanRecencyDays', label: L('Recency (days)', '最近（天）'), format: 'num1' },
          { key: 'meanFrequency', label: L('Orders', '订单数'), format: 'num1' },
          { key: 'meanMonetary', label: L('Monetary', '消费额'), format: 'money' },
        ],
        rows: seg.segmentSummary.map((s) => ({
          segment: s.label[options.lang],
          count: s.count,
          share: s.share,
          revenue: s.revenue,
          meanRecencyDays: s.meanRecencyDays,
          meanFrequency: s.meanFrequency,
          meanMonetary: s.meanMonetary,
        })),
      },
    ],
    data: { thresholds: scored.thresholds, bins: scored.bins, method: scored.method, segments: seg.segmentSummary, ...(options.withCustomers ? { customers: seg.customers } : {}) },
  };
}
