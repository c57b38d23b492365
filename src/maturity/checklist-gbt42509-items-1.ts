/**
 * Content of {@link GBT42509_CHECKLIST}, part 1: dimensions D01–D03. Our own wording; clause numbers only.
 *
 * @module
 * @internal
 */
import type { DimensionDefinition } from './definition.js';

/** Dimensions D01 (context & scope), D02 (leadership & CXM system), D03 (objectives & planning). @internal */
export const GBT42509_DIMENSIONS_1: readonly DimensionDefinition[] = [
  {
    id: 'D01',
    labels: { 'zh-CN': '环境与范围', en: 'Context & scope' },
    clauses: [{ clause: '5.1', basis: 'toc-confirmed' }, { clause: '5.2', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: false,
    items: [
      {
        id: 'D01-1',
        labels: { 'zh-CN': '环境与影响因素识别', en: 'Context and influencing factors' },
        clauses: [{ clause: '5.1', basis: 'toc-confirmed' }],
        principles: ['customer-needs', 'evidence-based'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '内外部环境分析报告（含更新记录）', en: 'Internal and external context analysis, with its update history' },
          { 'zh-CN': '影响因素监测指标与预警记录', en: 'Indicators and alerts tracking the influencing factors' },
        ],
        criteria: [
          { id: 'D01-1-L1', level: 1, labels: { 'zh-CN': '对影响顾客体验的内外部因素只有零散、非正式的认识。', en: 'Awareness of the internal and external factors that shape the customer experience is scattered and informal.' } },
          { id: 'D01-1-L2', level: 2, labels: { 'zh-CN': '已在部分业务中识别主要影响因素（如市场、竞争、法规、技术）并形成书面记录。', en: 'The main influencing factors (market, competition, regulation, technology, …) have been identified and written down for some businesses.' } },
          { id: 'D01-1-L3', level: 3, labels: { 'zh-CN': '按统一方法定期识别和更新全组织的环境与影响因素，结果有责任人，并用于顾客体验管理决策。', en: 'Context and influencing factors are identified and updated at set intervals across the organisation with one method; the results have an owner and feed CX management decisions.' } },
          { id: 'D01-1-L4', level: 4, labels: { 'zh-CN': '关键因素设有监测指标和预警阈值，能量化评估其对顾客体验指标的影响。', en: 'Key factors are tracked with indicators and alert thresholds, and their effect on CX metrics is estimated quantitatively.' } },
          { id: 'D01-1-L5', level: 5, labels: { 'zh-CN': '能前瞻性地识别新兴趋势，主动调整顾客体验战略并由此取得先发优势。', en: 'Emerging trends are spotted ahead of time and the CX strategy is adjusted proactively, giving the organisation a head start.' } },
        ],
      },
      {
        id: 'D01-2',
        labels: { 'zh-CN': '顾客群体与需求识别', en: 'Customer segments and needs' },
        clauses: [{ clause: '5.1', basis: 'content-inferred' }],
        principles: ['customer-needs'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '顾客细分与画像文件', en: 'Customer segmentation and persona documents' },
          { 'zh-CN': '需求调研报告、重要度—满意度分析', en: 'Needs research, importance–satisfaction analysis' },
        ],
        criteria: [
          { id: 'D01-2-L1', level: 1, labels: { 'zh-CN': '未区分顾客群体，对顾客需求和期望的认识来自个人经验。', en: 'Customers are not told apart by group; needs and expectations are known from personal experience only.' } },
          { id: 'D01-2-L2', level: 2, labels: { 'zh-CN': '已划分主要顾客群体，并对部分群体开展过需求调研。', en: 'The main customer groups are defined and the needs of some groups have been researched.' } },
          { id: 'D01-2-L3', level: 3, labels: { 'zh-CN': '全组织统一使用顾客群体划分和画像，需求与期望按规定方法定期更新。', en: 'One segmentation and set of personas is used across the organisation, and needs and expectations are refreshed at set intervals with a defined method.' } },
          { id: 'D01-2-L4', level: 4, labels: { 'zh-CN': '各群体需求的优先级用数据量化（如重要度与满意度差距），并与群体价值关联。', en: 'Need priorities per segment are quantified from data (e.g. importance versus satisfaction gaps) and related to segment value.' } },
          { id: 'D01-2-L5', level: 5, labels: { 'zh-CN': '能预测需求变化，发现潜在群体和未被满足的需求，并据此开发新的体验与服务。', en: 'Shifts in needs are anticipated; latent segments and unmet needs are found and turned into new experiences and services.' } },
        ],
      },
      {
        id: 'D01-3',
        labels: { 'zh-CN': '相关方及其期望', en: 'Stakeholders and their expectations' },
        clauses: [{ clause: '5.1', basis: 'content-inferred' }],
        principles: ['co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '相关方清单及要求评审记录', en: 'Stakeholder register and review records of their requirements' },
          { 'zh-CN': '合作伙伴服务水平与员工体验数据', en: 'Partner service levels and employee-experience data' },
        ],
        criteria: [
          { id: 'D01-3-L1', level: 1, labels: { 'zh-CN': '除顾客外，未认识到员工、合作伙伴、监管方等相关方对顾客体验的作用。', en: 'Apart from customers, the part that staff, partners, regulators and other stakeholders play in the experience is not recognised.' } },
          { id: 'D01-3-L2', level: 2, labels: { 'zh-CN': '识别了主要相关方及其对顾客体验的影响，但只在个别项目中考虑。', en: 'The main stakeholders and their influence on the experience are known, but taken into account only in single projects.' } },
          { id: 'D01-3-L3', level: 3, labels: { 'zh-CN': '相关方及其要求形成清单并定期评审，在顾客体验管理策划中统一考虑。', en: 'Stakeholders and their requirements are kept in a register, reviewed at set intervals and considered systematically when CX management is planned.' } },
          { id: 'D01-3-L4', level: 4, labels: { 'zh-CN': '与关键相关方的沟通和协作效果被测量（如合作伙伴服务水平、员工体验指标）。', en: 'Communication and cooperation with key stakeholders are measured (e.g. partner service levels, employee-experience indicators).' } },
          { id: 'D01-3-L5', level: 5, labels: { 'zh-CN': '与相关方建立长期共创机制，共同设计和改进顾客体验。', en: 'Lasting co-creation arrangements let stakeholders design and improve the customer experience together with the organisation.' } },
        ],
      },
      {
        id: 'D01-4',
        labels: { 'zh-CN': '顾客体验管理范围', en: 'Scope of CX management' },
        clauses: [{ clause: '5.2', basis: 'toc-confirmed' }],
        principles: ['customer-needs', 'leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '经批准的范围说明（产品、渠道、顾客群体、旅程）', en: 'Approved scope statement (products, channels, customer groups, journeys)' },
          { 'zh-CN': '范围覆盖率统计与排除理由', en: 'Scope coverage figures and reasons for exclusions' },
        ],
        criteria: [
          { id: 'D01-4-L1', level: 1, labels: { 'zh-CN': '未界定顾客体验管理的范围，活动随需开展。', en: 'The scope of CX management is not defined; activities start whenever a need comes up.' } },
          { id: 'D01-4-L2', level: 2, labels: { 'zh-CN': '已为部分产品、渠道或业务界定管理范围。', en: 'A scope is defined for some products, channels or businesses.' } },
          { id: 'D01-4-L3', level: 3, labels: { 'zh-CN': '管理范围（产品、服务、渠道、顾客群体、旅程阶段）形成文件、经过批准，并与组织战略一致。', en: 'The scope (products, services, channels, customer groups, journey stages) is documented, approved and in line with the organisation’s strategy.' } },
          { id: 'D01-4-L4', level: 4, labels: { 'zh-CN': '跟踪范围覆盖程度（如纳入管理的关键旅程占比），排除项均有理由。', en: 'Coverage of the scope is tracked (e.g. share of key journeys under management) and every exclusion is justified.' } },
          { id: 'D01-4-L5', level: 5, labels: { 'zh-CN': '范围随业务变化和顾客反馈动态调整，并延伸到合作伙伴和生态。', en: 'The scope moves with the business and with customer feedback, and extends to partners and the wider ecosystem.' } },
        ],
      },
    ],
  },
  {
    id: 'D02',
    labels: { 'zh-CN': '领导作用与管理体系', en: 'Leadership & CXM system' },
    clauses: [{ clause: '5.3', basis: 'toc-confirmed' }, { clause: '5.4', basis: 'toc-confirmed' }, { clause: '4', basis: 'content-inferred' }],
    weight: 1,
    foundational: true,
    items: [
      {
        id: 'D02-1',
        labels: { 'zh-CN': '最高管理者的作用与承诺', en: 'Top-management leadership and commitment' },
        clauses: [{ clause: '5.4', basis: 'toc-confirmed' }],
        principles: ['leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '高层主持的顾客体验评审纪要', en: 'Minutes of CX reviews chaired by top management' },
          { 'zh-CN': '高层绩效目标中的顾客体验指标', en: 'CX metrics in top-management objectives' },
        ],
        criteria: [
          { id: 'D02-1-L1', level: 1, labels: { 'zh-CN': '最高管理者只在出现投诉或危机时才关注顾客体验。', en: 'Top management turns to customer experience only when complaints or crises arise.' } },
          { id: 'D02-1-L2', level: 2, labels: { 'zh-CN': '最高管理者明确表示重视顾客体验，并指定了负责人。', en: 'Top management has said that customer experience matters and has named someone in charge of it.' } },
          { id: 'D02-1-L3', level: 3, labels: { 'zh-CN': '最高管理者批准顾客体验方针，定期主持评审，并为其分配资源。', en: 'Top management approves a CX policy, chairs reviews at set intervals and allocates resources to it.' } },
          { id: 'D02-1-L4', level: 4, labels: { 'zh-CN': '顾客体验指标纳入高层绩效考核，决策记录显示使用了顾客体验数据。', en: 'CX metrics are part of top management’s performance objectives, and decision records show CX data being used.' } },
          { id: 'D02-1-L5', level: 5, labels: { 'zh-CN': '领导者在组织内外倡导以顾客为中心，顾客体验成为战略差异化的核心。', en: 'Leaders champion customer-centricity inside and outside the organisation, and customer experience is central to how it stands out.' } },
        ],
      },
      {
        id: 'D02-2',
        labels: { 'zh-CN': '顾客体验方针与原则', en: 'CX policy and principles' },
        clauses: [{ clause: '4', basis: 'toc-confirmed' }, { clause: '5.4', basis: 'content-inferred' }],
        principles: ['customer-needs', 'leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '书面的顾客体验方针或原则', en: 'Written CX policy or principles' },
          { 'zh-CN': '员工知晓度调查或内部审核结果', en: 'Staff awareness survey or internal audit results' },
        ],
        criteria: [
          { id: 'D02-2-L1', level: 1, labels: { 'zh-CN': '没有明确的顾客体验方针或原则。', en: 'There is no explicit CX policy or set of principles.' } },
          { id: 'D02-2-L2', level: 2, labels: { 'zh-CN': '有书面的顾客体验方针或原则，但知晓的人很少。', en: 'A written CX policy or set of principles exists, but few people know it.' } },
          { id: 'D02-2-L3', level: 3, labels: { 'zh-CN': '方针与原则在全组织传达并被理解，并体现在制度和流程中。', en: 'The policy and principles are communicated and understood across the organisation and built into its rules and processes.' } },
          { id: 'D02-2-L4', level: 4, labels: { 'zh-CN': '通过员工调查或审核测量方针的知晓和落实程度，并跟踪改进。', en: 'Awareness and application of the policy are measured through staff surveys or audits, and improvements are followed up.' } },
          { id: 'D02-2-L5', level: 5, labels: { 'zh-CN': '方针与原则根据顾客和相关方反馈定期修订，已融入组织文化。', en: 'The policy and principles are revised at intervals from customer and stakeholder feedback and have become part of the culture.' } },
        ],
      },
      {
        id: 'D02-3',
        labels: { 'zh-CN': '顾客体验管理过程的建立', en: 'Establishing the CXM process' },
        clauses: [{ clause: '5.3', basis: 'toc-confirmed' }],
        principles: ['evidence-based', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '端到端顾客体验管理过程文件（输入、输出、接口）', en: 'End-to-end CXM process description (inputs, outputs, interfaces)' },
          { 'zh-CN': '过程绩效指标报告', en: 'Process performance indicator reports' },
        ],
        criteria: [
          { id: 'D02-3-L1', level: 1, labels: { 'zh-CN': '顾客体验相关工作分散在各部门，没有定义的管理过程。', en: 'CX-related work is spread over departments with no defined management process.' } },
          { id: 'D02-3-L2', level: 2, labels: { 'zh-CN': '部分部门定义了与顾客体验相关的过程（如投诉处理、满意度调查）。', en: 'Some departments have defined CX-related processes (e.g. complaint handling, satisfaction surveys).' } },
          { id: 'D02-3-L3', level: 3, labels: { 'zh-CN': '形成覆盖策划、实施、洞察、优化和评价的端到端管理过程，输入、输出和接口有文件规定。', en: 'An end-to-end process covering planning, delivery, insight, optimisation and evaluation is defined, with its inputs, outputs and interfaces documented.' } },
          { id: 'D02-3-L4', level: 4, labels: { 'zh-CN': '用指标监控过程绩效（如周期、闭环率），并与质量、服务等其他管理体系整合。', en: 'Process performance is monitored with indicators (e.g. cycle time, loop-closure rate), and the process is integrated with other management systems such as quality and service.' } },
          { id: 'D02-3-L5', level: 5, labels: { 'zh-CN': '过程定期对标和再设计，采用新方法和新技术持续提升效率与效果。', en: 'The process is benchmarked and redesigned at intervals, taking up new methods and technology to keep raising efficiency and effect.' } },
        ],
      },
      {
        id: 'D02-4',
        labels: { 'zh-CN': '以顾客为中心的文化与员工参与', en: 'Customer-centred culture and staff engagement' },
        clauses: [{ clause: '4', basis: 'content-inferred' }, { clause: '5.4', basis: 'content-inferred' }],
        principles: ['customer-needs', 'co-creation'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '培训记录、岗位说明与激励方案中的顾客体验内容', en: 'Training records; CX content in job descriptions and incentive schemes' },
          { 'zh-CN': '员工敬业度与顾客体验的关联分析', en: 'Analysis linking staff engagement to customer experience' },
        ],
        criteria: [
          { id: 'D02-4-L1', level: 1, labels: { 'zh-CN': '员工对顾客体验的认识因人而异，缺乏共同理解。', en: 'What customer experience means differs from one member of staff to the next; there is no shared understanding.' } },
          { id: 'D02-4-L2', level: 2, labels: { 'zh-CN': '对一线员工开展过顾客体验培训或宣传。', en: 'Front-line staff have had CX training or awareness sessions.' } },
          { id: 'D02-4-L3', level: 3, labels: { 'zh-CN': '全员理解自身工作对顾客体验的影响，岗位要求和激励中包含顾客体验内容。', en: 'Everyone understands how their work affects customers, and job requirements and incentives include customer experience.' } },
          { id: 'D02-4-L4', level: 4, labels: { 'zh-CN': '测量员工敬业度与员工体验，并分析其与顾客体验结果的关系。', en: 'Staff engagement and employee experience are measured and analysed against customer-experience outcomes.' } },
          { id: 'D02-4-L5', level: 5, labels: { 'zh-CN': '员工主动提出并实施体验改进，组织的以顾客为中心文化获得外部认可。', en: 'Staff propose and carry out experience improvements on their own initiative, and the customer-centred culture is recognised from outside.' } },
        ],
      },
    ],
  },
  {
    id: 'D03',
    labels: { 'zh-CN': '目标与策划', en: 'Objectives & planning' },
    clauses: [{ clause: '6.1', basis: 'toc-confirmed' }],
    weight: 1,
    foundational: true,
    items: [
      {
        id: 'D03-1',
        labels: { 'zh-CN': '顾客体验目标', en: 'CX objectives' },
        clauses: [{ clause: '6.1', basis: 'toc-confirmed' }],
        principles: ['leadership', 'evidence-based'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '组织级与部门级顾客体验目标文件', en: 'Organisation- and department-level CX objectives' },
          { 'zh-CN': '目标基线与达成情况跟踪表', en: 'Baselines and tracking of objective attainment' },
        ],
        criteria: [
          { id: 'D03-1-L1', level: 1, labels: { 'zh-CN': '没有明确的顾客体验目标。', en: 'There are no explicit CX objectives.' } },
          { id: 'D03-1-L2', level: 2, labels: { 'zh-CN': '部分部门设定了与顾客体验相关的目标，但彼此不一致。', en: 'Some departments set CX-related objectives, but they do not fit together.' } },
          { id: 'D03-1-L3', level: 3, labels: { 'zh-CN': '组织级顾客体验目标可测量、形成文件，并分解到相关职能和层级。', en: 'Organisation-level CX objectives are measurable, documented and cascaded to the functions and levels concerned.' } },
          { id: 'D03-1-L4', level: 4, labels: { 'zh-CN': '目标依据基线数据和顾客期望设定，达成情况定期量化跟踪。', en: 'Objectives are set from baseline data and customer expectations, and attainment is tracked quantitatively at set intervals.' } },
          { id: 'D03-1-L5', level: 5, labels: { 'zh-CN': '目标参照行业标杆和趋势设定，并与顾客终身价值等长期价值关联。', en: 'Objectives are set against industry benchmarks and trends and tied to long-term value such as customer lifetime value.' } },
        ],
      },
      {
        id: 'D03-2',
        labels: { 'zh-CN': '实现目标的策划', en: 'Planning to achieve the objectives' },
        clauses: [{ clause: '6.1', basis: 'toc-confirmed' }],
        principles: ['leadership', 'continual-improvement'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '行动计划（措施、资源、责任人、时间、评价方法）', en: 'Action plans (actions, resources, owners, timing, evaluation)' },
          { 'zh-CN': '计划进度评审记录', en: 'Plan progress reviews' },
        ],
        criteria: [
          { id: 'D03-2-L1', level: 1, labels: { 'zh-CN': '改进活动临时开展，没有计划。', en: 'Improvement activities are improvised, without a plan.' } },
          { id: 'D03-2-L2', level: 2, labels: { 'zh-CN': '针对部分目标制定了行动计划。', en: 'Action plans exist for some of the objectives.' } },
          { id: 'D03-2-L3', level: 3, labels: { 'zh-CN': '每个目标都有行动计划，明确措施、资源、责任人、时间和评价方法。', en: 'Every objective has an action plan naming actions, resources, owners, timing and how results will be judged.' } },
          { id: 'D03-2-L4', level: 4, labels: { 'zh-CN': '定期量化评审计划的进度和效果，出现偏差即调整。', en: 'Progress and effect of the plans are reviewed quantitatively at set intervals, and deviations lead to adjustments.' } },
          { id: 'D03-2-L5', level: 5, labels: { 'zh-CN': '策划采用情景分析和投资回报评估，优化举措组合。', en: 'Planning uses scenario analysis and return-on-investment estimates to optimise the portfolio of initiatives.' } },
        ],
      },
      {
        id: 'D03-3',
        labels: { 'zh-CN': '与战略和经营计划的整合', en: 'Alignment with strategy and business plans' },
        clauses: [{ clause: '6.1', basis: 'content-inferred' }],
        principles: ['leadership'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '战略规划和年度经营计划中的顾客体验内容', en: 'CX content in the strategic plan and the annual business plan' },
          { 'zh-CN': '投资评估中的体验影响分析及事后验证', en: 'Experience-impact estimates in investment cases, with follow-up checks' },
        ],
        criteria: [
          { id: 'D03-3-L1', level: 1, labels: { 'zh-CN': '顾客体验工作与经营战略缺乏联系。', en: 'CX work has no clear link to the business strategy.' } },
          { id: 'D03-3-L2', level: 2, labels: { 'zh-CN': '部分业务计划提到了顾客体验。', en: 'Customer experience is mentioned in some business plans.' } },
          { id: 'D03-3-L3', level: 3, labels: { 'zh-CN': '顾客体验目标和计划纳入组织战略和年度经营计划。', en: 'CX objectives and plans are part of the organisation’s strategy and annual business plan.' } },
          { id: 'D03-3-L4', level: 4, labels: { 'zh-CN': '投资决策评估对顾客体验的预期影响，并在事后验证。', en: 'Investment decisions estimate their expected effect on customer experience and check it afterwards.' } },
          { id: 'D03-3-L5', level: 5, labels: { 'zh-CN': '顾客体验是制定战略的核心输入，推动商业模式和产品组合的调整。', en: 'Customer experience is a core input to strategy and drives changes to the business model and product portfolio.' } },
        ],
      },
      {
        id: 'D03-4',
        labels: { 'zh-CN': '体验愿景与对顾客的承诺', en: 'Experience vision and customer promise' },
        clauses: [{ clause: '6.1', basis: 'content-inferred' }],
        principles: ['customer-needs'],
        weight: 1,
        evidenceHints: [
          { 'zh-CN': '体验愿景、服务承诺与体验标准', en: 'Experience vision, service promise and experience standards' },
          { 'zh-CN': '承诺兑现率报告', en: 'Promise-kept reports' },
        ],
        criteria: [
          { id: 'D03-4-L1', level: 1, labels: { 'zh-CN': '没有明确的体验愿景或对顾客的承诺。', en: 'There is no explicit experience vision or promise to customers.' } },
          { id: 'D03-4-L2', level: 2, labels: { 'zh-CN': '提出了体验愿景或服务承诺，但未落实到具体体验。', en: 'An experience vision or service promise has been stated but not tied to concrete experiences.' } },
          { id: 'D03-4-L3', level: 3, labels: { 'zh-CN': '愿景转化为可执行的体验标准，并在各渠道一致传达。', en: 'The vision is turned into workable experience standards and communicated alike in every channel.' } },
          { id: 'D03-4-L4', level: 4, labels: { 'zh-CN': '测量承诺的兑现程度（如承诺达成率），并向管理层报告。', en: 'Delivery on the promise is measured (e.g. promise-kept rate) and reported to management.' } },
          { id: 'D03-4-L5', level: 5, labels: { 'zh-CN': '愿景和承诺根据顾客反馈定期更新，在行业内具有引领性。', en: 'The vision and promise are renewed from customer feedback at intervals and set the pace in the industry.' } },
        ],
      },
    ],
  },
];
