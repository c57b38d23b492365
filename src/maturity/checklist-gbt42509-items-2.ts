/**
 * Content of the GB/T 42509-structured checklist, part 2: dimensions D04–D06. Our own wording; clause numbers only.
 *
 * @module
 * @internal
 */
import type { DimensionDefinition } from './definition.js';

/** Dimensions D04 (resources, roles & coordination), D05 (risks & opportunities), D06 (designing CX). @internal */
export const GBT42509_DIMENSIONS_2: readonly DimensionDefinition[] = [
  {
    id: 'D04',
    labels: { 'zh-CN': '资源、职责与协同', en: 'Resources, roles & coordination' },
    clauses: [{ clause: '6.2', basis: 'toc-confirmed' }, { clause: '6.3', basis: 'toc-confirmed' }, { clause: '6.4', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D04-1',
        labels: { 'zh-CN': '资源配置', en: 'Resources' },
        clauses: [{ clause: '6.2', basis: 'toc-confirmed' }],
        principles: ['leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '年度预算与人员编制中的顾客体验资源', en: 'CX resources in the annual budget and headcount plan' },
          { 'zh-CN': '投入产出评估', en: 'Return-on-resources evaluations' },
        ],
        criteria: [
          { id: 'D04-1-L1', level: 1, labels: { 'zh-CN': '顾客体验工作没有专门资源，依靠临时调配。', en: 'CX work has no resources of its own and relies on whatever can be borrowed.' } },
          { id: 'D04-1-L2', level: 2, labels: { 'zh-CN': '为部分顾客体验活动安排了预算和人员。', en: 'Budget and people are assigned to some CX activities.' } },
          { id: 'D04-1-L3', level: 3, labels: { 'zh-CN': '顾客体验所需的人员、预算、信息系统和基础设施在年度计划中统一配置。', en: 'People, budget, information systems and infrastructure needed for CX are planned and allocated together in the annual plan.' } },
          { id: 'D04-1-L4', level: 4, labels: { 'zh-CN': '资源投入与顾客体验成效挂钩，定期评估投入产出。', en: 'Resources are tied to CX results, and their return is evaluated at set intervals.' } },
          { id: 'D04-1-L5', level: 5, labels: { 'zh-CN': '资源依据数据驱动的优先级动态调配，并投向体验创新。', en: 'Resources are shifted by data-driven priorities, including towards experience innovation.' } },
        ],
      },
      {
        id: 'D04-2',
        labels: { 'zh-CN': '能力与培训', en: 'Competence and training' },
        clauses: [{ clause: '6.2', basis: 'content-inferred' }],
        principles: ['continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '顾客体验能力模型与培训计划', en: 'CX competence model and training plan' },
          { 'zh-CN': '培训效果评估', en: 'Training effectiveness evaluations' },
        ],
        criteria: [
          { id: 'D04-2-L1', level: 1, labels: { 'zh-CN': '尚未识别顾客体验工作所需的能力。', en: 'The competences that CX work needs have not been identified.' } },
          { id: 'D04-2-L2', level: 2, labels: { 'zh-CN': '关键岗位接受过顾客体验相关培训。', en: 'Key roles have had CX-related training.' } },
          { id: 'D04-2-L3', level: 3, labels: { 'zh-CN': '建立了覆盖相关岗位的顾客体验能力模型和培训体系。', en: 'A CX competence model and training programme cover every role concerned.' } },
          { id: 'D04-2-L4', level: 4, labels: { 'zh-CN': '测量培训效果和能力水平，并与服务质量指标关联。', en: 'Training effect and competence levels are measured and related to service-quality indicators.' } },
          { id: 'D04-2-L5', level: 5, labels: { 'zh-CN': '持续培养顾客体验专家，并对外输出方法和经验。', en: 'The organisation keeps growing CX experts and shares its methods and experience externally.' } },
        ],
      },
      {
        id: 'D04-3',
        labels: { 'zh-CN': '职责与权限', en: 'Responsibilities and authorities' },
        clauses: [{ clause: '6.3', basis: 'toc-confirmed' }],
        principles: ['leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '职责分配文件（含旅程或触点责任人）', en: 'Responsibility assignments, including journey or touchpoint owners' },
          { 'zh-CN': '绩效考核中的顾客体验指标', en: 'CX indicators in performance appraisal' },
        ],
        criteria: [
          { id: 'D04-3-L1', level: 1, labels: { 'zh-CN': '顾客体验职责不清，问题在部门之间推诿。', en: 'CX responsibilities are unclear and problems are passed from one department to another.' } },
          { id: 'D04-3-L2', level: 2, labels: { 'zh-CN': '指定了顾客体验的牵头部门或岗位。', en: 'A lead department or role for CX has been named.' } },
          { id: 'D04-3-L3', level: 3, labels: { 'zh-CN': '各部门和岗位的顾客体验职责与权限形成文件，包括旅程或触点的责任人。', en: 'CX responsibilities and authorities of departments and roles are documented, including owners of journeys or touchpoints.' } },
          { id: 'D04-3-L4', level: 4, labels: { 'zh-CN': '用指标考核职责的履行情况，并纳入绩效评价。', en: 'How these responsibilities are carried out is measured with indicators and counts in performance appraisal.' } },
          { id: 'D04-3-L5', level: 5, labels: { 'zh-CN': '跨职能团队对端到端旅程全面负责，职责随旅程变化灵活调整。', en: 'Cross-functional teams own end-to-end journeys, and responsibilities change as the journeys do.' } },
        ],
      },
      {
        id: 'D04-4',
        labels: { 'zh-CN': '内部协同', en: 'Internal coordination' },
        clauses: [{ clause: '6.4', basis: 'toc-confirmed' }],
        principles: ['co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '跨部门协同机制的章程与会议记录', en: 'Charter and minutes of the cross-department coordination body' },
          { 'zh-CN': '跨部门问题解决周期统计', en: 'Resolution times of cross-department issues' },
        ],
        criteria: [
          { id: 'D04-4-L1', level: 1, labels: { 'zh-CN': '部门之间在顾客体验问题上很少协作。', en: 'Departments seldom work together on customer-experience issues.' } },
          { id: 'D04-4-L2', level: 2, labels: { 'zh-CN': '通过临时会议或项目协调跨部门的体验问题。', en: 'Cross-department experience issues are coordinated in ad-hoc meetings or projects.' } },
          { id: 'D04-4-L3', level: 3, labels: { 'zh-CN': '设有常设的跨部门协同机制（如顾客体验委员会），信息共享规则明确。', en: 'A standing cross-department body (e.g. a CX council) coordinates the work under clear information-sharing rules.' } },
          { id: 'D04-4-L4', level: 4, labels: { 'zh-CN': '测量协同效率（如跨部门问题的解决周期），并持续改善。', en: 'Coordination efficiency is measured (e.g. time to resolve cross-department issues) and keeps improving.' } },
          { id: 'D04-4-L5', level: 5, labels: { 'zh-CN': '协同依托共享的数据平台和共同目标，实现端到端的无缝体验。', en: 'Coordination rests on a shared data platform and common goals, giving seamless end-to-end experiences.' } },
        ],
      },
      {
        id: 'D04-5',
        labels: { 'zh-CN': '外部供方与合作伙伴', en: 'External providers and partners' },
        clauses: [{ clause: '6.4', basis: 'content-inferred' }],
        principles: ['co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '合同或服务水平协议中的体验要求', en: 'Experience requirements in contracts or service-level agreements' },
          { 'zh-CN': '供方体验绩效评价记录', en: 'Provider experience-performance evaluations' },
        ],
        criteria: [
          { id: 'D04-5-L1', level: 1, labels: { 'zh-CN': '未考虑外部供方和合作伙伴对顾客体验的影响。', en: 'The effect of external providers and partners on the customer experience is not considered.' } },
          { id: 'D04-5-L2', level: 2, labels: { 'zh-CN': '部分外包服务合同中包含服务质量要求。', en: 'Some outsourcing contracts contain service-quality requirements.' } },
          { id: 'D04-5-L3', level: 3, labels: { 'zh-CN': '对影响顾客体验的供方统一规定体验要求，并定期评价。', en: 'Every provider that affects the customer experience has experience requirements and is evaluated at set intervals.' } },
          { id: 'D04-5-L4', level: 4, labels: { 'zh-CN': '量化监控供方的体验绩效，并与结算或续约挂钩。', en: 'Providers’ experience performance is monitored quantitatively and tied to payment or renewal.' } },
          { id: 'D04-5-L5', level: 5, labels: { 'zh-CN': '与合作伙伴共同设计和改进体验，数据和反馈双向共享。', en: 'The organisation and its partners design and improve experiences together, sharing data and feedback both ways.' } },
        ],
      },
    ],
  },
  {
    id: 'D05',
    labels: { 'zh-CN': '风险与机遇', en: 'Risks & opportunities' },
    clauses: [{ clause: '6.5', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D05-1',
        labels: { 'zh-CN': '体验风险的识别与评估', en: 'Identifying and assessing experience risks' },
        clauses: [{ clause: '6.5', basis: 'toc-confirmed' }],
        principles: ['evidence-based'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '顾客体验风险与机遇清单', en: 'Register of CX risks and opportunities' },
          { 'zh-CN': '风险评级与监测指标', en: 'Risk ratings and monitoring indicators' },
        ],
        criteria: [
          { id: 'D05-1-L1', level: 1, labels: { 'zh-CN': '体验相关风险在问题发生后才被发现。', en: 'Experience-related risks come to light only after something has gone wrong.' } },
          { id: 'D05-1-L2', level: 2, labels: { 'zh-CN': '对部分产品或服务识别了体验风险（如服务中断、投诉热点）。', en: 'Experience risks (e.g. service outages, complaint hot spots) are identified for some products or services.' } },
          { id: 'D05-1-L3', level: 3, labels: { 'zh-CN': '定期、系统地识别和评估顾客体验的风险与机遇，并形成清单。', en: 'Risks and opportunities for the customer experience are identified and assessed systematically at set intervals and kept in a register.' } },
          { id: 'D05-1-L4', level: 4, labels: { 'zh-CN': '按可能性和影响量化评级，关键风险设有监测指标。', en: 'Risks are rated quantitatively by likelihood and impact, and key risks have monitoring indicators.' } },
          { id: 'D05-1-L5', level: 5, labels: { 'zh-CN': '利用预测模型和外部信息提前识别新的风险与机遇。', en: 'Predictive models and outside intelligence reveal new risks and opportunities early.' } },
        ],
      },
      {
        id: 'D05-2',
        labels: { 'zh-CN': '应对措施与应急', en: 'Responses and contingency' },
        clauses: [{ clause: '6.5', basis: 'content-inferred' }],
        principles: ['continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '应急预案与演练记录', en: 'Contingency plans and drill records' },
          { 'zh-CN': '事件的顾客影响分析', en: 'Customer-impact analyses of incidents' },
        ],
        criteria: [
          { id: 'D05-2-L1', level: 1, labels: { 'zh-CN': '体验问题出现后临时应对。', en: 'Experience problems are dealt with on the spot as they occur.' } },
          { id: 'D05-2-L2', level: 2, labels: { 'zh-CN': '对常见问题有应对方案。', en: 'Response plans exist for frequent problems.' } },
          { id: 'D05-2-L3', level: 3, labels: { 'zh-CN': '对已识别的风险制定措施和应急预案，明确责任人并演练。', en: 'Every identified risk has actions and a contingency plan with an owner, and the plans are rehearsed.' } },
          { id: 'D05-2-L4', level: 4, labels: { 'zh-CN': '评估措施的有效性，量化事件的顾客影响（如受影响顾客数、恢复时间）。', en: 'The effectiveness of the actions is evaluated and the customer impact of incidents is quantified (e.g. customers affected, time to recover).' } },
          { id: 'D05-2-L5', level: 5, labels: { 'zh-CN': '服务补救和应急机制能把风险事件转化为增强信任的机会。', en: 'Service recovery and contingency arrangements turn incidents into chances to strengthen trust.' } },
        ],
      },
      {
        id: 'D05-3',
        labels: { 'zh-CN': '把握改善体验的机遇', en: 'Taking opportunities to improve the experience' },
        clauses: [{ clause: '6.5', basis: 'toc-confirmed' }],
        principles: ['customer-needs', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '机遇评估与排序记录', en: 'Evaluations and rankings of opportunities' },
          { 'zh-CN': '已实施机遇的收益验证', en: 'Benefit checks of opportunities taken' },
        ],
        criteria: [
          { id: 'D05-3-L1', level: 1, labels: { 'zh-CN': '未系统识别改善体验的机遇。', en: 'Opportunities to improve the experience are not looked for systematically.' } },
          { id: 'D05-3-L2', level: 2, labels: { 'zh-CN': '尝试过个别机遇（如新渠道、新技术）。', en: 'Single opportunities (e.g. a new channel or technology) have been tried.' } },
          { id: 'D05-3-L3', level: 3, labels: { 'zh-CN': '机遇经过评估和排序，并纳入计划。', en: 'Opportunities are evaluated, ranked and built into plans.' } },
          { id: 'D05-3-L4', level: 4, labels: { 'zh-CN': '已实施机遇的收益得到量化验证。', en: 'The benefits of opportunities taken are verified quantitatively.' } },
          { id: 'D05-3-L5', level: 5, labels: { 'zh-CN': '持续探索体验创新，并形成可复制的模式。', en: 'The organisation keeps exploring experience innovations and turns them into repeatable models.' } },
        ],
      },
    ],
  },
  {
    id: 'D06',
    labels: { 'zh-CN': '设计顾客体验', en: 'Designing CX' },
    clauses: [{ clause: '7.1', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D06-1',
        labels: { 'zh-CN': '顾客旅程的识别与绘制', en: 'Journey mapping' },
        clauses: [{ clause: '7.1', basis: 'content-inferred' }],
        principles: ['customer-needs'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '关键旅程图（含期望、痛点、责任人）', en: 'Key journey maps with expectations, pain points and owners' },
          { 'zh-CN': '旅程阶段指标（转化、流失、费力度）', en: 'Journey-stage indicators (conversion, drop-out, effort)' },
        ],
        criteria: [
          { id: 'D06-1-L1', level: 1, labels: { 'zh-CN': '没有描绘顾客旅程，体验按部门视角设计。', en: 'Customer journeys are not mapped; experiences are designed from each department’s point of view.' } },
          { id: 'D06-1-L2', level: 2, labels: { 'zh-CN': '绘制了部分关键旅程。', en: 'Some key journeys have been mapped.' } },
          { id: 'D06-1-L3', level: 3, labels: { 'zh-CN': '全部关键旅程和触点均已绘制，标注顾客期望、痛点和责任人，并定期更新。', en: 'Every key journey and touchpoint is mapped with customer expectations, pain points and owners, and the maps are kept current.' } },
          { id: 'D06-1-L4', level: 4, labels: { 'zh-CN': '旅程各阶段有量化指标（如转化、流失、费力度），痛点按影响排序。', en: 'Each journey stage has quantitative indicators (e.g. conversion, drop-out, effort), and pain points are ranked by impact.' } },
          { id: 'D06-1-L5', level: 5, labels: { 'zh-CN': '旅程图与实时数据联动，能动态发现新的旅程和个性化路径。', en: 'Journey maps are linked to live data and reveal new journeys and personalised paths as they appear.' } },
        ],
      },
      {
        id: 'D06-2',
        labels: { 'zh-CN': '体验设计方法与顾客参与', en: 'Experience design method and customer involvement' },
        clauses: [{ clause: '7.1', basis: 'toc-confirmed' }],
        principles: ['customer-needs', 'co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '服务蓝图、原型测试报告', en: 'Service blueprints, prototype test reports' },
          { 'zh-CN': '上线前的体验验证结果', en: 'Experience validation results before launch' },
        ],
        criteria: [
          { id: 'D06-2-L1', level: 1, labels: { 'zh-CN': '产品和服务设计很少考虑顾客体验。', en: 'Products and services are designed with little regard for the customer experience.' } },
          { id: 'D06-2-L2', level: 2, labels: { 'zh-CN': '部分设计项目征求了顾客意见。', en: 'Some design projects ask customers for their views.' } },
          { id: 'D06-2-L3', level: 3, labels: { 'zh-CN': '采用规定的体验设计方法（如服务蓝图、原型测试），顾客参与关键设计环节。', en: 'A defined experience-design method (e.g. service blueprints, prototype tests) is used, with customers involved at the key steps.' } },
          { id: 'D06-2-L4', level: 4, labels: { 'zh-CN': '设计方案在上线前按可测量的体验目标验证（如可用性测试、试点指标）。', en: 'Designs are validated against measurable experience targets before launch (e.g. usability tests, pilot metrics).' } },
          { id: 'D06-2-L5', level: 5, labels: { 'zh-CN': '与顾客和伙伴共创体验，设计方法不断创新并被同行借鉴。', en: 'Experiences are co-created with customers and partners, and the design methods keep evolving and are taken up by peers.' } },
        ],
      },
      {
        id: 'D06-3',
        labels: { 'zh-CN': '体验标准与触点规范', en: 'Experience standards for touchpoints' },
        clauses: [{ clause: '7.1', basis: 'content-inferred' }],
        principles: ['customer-needs'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '触点体验标准（线上与线下）', en: 'Touchpoint experience standards (online and offline)' },
          { 'zh-CN': '神秘顾客或质检抽样结果', en: 'Mystery-shopping or quality-check sampling results' },
        ],
        criteria: [
          { id: 'D06-3-L1', level: 1, labels: { 'zh-CN': '没有体验标准，服务质量取决于个人。', en: 'There are no experience standards; service quality depends on the individual.' } },
          { id: 'D06-3-L2', level: 2, labels: { 'zh-CN': '部分触点有服务规范。', en: 'Some touchpoints have service rules.' } },
          { id: 'D06-3-L3', level: 3, labels: { 'zh-CN': '所有关键触点有统一的体验标准，线上线下一致。', en: 'Every key touchpoint follows common experience standards, the same online and offline.' } },
          { id: 'D06-3-L4', level: 4, labels: { 'zh-CN': '量化监控标准的执行情况（如神秘顾客、质检抽样）。', en: 'Adherence to the standards is monitored quantitatively (e.g. mystery shopping, quality-check sampling).' } },
          { id: 'D06-3-L5', level: 5, labels: { 'zh-CN': '标准根据顾客反馈和数据分析持续迭代，并支持个性化体验。', en: 'The standards are iterated from feedback and analytics and leave room for personalised experiences.' } },
        ],
      },
      {
        id: 'D06-4',
        labels: { 'zh-CN': '情感化与包容性体验', en: 'Emotional and inclusive experience' },
        clauses: [{ clause: '7.1', basis: 'content-inferred' }],
        principles: ['customer-needs'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '关键情感时刻分析、适老化与无障碍评估', en: 'Analyses of key emotional moments; age-friendliness and accessibility assessments' },
          { 'zh-CN': '情感分析或可访问性测试结果', en: 'Sentiment-analysis or accessibility-test results' },
        ],
        criteria: [
          { id: 'D06-4-L1', level: 1, labels: { 'zh-CN': '设计只关注功能，未考虑情感和特殊群体的需求。', en: 'Design looks at function only, not at emotions or the needs of particular groups.' } },
          { id: 'D06-4-L2', level: 2, labels: { 'zh-CN': '个别项目考虑了情感体验或适老化、无障碍需求。', en: 'Single projects have considered emotional experience or the needs of older and disabled customers.' } },
          { id: 'D06-4-L3', level: 3, labels: { 'zh-CN': '设计规范要求识别关键情感时刻，并满足包容性要求。', en: 'Design rules require finding the key emotional moments and meeting accessibility and inclusion needs.' } },
          { id: 'D06-4-L4', level: 4, labels: { 'zh-CN': '测量情感体验和可及性（如情感分析、可访问性测试结果）。', en: 'Emotional experience and accessibility are measured (e.g. sentiment analysis, accessibility-test results).' } },
          { id: 'D06-4-L5', level: 5, labels: { 'zh-CN': '情感化和包容性体验成为组织特色，获得顾客和社会认可。', en: 'Emotionally engaging, inclusive experiences have become a hallmark of the organisation, recognised by customers and society.' } },
        ],
      },
    ],
  },
];
