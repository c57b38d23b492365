/**
 * Content of the GB/T 42509-structured checklist, part 4: dimensions D09–D11. Our own wording; clause numbers only.
 *
 * @module
 * @internal
 */
import type { DimensionDefinition } from './definition.js';

/** Dimensions D09 (optimizing CX), D10 (performance measurement & assessment), D11 (continual improvement). @internal */
export const GBT42509_DIMENSIONS_4: readonly DimensionDefinition[] = [
  {
    id: 'D09',
    labels: { 'zh-CN': '优化顾客体验', en: 'Optimizing CX' },
    clauses: [{ clause: '7.4', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D09-1',
        labels: { 'zh-CN': '对顾客的闭环回应', en: 'Closing the loop with customers' },
        clauses: [{ clause: '7.4', basis: 'content-inferred' }],
        principles: ['customer-needs', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '闭环规则与回访记录', en: 'Loop-closure rules and call-back records' },
          { 'zh-CN': '闭环率与闭环时效报告', en: 'Loop-closure rate and time-to-close reports' },
        ],
        criteria: [
          { id: 'D09-1-L1', level: 1, labels: { 'zh-CN': '反馈问题的顾客很少得到回应。', en: 'Customers who report a problem rarely hear back.' } },
          { id: 'D09-1-L2', level: 2, labels: { 'zh-CN': '对投诉或给出低分的顾客进行回访。', en: 'Customers who complain or give low scores are called back.' } },
          { id: 'D09-1-L3', level: 3, labels: { 'zh-CN': '按规则在限定时间内回应给出反馈的顾客，并记录处理结果。', en: 'Customers who gave feedback get an answer within set times under set rules, and the outcome is recorded.' } },
          { id: 'D09-1-L4', level: 4, labels: { 'zh-CN': '量化监控闭环率、闭环时效和闭环后的体验变化。', en: 'Loop-closure rate, time to close and the change in experience afterwards are monitored quantitatively.' } },
          { id: 'D09-1-L5', level: 5, labels: { 'zh-CN': '闭环自动触发、因人而异，并让顾客成为改进的参与者。', en: 'Loops are triggered automatically and tailored to each customer, who becomes a participant in the improvement.' } },
        ],
      },
      {
        id: 'D09-2',
        labels: { 'zh-CN': '改进举措的优先级与实施', en: 'Prioritising and carrying out improvements' },
        clauses: [{ clause: '7.4', basis: 'toc-confirmed' }],
        principles: ['evidence-based', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '改进需求池与排序依据', en: 'Improvement backlog and its ranking criteria' },
          { 'zh-CN': '改进项目计划与进度', en: 'Improvement project plans and progress' },
        ],
        criteria: [
          { id: 'D09-2-L1', level: 1, labels: { 'zh-CN': '改进凭经验决定，很少跟进。', en: 'Improvements are chosen by gut feeling and seldom followed through.' } },
          { id: 'D09-2-L2', level: 2, labels: { 'zh-CN': '针对突出问题开展改进项目。', en: 'Improvement projects tackle conspicuous problems.' } },
          { id: 'D09-2-L3', level: 3, labels: { 'zh-CN': '改进需求统一收集，按影响和成本排序，由责任人按计划实施。', en: 'Improvement needs are gathered in one place, ranked by impact and cost, and carried out by owners to plan.' } },
          { id: 'D09-2-L4', level: 4, labels: { 'zh-CN': '按预期收益量化管理改进组合，资源投向影响最大的痛点。', en: 'The improvement portfolio is managed quantitatively by expected benefit, and resources go to the pain points that matter most.' } },
          { id: 'D09-2-L5', level: 5, labels: { 'zh-CN': '采用快速试验和迭代的方法持续优化体验。', en: 'Experiences are optimised continually through rapid experiments and iteration.' } },
        ],
      },
      {
        id: 'D09-3',
        labels: { 'zh-CN': '改进效果的验证', en: 'Verifying the effect of improvements' },
        clauses: [{ clause: '7.4', basis: 'content-inferred' }],
        principles: ['evidence-based'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '改进前定义的成功指标与事后评估', en: 'Success measures defined beforehand and evaluations afterwards' },
          { 'zh-CN': '对照组或统计检验的结果', en: 'Control-group or statistical-test results' },
        ],
        criteria: [
          { id: 'D09-3-L1', level: 1, labels: { 'zh-CN': '不验证改进的效果。', en: 'Nobody checks whether improvements worked.' } },
          { id: 'D09-3-L2', level: 2, labels: { 'zh-CN': '通过前后对比观察部分改进的效果。', en: 'The effect of some improvements is looked at by comparing before and after.' } },
          { id: 'D09-3-L3', level: 3, labels: { 'zh-CN': '每项改进在实施前定义成功指标，实施后评估并记录。', en: 'Every improvement defines its success measures beforehand and is evaluated and recorded afterwards.' } },
          { id: 'D09-3-L4', level: 4, labels: { 'zh-CN': '采用对照组、统计检验等方法验证因果效果和经济收益。', en: 'Causal effect and financial benefit are verified with control groups, statistical tests or similar methods.' } },
          { id: 'D09-3-L5', level: 5, labels: { 'zh-CN': '验证结果反馈到设计与策划中，积累为组织知识。', en: 'Verified results flow back into design and planning and build up organisational knowledge.' } },
        ],
      },
      {
        id: 'D09-4',
        labels: { 'zh-CN': '根因消除与推广', en: 'Removing root causes and spreading fixes' },
        clauses: [{ clause: '7.4', basis: 'content-inferred' }],
        principles: ['continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '根因分析记录与纠正措施', en: 'Root-cause analyses and corrective actions' },
          { 'zh-CN': '问题复发率统计', en: 'Problem recurrence figures' },
        ],
        criteria: [
          { id: 'D09-4-L1', level: 1, labels: { 'zh-CN': '问题逐个处理，同类问题反复出现。', en: 'Problems are fixed one at a time and the same kind of problem keeps coming back.' } },
          { id: 'D09-4-L2', level: 2, labels: { 'zh-CN': '对重复出现的问题进行原因分析。', en: 'Recurring problems are analysed for their causes.' } },
          { id: 'D09-4-L3', level: 3, labels: { 'zh-CN': '用规定的方法分析根本原因，并在过程或系统中纠正。', en: 'Root causes are analysed with a defined method and corrected in the process or system.' } },
          { id: 'D09-4-L4', level: 4, labels: { 'zh-CN': '量化跟踪纠正措施的有效性（如问题复发率）。', en: 'The effectiveness of corrective actions is tracked quantitatively (e.g. recurrence rate).' } },
          { id: 'D09-4-L5', level: 5, labels: { 'zh-CN': '有效的改进在全组织推广，并在新业务中预防同类问题。', en: 'Effective fixes are rolled out across the organisation and prevent the same problems in new businesses.' } },
        ],
      },
    ],
  },
  {
    id: 'D10',
    labels: { 'zh-CN': '绩效测量与评估', en: 'Performance measurement & assessment' },
    clauses: [{ clause: '8.1', basis: 'toc-confirmed' }, { clause: '8.2', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: true,
    items: [
      {
        id: 'D10-1',
        labels: { 'zh-CN': '绩效测量与评价机制', en: 'Performance measurement and evaluation' },
        clauses: [{ clause: '8.1', basis: 'toc-confirmed' }],
        principles: ['evidence-based'],
        weight: 1,
        metricKeys: ['nps', 'csat', 'ces', 'csi', 'churn', 'retention'],
        evidenceHints: [
          { 'zh-CN': '绩效指标体系文件（过程与结果指标、数据来源、频率）', en: 'Performance indicator system (process and outcome indicators, data sources, frequency)' },
          { 'zh-CN': '数据质量检查记录', en: 'Data-quality check records' },
        ],
        criteria: [
          { id: 'D10-1-L1', level: 1, labels: { 'zh-CN': '不测量顾客体验管理的绩效。', en: 'The performance of CX management is not measured.' } },
          { id: 'D10-1-L2', level: 2, labels: { 'zh-CN': '测量了部分结果指标（如满意度），但没有评价机制。', en: 'Some outcome indicators (e.g. satisfaction) are measured, but nothing evaluates them.' } },
          { id: 'D10-1-L3', level: 3, labels: { 'zh-CN': '建立包含过程和结果指标的绩效测量体系，规定数据来源、频率和评价方法。', en: 'A measurement system of process and outcome indicators states data sources, frequency and how results are evaluated.' } },
          { id: 'D10-1-L4', level: 4, labels: { 'zh-CN': '绩效数据质量受控，分析指标之间的关系，并与目标比较。', en: 'Performance data quality is controlled, relations between indicators are analysed, and results are compared with the objectives.' } },
          { id: 'D10-1-L5', level: 5, labels: { 'zh-CN': '定期验证和优化测量体系，并与行业最佳实践对标。', en: 'The measurement system is validated and refined at intervals and benchmarked against the best in the industry.' } },
        ],
      },
      {
        id: 'D10-2',
        labels: { 'zh-CN': '绩效报告与管理评审', en: 'Performance reporting and management review' },
        clauses: [{ clause: '8.1', basis: 'content-inferred' }, { clause: '8.2', basis: 'content-inferred' }],
        principles: ['leadership', 'evidence-based'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '定期绩效报告与管理评审纪要', en: 'Regular performance reports and management-review minutes' },
          { 'zh-CN': '评审决议跟踪表', en: 'Tracking of review decisions' },
        ],
        criteria: [
          { id: 'D10-2-L1', level: 1, labels: { 'zh-CN': '没有顾客体验绩效报告。', en: 'There is no CX performance reporting.' } },
          { id: 'D10-2-L2', level: 2, labels: { 'zh-CN': '不定期向管理层汇报顾客体验情况。', en: 'Management hears about customer experience from time to time.' } },
          { id: 'D10-2-L3', level: 3, labels: { 'zh-CN': '定期形成顾客体验绩效报告，在管理评审中讨论并作出决定。', en: 'Regular CX performance reports are discussed and decided on in management review.' } },
          { id: 'D10-2-L4', level: 4, labels: { 'zh-CN': '报告包含趋势、与目标的差距和统计不确定性，评审决议被跟踪落实。', en: 'Reports show trends, gaps to target and statistical uncertainty, and review decisions are tracked to completion.' } },
          { id: 'D10-2-L5', level: 5, labels: { 'zh-CN': '绩效信息实时可视化，支持各层级即时决策。', en: 'Performance information is visualised in real time and supports immediate decisions at every level.' } },
        ],
      },
      {
        id: 'D10-3',
        labels: { 'zh-CN': '顾客体验管理的评估', en: 'Assessing CX management' },
        clauses: [{ clause: '8.2', basis: 'toc-confirmed' }],
        principles: ['evidence-based', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '自评估方法、结果与改进建议', en: 'Self-assessment method, results and recommendations' },
          { 'zh-CN': '与历次评估的比较', en: 'Comparison with earlier assessments' },
        ],
        criteria: [
          { id: 'D10-3-L1', level: 1, labels: { 'zh-CN': '从未评估顾客体验管理的整体状况。', en: 'CX management as a whole has never been assessed.' } },
          { id: 'D10-3-L2', level: 2, labels: { 'zh-CN': '开展过一次性的顾客体验管理评估或诊断。', en: 'A one-off assessment or diagnosis of CX management has been carried out.' } },
          { id: 'D10-3-L3', level: 3, labels: { 'zh-CN': '按规定的方法和频率开展自评估，并形成改进建议。', en: 'CX management is self-assessed with a defined method at set intervals, producing improvement recommendations.' } },
          { id: 'D10-3-L4', level: 4, labels: { 'zh-CN': '评估结果与以往结果和目标比较，跟踪改进建议的落实。', en: 'Results are compared with earlier results and with targets, and the follow-up of recommendations is tracked.' } },
          { id: 'D10-3-L5', level: 5, labels: { 'zh-CN': '结合内部评估、外部评价和对标，不断完善评估方法本身。', en: 'Internal assessment, external review and benchmarking are combined, and the assessment method itself keeps improving.' } },
        ],
      },
      {
        id: 'D10-4',
        labels: { 'zh-CN': '体验与经营价值的关联', en: 'Linking experience to business value' },
        clauses: [{ clause: '8.1', basis: 'content-inferred' }],
        principles: ['evidence-based', 'leadership'],
        weight: 1,
        metricKeys: ['churn', 'retention', 'grr', 'nrr'],
        evidenceHints: [
          { 'zh-CN': '体验指标与留存、收入的对照报告', en: 'Reports setting experience metrics beside retention and revenue' },
          { 'zh-CN': '体验价值模型及其在投资决策中的使用', en: 'Experience-value models and their use in investment decisions' },
        ],
        criteria: [
          { id: 'D10-4-L1', level: 1, labels: { 'zh-CN': '不清楚顾客体验与经营结果之间的关系。', en: 'How customer experience relates to business results is unknown.' } },
          { id: 'D10-4-L2', level: 2, labels: { 'zh-CN': '有个别案例说明体验改进带来的收益。', en: 'Single cases show benefits from experience improvements.' } },
          { id: 'D10-4-L3', level: 3, labels: { 'zh-CN': '定期报告体验指标与留存、收入等经营指标的对照。', en: 'Experience metrics are reported beside business indicators such as retention and revenue at set intervals.' } },
          { id: 'D10-4-L4', level: 4, labels: { 'zh-CN': '用模型量化体验对顾客价值、留存和成本的影响，并用于投资决策。', en: 'Models quantify the effect of experience on customer value, retention and cost, and inform investment decisions.' } },
          { id: 'D10-4-L5', level: 5, labels: { 'zh-CN': '顾客体验的经济价值体现在财务规划和对外披露中。', en: 'The economic value of customer experience shows in financial planning and external reporting.' } },
        ],
      },
    ],
  },
  {
    id: 'D11',
    labels: { 'zh-CN': '持续改进', en: 'Continual improvement' },
    clauses: [{ clause: '8.3', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D11-1',
        labels: { 'zh-CN': '持续改进机制', en: 'Improvement mechanism' },
        clauses: [{ clause: '8.3', basis: 'toc-confirmed' }],
        principles: ['continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '改进机制说明（来源、决策、跟踪）', en: 'Description of the improvement mechanism (sources, decisions, follow-up)' },
          { 'zh-CN': '改进成效与周期统计', en: 'Improvement results and cycle-time figures' },
        ],
        criteria: [
          { id: 'D11-1-L1', level: 1, labels: { 'zh-CN': '改进是被动、零散的。', en: 'Improvement is reactive and piecemeal.' } },
          { id: 'D11-1-L2', level: 2, labels: { 'zh-CN': '部分领域采用了改进循环（如 PDCA）。', en: 'Some areas use an improvement cycle (e.g. PDCA).' } },
          { id: 'D11-1-L3', level: 3, labels: { 'zh-CN': '持续改进机制覆盖顾客体验管理全过程，对改进的来源、决策和跟踪有规定。', en: 'A continual-improvement mechanism spans the whole CXM process, with rules for where improvements come from, how they are decided and followed up.' } },
          { id: 'D11-1-L4', level: 4, labels: { 'zh-CN': '量化统计改进成效，监控改进周期和成功率。', en: 'Improvement results are quantified, and improvement cycle time and success rate are monitored.' } },
          { id: 'D11-1-L5', level: 5, labels: { 'zh-CN': '持续改进成为组织习惯，顾客体验水平保持行业前列。', en: 'Continual improvement is a habit, and the organisation’s customer experience stays among the best in its industry.' } },
        ],
      },
      {
        id: 'D11-2',
        labels: { 'zh-CN': '学习与知识管理', en: 'Learning and knowledge management' },
        clauses: [{ clause: '8.3', basis: 'content-inferred' }],
        principles: ['continual-improvement', 'co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '经验教训库与最佳实践分享记录', en: 'Lessons-learned library and good-practice sharing records' },
          { 'zh-CN': '知识复用统计', en: 'Knowledge reuse figures' },
        ],
        criteria: [
          { id: 'D11-2-L1', level: 1, labels: { 'zh-CN': '不记录经验教训。', en: 'Lessons learned are not written down.' } },
          { id: 'D11-2-L2', level: 2, labels: { 'zh-CN': '重大事件后进行总结。', en: 'Major incidents are reviewed afterwards.' } },
          { id: 'D11-2-L3', level: 3, labels: { 'zh-CN': '按规定收集和共享经验教训与最佳实践，并用于培训。', en: 'Lessons and good practices are collected and shared as a routine and used in training.' } },
          { id: 'D11-2-L4', level: 4, labels: { 'zh-CN': '跟踪知识的复用情况，并与改进成效关联。', en: 'Reuse of knowledge is tracked and related to improvement results.' } },
          { id: 'D11-2-L5', level: 5, labels: { 'zh-CN': '与外部交流学习，推动行业顾客体验实践的发展。', en: 'The organisation learns with outside parties and helps move CX practice in its industry forward.' } },
        ],
      },
      {
        id: 'D11-3',
        labels: { 'zh-CN': '体验创新', en: 'Experience innovation' },
        clauses: [{ clause: '8.3', basis: 'content-inferred' }, { clause: '7.4', basis: 'content-inferred' }],
        principles: ['customer-needs', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '创新想法筛选与试点记录', en: 'Records of screening and piloting ideas' },
          { 'zh-CN': '试点效果评估与推广计划', en: 'Pilot evaluations and scale-up plans' },
        ],
        criteria: [
          { id: 'D11-3-L1', level: 1, labels: { 'zh-CN': '没有体验创新活动。', en: 'There is no experience-innovation activity.' } },
          { id: 'D11-3-L2', level: 2, labels: { 'zh-CN': '偶尔尝试新的服务方式或技术。', en: 'New service approaches or technologies are tried now and then.' } },
          { id: 'D11-3-L3', level: 3, labels: { 'zh-CN': '设有创新机制，定期筛选并试点体验创新想法。', en: 'An innovation mechanism screens and pilots experience ideas at set intervals.' } },
          { id: 'D11-3-L4', level: 4, labels: { 'zh-CN': '量化评估创新试点的效果，成功项目规模化推广。', en: 'Pilot results are evaluated quantitatively and successful pilots are scaled up.' } },
          { id: 'D11-3-L5', level: 5, labels: { 'zh-CN': '持续推出引领行业的体验创新。', en: 'The organisation keeps launching experience innovations that lead its industry.' } },
        ],
      },
    ],
  },
];
