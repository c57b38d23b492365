/**
 * {@link GBT42509_CHECKLIST}: cxkit's CX management maturity checklist, structured after the clauses of
 * GB/T 42509-2023. The content is plain constant data spread over several internal files, deep-frozen by one call
 * annotated `/* @__PURE__ *\/`: an application that does not import it does not bundle it.
 *
 * @module
 */
import type { ChecklistDefinition } from './definition.js';
import { MATURITY_LEVELS } from './levels.js';
import { deepFreeze } from './freeze.js';
import { GBT42509_DIMENSIONS_1 } from './checklist-gbt42509-items-1.js';
import { GBT42509_DIMENSIONS_2 } from './checklist-gbt42509-items-2.js';
import { GBT42509_DIMENSIONS_3 } from './checklist-gbt42509-items-3.js';
import { GBT42509_DIMENSIONS_4 } from './checklist-gbt42509-items-4.js';

/**
 * The CX management maturity checklist of cxkit, structured after the clauses of GB/T 42509-2023
 * 《质量管理 顾客体验管理指南》 (Quality management — Guidelines for customer experience management).
 *
 * The standard is a guideline: it has no maturity levels, no scoring and no requirements. The levels, the 11
 * dimensions, the 45 items and their 225 criteria (one per level 1–5 per item, in zh-CN and en) are cxkit's own
 * construct and wording; only clause numbers are cited, each reference marked `toc-confirmed` (the clause title in
 * the table of contents names the topic) or `content-inferred` (our reading). Items carry principle tags (the five
 * principles of clause 4, named in our words), weights (all 1), evidence hints and, for measurement items, the
 * metric keys that {@link metricEvidence} records satisfy. Foundational dimensions (D02, D03, D08, D10) raise gap
 * priorities by 25%. Item D07-4 (customer data protection) is a cxkit extension.
 *
 * Versioned separately from the code: `version` changes whenever the content does, and assessment inputs name it.
 *
 * Deep-frozen: the object and every array and object in it are read-only at run time (assigning or pushing throws a
 * `TypeError` in strict mode, which ES modules always are). To adapt it, copy it first (`structuredClone`), change
 * the copy, give it its own `id` or `version`, and check it with {@link validateChecklist}.
 *
 * @example
 * GBT42509_CHECKLIST.dimensions.length; //=> 11
 * GBT42509_CHECKLIST.dimensions.flatMap((d) => d.items).length; //=> 45
 * GBT42509_CHECKLIST.levels[5]?.labels; //=> { 'zh-CN': '优化引领级', en: 'Optimizing' }
 * Object.isFrozen(GBT42509_CHECKLIST.dimensions[0]?.items[0]?.criteria); //=> true
 */
export const GBT42509_CHECKLIST: ChecklistDefinition = /* @__PURE__ */ deepFreeze<ChecklistDefinition>({
  id: 'gbt42509-cx',
  version: '1.0.0',
  labels: {
    'zh-CN': '顾客体验管理成熟度自评估（参照 GB/T 42509—2023 条款结构）',
    en: 'CX management maturity self-assessment (structured after GB/T 42509-2023)',
  },
  source: {
    standard: 'GB/T 42509-2023',
    title: { 'zh-CN': '质量管理 顾客体验管理指南', en: 'Quality management — Guidelines for customer experience management' },
  },
  disclaimer: {
    'zh-CN':
      '本自评估参照 GB/T 42509—2023《质量管理 顾客体验管理指南》的条款结构编制。该标准为指南性标准，未规定成熟度等级、评分方法或要求；本评估的等级、维度、准则和评分方法均为 cxkit 自行设计，仅引用条款编号。评估结果不是合格评定或认证，不表明符合该标准。',
    en: 'This self-assessment is structured after the clauses of GB/T 42509-2023 (Quality management — Guidelines for customer experience management). The standard is a guideline and defines no maturity levels, scoring or requirements: the levels, dimensions, criteria and scoring here are cxkit’s own construct, citing clause numbers only. The result is not a conformity assessment or certification and does not show conformance to the standard.',
  },
  levels: MATURITY_LEVELS,
  clauses: [
    { id: '4', labels: { 'zh-CN': '管理原则', en: 'CX management principles' } },
    { id: '5.1', labels: { 'zh-CN': '环境与影响因素', en: 'Context and influencing factors' } },
    { id: '5.2', labels: { 'zh-CN': '管理范围', en: 'Scope' } },
    { id: '5.3', labels: { 'zh-CN': '管理过程的建立', en: 'Establishing the CXM process' } },
    { id: '5.4', labels: { 'zh-CN': '领导与承诺', en: 'Leadership and commitment' } },
    { id: '6.1', labels: { 'zh-CN': '目标及其实现的策划', en: 'Objectives and planning to achieve them' } },
    { id: '6.2', labels: { 'zh-CN': '资源', en: 'Resources' } },
    { id: '6.3', labels: { 'zh-CN': '职责', en: 'Responsibilities' } },
    { id: '6.4', labels: { 'zh-CN': '协同', en: 'Management coordination' } },
    { id: '6.5', labels: { 'zh-CN': '风险与机遇', en: 'Risks and opportunities' } },
    { id: '7.1', labels: { 'zh-CN': '体验设计', en: 'Designing the customer experience' } },
    { id: '7.2', labels: { 'zh-CN': '体验的管理与交付', en: 'Managing the customer experience' } },
    { id: '7.3', labels: { 'zh-CN': '体验洞察', en: 'Insight into the customer experience' } },
    { id: '7.4', labels: { 'zh-CN': '体验优化', en: 'Optimizing the customer experience' } },
    { id: '8.1', labels: { 'zh-CN': '绩效测量与评价', en: 'Performance measurement and evaluation' } },
    { id: '8.2', labels: { 'zh-CN': '管理评估', en: 'Assessment of CX management' } },
    { id: '8.3', labels: { 'zh-CN': '持续改进', en: 'Continual improvement' } },
  ],
  principles: [
    { id: 'customer-needs', labels: { 'zh-CN': '以顾客需求为导向', en: 'Customer-needs-led' }, clauses: [{ clause: '4', basis: 'content-inferred' }] },
    { id: 'leadership', labels: { 'zh-CN': '最高管理者重视与承诺', en: 'Top-management commitment' }, clauses: [{ clause: '4', basis: 'content-inferred' }] },
    { id: 'evidence-based', labels: { 'zh-CN': '基于证据的决策', en: 'Evidence-based decisions' }, clauses: [{ clause: '4', basis: 'content-inferred' }] },
    { id: 'continual-improvement', labels: { 'zh-CN': '持续改进与提升', en: 'Continual improvement' }, clauses: [{ clause: '4', basis: 'content-inferred' }] },
    { id: 'co-creation', labels: { 'zh-CN': '多方协作与共创', en: 'Multi-party collaboration and co-creation' }, clauses: [{ clause: '4', basis: 'content-inferred' }] },
  ],
  dimensions: [...GBT42509_DIMENSIONS_1, ...GBT42509_DIMENSIONS_2, ...GBT42509_DIMENSIONS_3, ...GBT42509_DIMENSIONS_4],
});
