/**
 * Report section of the CX maturity self-assessment against the GB/T 42509-structured checklist: the overall
 * level, the level per dimension and the top gaps.
 *
 * @module
 */
import { GBT42509_CHECKLIST } from '../../maturity/checklist-gbt42509.js';
import { assess } from '../../maturity/assess.js';
import { gapReport } from '../../maturity/gaps.js';
import type { AssessmentInput } from '../../maturity/input.js';
import type { Locale } from '../../model/labels.js';
import { L, type Section } from '../report.js';

/** Options of {@link maturitySection}. */
export interface MaturitySectionOptions {
  /** Language of names and gap texts. */
  readonly lang: Locale;
  /** How many gaps to list (default 5). */
  readonly top: number;
}

/** Assesses the input against the GB/T 42509 checklist. */
export function maturitySection(input: AssessmentInput, options: MaturitySectionOptions): Section {
  const result = assess(GBT42509_CHECKLIST, input);
  const gaps = gapReport(result, { locale: options.lang, limit: options.top });
  const o = result.overall;
  return {
    id: 'maturity',
    title: L('CX maturity (GB/T 42509 checklist)', '客户体验成熟度（GB/T 42509 检查表）'),
    tables: [
      {
        id: 'maturity-overall',
        columns: [
          { key: 'level', label: L('Level', '等级'), format: 'int' },
          { key: 'name', label: L('Name', '名称') },
          { key: 'score', label: L('Score', '得分'), format: 'num2' },
          { key: 'strictLevel', label: L('Weakest dimension', '最弱维度等级'), format: 'int' },
          { key: 'coverage', label: L('Coverage', '覆盖率'), format: 'pct' },
          { key: 'target', label: L('Target', '目标'), format: 'num1' },
        ],
        rows: [{ level: o.level, name: o.levelLabels[options.lang], score: o.score, strictLevel: o.strictLevel, coverage: o.coverage, target: o.target }],
      },
      {
        id: 'maturity-dimensions',
        title: L('Dimensions', '维度'),
        columns: [
          { key: 'dimension', label: L('Dimension', '维度') },
          { key: 'level', label: L('Level', '等级'), format: 'int' },
          { key: 'score', label: L('Score', '得分'), format: 'num2' },
          { key: 'coverage', label: L('Coverage', '覆盖率'), format: 'pct' },
        ],
        rows: result.dimensions.map((d) => ({ dimension: d.labels[options.lang], level: d.level, score: d.score, coverage: d.coverage })),
      },
      {
        id: 'maturity-gaps',
        title: L(`Top ${options.top} gaps`, `前 ${options.top} 项差距`),
        columns: [
          { key: 'rank', label: L('Rank', '排名'), format: 'int' },
          { key: 'item', label: L('Item', '条目') },
          { key: 'dimension', label: L('Dimension', '维度') },
          { key: 'change', label: L('Current → target', '现状 → 目标') },
          { key: 'clauses', label: L('Clauses', '条款') },
          { key: 'quickWin', label: L('Quick win', '速赢') },
          { key: 'next', label: L('Next criterion', '下一项要求') },
        ],
        rows: gaps.map((g) => ({ rank: g.rank, item: g.item, dimension: g.dimension, change: g.change, clauses: g.clauses, quickWin: g.quickWin, next: g.nextCriteria[0] ?? '' })),
      },
    ],
    notes: result.warnings.map((w) => w.message),
    data: { overall: result.overall, dimensions: result.dimensions, gaps, warnings: result.warnings, disclaimer: result.disclaimer },
  };
}
