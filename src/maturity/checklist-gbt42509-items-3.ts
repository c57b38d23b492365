/**
 * Content of the GB/T 42509-structured checklist, part 3: dimensions D07–D08. Our own wording; clause numbers only.
 *
 * @module
 * @internal
 */
import type { DimensionDefinition } from './definition.js';

/** Dimensions D07 (managing CX delivery) and D08 (CX insight). @internal */
export const GBT42509_DIMENSIONS_3: readonly DimensionDefinition[] = [
  {
    id: 'D07',
    labels: { 'zh-CN': '管理顾客体验', en: 'Managing CX delivery' },
    clauses: [{ clause: '7.2', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D07-1',
        labels: { 'zh-CN': '体验交付的过程控制', en: 'Controlling experience delivery' },
        clauses: [{ clause: '7.2', basis: 'toc-confirmed' }],
        principles: ['customer-needs'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '触点交付检查记录与偏差处理记录', en: 'Delivery checks at touchpoints and deviation records' },
          { 'zh-CN': '交付质量监控看板与预警规则', en: 'Delivery-quality dashboards and alert rules' },
        ],
        criteria: [
          { id: 'D07-1-L1', level: 1, labels: { 'zh-CN': '体验交付缺少控制，问题靠事后发现。', en: 'Experience delivery is not controlled; problems are found after the fact.' } },
          { id: 'D07-1-L2', level: 2, labels: { 'zh-CN': '对部分关键触点的交付进行检查。', en: 'Delivery is checked at some key touchpoints.' } },
          { id: 'D07-1-L3', level: 3, labels: { 'zh-CN': '按体验标准控制各触点的交付，偏差有记录并按规则处理。', en: 'Delivery at every touchpoint is controlled against the experience standards, and deviations are recorded and handled by set rules.' } },
          { id: 'D07-1-L4', level: 4, labels: { 'zh-CN': '用实时或定期指标监控交付质量，异常自动预警。', en: 'Delivery quality is monitored with real-time or periodic indicators, and anomalies raise alerts automatically.' } },
          { id: 'D07-1-L5', level: 5, labels: { 'zh-CN': '交付过程能自我调节，主动预防体验偏差。', en: 'Delivery regulates itself and prevents experience deviations before they happen.' } },
        ],
      },
      {
        id: 'D07-2',
        labels: { 'zh-CN': '全渠道一致性', en: 'Omnichannel consistency' },
        clauses: [{ clause: '7.2', basis: 'content-inferred' }],
        principles: ['customer-needs', 'co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '渠道间共享的顾客信息与服务记录', en: 'Customer information and service history shared across channels' },
          { 'zh-CN': '跨渠道转接成功率统计', en: 'Cross-channel hand-off success figures' },
        ],
        criteria: [
          { id: 'D07-2-L1', level: 1, labels: { 'zh-CN': '各渠道独立运营，顾客信息不互通。', en: 'Channels run on their own and do not share customer information.' } },
          { id: 'D07-2-L2', level: 2, labels: { 'zh-CN': '部分渠道之间可以共享顾客信息。', en: 'Some channels share customer information.' } },
          { id: 'D07-2-L3', level: 3, labels: { 'zh-CN': '各渠道共享顾客信息与服务记录，顾客跨渠道无需重复说明。', en: 'All channels share customer information and service history, so customers never have to repeat themselves.' } },
          { id: 'D07-2-L4', level: 4, labels: { 'zh-CN': '量化监控跨渠道体验的一致性和转接成功率。', en: 'Cross-channel consistency and hand-off success are monitored quantitatively.' } },
          { id: 'D07-2-L5', level: 5, labels: { 'zh-CN': '提供无缝、个性化的全渠道体验，渠道按顾客偏好动态编排。', en: 'Seamless, personalised omnichannel experiences are orchestrated dynamically around customer preferences.' } },
        ],
      },
      {
        id: 'D07-3',
        labels: { 'zh-CN': '投诉与反馈处理', en: 'Complaint and feedback handling' },
        clauses: [{ clause: '7.2', basis: 'content-inferred' }],
        principles: ['customer-needs', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '投诉登记、分类与回访记录', en: 'Complaint register, classification and follow-up records' },
          { 'zh-CN': '处理时效、解决率与处理满意度报告', en: 'Reports on handling time, resolution rate and satisfaction with handling' },
        ],
        criteria: [
          { id: 'D07-3-L1', level: 1, labels: { 'zh-CN': '投诉处理没有固定流程，结果取决于处理人。', en: 'Complaints are handled with no set procedure; the outcome depends on who picks them up.' } },
          { id: 'D07-3-L2', level: 2, labels: { 'zh-CN': '有投诉受理渠道和处理流程，但记录不完整。', en: 'There are complaint channels and a handling procedure, but records are incomplete.' } },
          { id: 'D07-3-L3', level: 3, labels: { 'zh-CN': '投诉统一登记、分类、限时处理并回访，处理规则公开透明。', en: 'Complaints are registered, classified, handled within set times and followed up, under rules that are open to customers.' } },
          { id: 'D07-3-L4', level: 4, labels: { 'zh-CN': '量化监控处理时效、解决率和处理满意度，并分析根本原因。', en: 'Handling time, resolution rate and satisfaction with handling are monitored quantitatively, and root causes are analysed.' } },
          { id: 'D07-3-L5', level: 5, labels: { 'zh-CN': '投诉数据驱动预防性改进，投诉率持续下降并优于行业水平。', en: 'Complaint data drives preventive improvement; the complaint rate keeps falling and beats the industry’s.' } },
        ],
      },
      {
        id: 'D07-4',
        labels: { 'zh-CN': '顾客个人信息保护（cxkit 扩展项）', en: 'Customer data protection (a cxkit extension)' },
        clauses: [{ clause: '7.2', basis: 'content-inferred' }],
        principles: ['customer-needs', 'leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '个人信息保护制度与告知同意记录', en: 'Personal-information protection rules and consent records' },
          { 'zh-CN': '数据保护审计与风险评估报告', en: 'Data-protection audit and risk-assessment reports' },
        ],
        criteria: [
          { id: 'D07-4-L1', level: 1, labels: { 'zh-CN': '没有专门保护顾客个人信息的措施。', en: 'There are no specific measures protecting customers’ personal information.' } },
          { id: 'D07-4-L2', level: 2, labels: { 'zh-CN': '制定了个人信息保护的基本制度。', en: 'Basic rules for protecting personal information exist.' } },
          { id: 'D07-4-L3', level: 3, labels: { 'zh-CN': '顾客信息的收集、使用、存储和共享遵循告知同意和最小必要原则，访问权限受控。', en: 'Collecting, using, storing and sharing customer information follows notice and consent and data minimisation, with controlled access.' } },
          { id: 'D07-4-L4', level: 4, labels: { 'zh-CN': '定期开展数据保护审计和风险评估，监控事件和顾客请求的响应时效。', en: 'Data-protection audits and risk assessments run at set intervals, and response times to incidents and customer requests are monitored.' } },
          { id: 'D07-4-L5', level: 5, labels: { 'zh-CN': '透明、可由顾客控制的数据使用赢得信任，隐私保护成为体验优势。', en: 'Transparent data use under the customer’s control earns trust and makes privacy a strength of the experience.' } },
        ],
      },
      {
        id: 'D07-5',
        labels: { 'zh-CN': '一线赋能与服务补救', en: 'Front-line empowerment and service recovery' },
        clauses: [{ clause: '7.2', basis: 'content-inferred' }],
        principles: ['customer-needs', 'co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '一线授权与服务补救规则、知识库', en: 'Front-line authority and service-recovery rules; knowledge base' },
          { 'zh-CN': '一次解决率与补救后满意度数据', en: 'First-contact resolution and post-recovery satisfaction data' },
        ],
        criteria: [
          { id: 'D07-5-L1', level: 1, labels: { 'zh-CN': '一线人员遇到问题需层层上报，无权处理。', en: 'Front-line staff must escalate every problem and may not resolve it themselves.' } },
          { id: 'D07-5-L2', level: 2, labels: { 'zh-CN': '一线人员对部分常见问题有处理权限。', en: 'Front-line staff may settle some common problems themselves.' } },
          { id: 'D07-5-L3', level: 3, labels: { 'zh-CN': '一线授权和服务补救规则形成文件，并有知识库和工具支持。', en: 'Front-line authority and service-recovery rules are documented and backed by a knowledge base and tools.' } },
          { id: 'D07-5-L4', level: 4, labels: { 'zh-CN': '量化监控一次解决率和补救后的顾客满意度。', en: 'First-contact resolution and customer satisfaction after recovery are monitored quantitatively.' } },
          { id: 'D07-5-L5', level: 5, labels: { 'zh-CN': '一线人员能主动预见并满足顾客需求，创造超出预期的体验。', en: 'Front-line staff anticipate and meet customer needs on their own, creating experiences beyond expectations.' } },
        ],
      },
    ],
  },
  {
    id: 'D08',
    labels: { 'zh-CN': '洞察顾客体验', en: 'CX insight' },
    clauses: [{ clause: '7.3', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: true,
    items: [
      {
        id: 'D08-1',
        labels: { 'zh-CN': '顾客之声的收集', en: 'Collecting the voice of the customer' },
        clauses: [{ clause: '7.3', basis: 'content-inferred' }],
        principles: ['customer-needs', 'evidence-based'],
        weight: 1,
        metricKeys: ['nps', 'csat', 'ces'],
        evidenceHints: [
          { 'zh-CN': '反馈渠道清单与汇集平台', en: 'List of feedback channels and the platform that pools them' },
          { 'zh-CN': '样本代表性与响应率统计', en: 'Sample representativeness and response-rate figures' },
        ],
        criteria: [
          { id: 'D08-1-L1', level: 1, labels: { 'zh-CN': '偶尔收集顾客反馈，没有固定渠道。', en: 'Customer feedback is gathered now and then, through no set channel.' } },
          { id: 'D08-1-L2', level: 2, labels: { 'zh-CN': '通过调查或客服记录定期收集部分顾客的反馈。', en: 'Feedback from some customers is gathered regularly through surveys or service records.' } },
          { id: 'D08-1-L3', level: 3, labels: { 'zh-CN': '调查、评价、客服、社交媒体等多渠道的顾客之声统一汇集和分类。', en: 'Voice-of-customer data from many channels (surveys, reviews, service contacts, social media) is pooled and classified in one place.' } },
          { id: 'D08-1-L4', level: 4, labels: { 'zh-CN': '反馈覆盖关键旅程和顾客群体，样本代表性和响应率受到监控。', en: 'Feedback covers the key journeys and customer groups, and sample representativeness and response rates are monitored.' } },
          { id: 'D08-1-L5', level: 5, labels: { 'zh-CN': '实时采集结构化和非结构化反馈，并结合行为数据形成完整的顾客视图。', en: 'Structured and unstructured feedback is captured in real time and combined with behavioural data into a full view of each customer.' } },
        ],
      },
      {
        id: 'D08-2',
        labels: { 'zh-CN': '顾客体验指标体系', en: 'CX metric system' },
        clauses: [{ clause: '7.3', basis: 'content-inferred' }, { clause: '8.1', basis: 'content-inferred' }],
        principles: ['evidence-based'],
        weight: 1,
        metricKeys: ['nps', 'csat', 'ces', 'csi', 'churn', 'retention'],
        evidenceHints: [
          { 'zh-CN': '指标定义与测量方法（题目、量表、抽样、频率）', en: 'Metric definitions and method (question, scale, sampling, frequency)' },
          { 'zh-CN': '定期指标报告或看板（如 NPS、满意度、费力度）', en: 'Regular metric reports or dashboards (e.g. NPS, CSAT, CES)' },
        ],
        criteria: [
          { id: 'D08-2-L1', level: 1, labels: { 'zh-CN': '偶尔收集反馈，没有定义指标。', en: 'Feedback is collected now and then; no metric is defined.' } },
          { id: 'D08-2-L2', level: 2, labels: { 'zh-CN': '至少定义并测量了一项指标（如满意度或净推荐值），覆盖部分产品或渠道。', en: 'At least one metric (e.g. satisfaction or NPS) is defined and measured for some products or channels.' } },
          { id: 'D08-2-L3', level: 3, labels: { 'zh-CN': '全组织统一的指标集有书面方法（题目、量表、抽样、频率）和责任人，并定期报告。', en: 'An organisation-wide set of metrics has a written method (question, scale, sampling, frequency) and an owner, and is reported regularly.' } },
          { id: 'D08-2-L4', level: 4, labels: { 'zh-CN': '指标覆盖关键旅程，与留存、收入或成本关联，设有目标并评审趋势。', en: 'The metrics cover the key journeys, are linked to retention, revenue or cost, have targets, and their trends are reviewed.' } },
          { id: 'D08-2-L5', level: 5, labels: { 'zh-CN': '指标近实时更新、与外部对标、用于资源分配，测量方法定期验证。', en: 'Metrics are near real time, benchmarked externally and used to allocate resources, and the method is validated periodically.' } },
        ],
      },
      {
        id: 'D08-3',
        labels: { 'zh-CN': '分析与关键驱动因素', en: 'Analysis and key drivers' },
        clauses: [{ clause: '7.3', basis: 'toc-confirmed' }],
        principles: ['evidence-based'],
        weight: 1,
        metricKeys: ['nps', 'csat', 'ces', 'csi'],
        evidenceHints: [
          { 'zh-CN': '分析报告（含置信区间、群体比较）', en: 'Analysis reports with confidence intervals and group comparisons' },
          { 'zh-CN': '关键驱动因素或预测模型文档', en: 'Key-driver or predictive model documentation' },
        ],
        criteria: [
          { id: 'D08-3-L1', level: 1, labels: { 'zh-CN': '很少分析反馈。', en: 'Feedback is rarely analysed.' } },
          { id: 'D08-3-L2', level: 2, labels: { 'zh-CN': '对反馈做描述性统计和汇总报告。', en: 'Feedback is summarised in descriptive statistics and reports.' } },
          { id: 'D08-3-L3', level: 3, labels: { 'zh-CN': '按规定方法分析反馈，识别主要问题和群体差异，结论有统计依据（如置信区间）。', en: 'Feedback is analysed with defined methods to find the main issues and group differences, and conclusions are backed statistically (e.g. confidence intervals).' } },
          { id: 'D08-3-L4', level: 4, labels: { 'zh-CN': '用关键驱动因素分析等模型量化体验要素对总体评价和经营结果的影响。', en: 'Models such as key-driver analysis quantify how experience attributes affect overall ratings and business results.' } },
          { id: 'D08-3-L5', level: 5, labels: { 'zh-CN': '用预测分析识别流失风险和潜在需求，洞察主动推送给决策者。', en: 'Predictive analytics flags churn risk and latent needs, and insights reach decision makers without being asked for.' } },
        ],
      },
      {
        id: 'D08-4',
        labels: { 'zh-CN': '洞察的共享与应用', en: 'Sharing and using insight' },
        clauses: [{ clause: '7.3', basis: 'content-inferred' }],
        principles: ['evidence-based', 'co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '洞察分发清单与跟进要求', en: 'Insight distribution lists and follow-up requirements' },
          { 'zh-CN': '据洞察采取的行动记录', en: 'Records of actions taken on insights' },
        ],
        criteria: [
          { id: 'D08-4-L1', level: 1, labels: { 'zh-CN': '顾客洞察停留在收集它的部门。', en: 'Customer insight stays in the team that gathered it.' } },
          { id: 'D08-4-L2', level: 2, labels: { 'zh-CN': '定期向管理层提交顾客反馈报告。', en: 'Customer-feedback reports go to management at set intervals.' } },
          { id: 'D08-4-L3', level: 3, labels: { 'zh-CN': '洞察按角色分发给相关部门，并明确跟进要求。', en: 'Insights are sent by role to the departments concerned, with follow-up required.' } },
          { id: 'D08-4-L4', level: 4, labels: { 'zh-CN': '跟踪洞察的使用情况（如据此采取的行动数量）。', en: 'Use of insights is tracked (e.g. number of actions taken on them).' } },
          { id: 'D08-4-L5', level: 5, labels: { 'zh-CN': '全员可自助获取与工作相关的顾客洞察，洞察驱动日常决策。', en: 'Everyone can look up the customer insight relevant to their work, and insight drives day-to-day decisions.' } },
        ],
      },
      {
        id: 'D08-5',
        labels: { 'zh-CN': '行为与运营数据的整合', en: 'Integrating behavioural and operational data' },
        clauses: [{ clause: '7.3', basis: 'content-inferred' }],
        principles: ['evidence-based'],
        weight: 1,
        metricKeys: ['churn', 'retention', 'grr', 'nrr'],
        evidenceHints: [
          { 'zh-CN': '反馈与交易、服务数据的关联模型', en: 'Data model linking feedback to transactions and service contacts' },
          { 'zh-CN': '体验指标与留存、复购的关系分析', en: 'Analyses relating experience metrics to retention and repeat purchase' },
        ],
        criteria: [
          { id: 'D08-5-L1', level: 1, labels: { 'zh-CN': '未把顾客行为数据用于体验分析。', en: 'Customer behaviour data is not used to analyse the experience.' } },
          { id: 'D08-5-L2', level: 2, labels: { 'zh-CN': '单独分析部分行为或运营数据（如交易、流失）。', en: 'Some behavioural or operational data (e.g. transactions, churn) is analysed on its own.' } },
          { id: 'D08-5-L3', level: 3, labels: { 'zh-CN': '反馈数据与交易、服务等运营数据在顾客层面关联，形成统一的数据基础。', en: 'Feedback is linked to transaction and service data customer by customer in one data foundation.' } },
          { id: 'D08-5-L4', level: 4, labels: { 'zh-CN': '量化体验指标与留存、复购、顾客价值等结果之间的关系。', en: 'The relation between experience metrics and outcomes such as retention, repeat purchase and customer value is quantified.' } },
          { id: 'D08-5-L5', level: 5, labels: { 'zh-CN': '整合的数据支持对单个顾客的实时体验管理和个性化干预。', en: 'Integrated data supports real-time experience management and personalised interventions for individual customers.' } },
        ],
      },
    ],
  },
];
