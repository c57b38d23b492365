/**
 * The six maturity levels (0–5) with names after the usual Chinese maturity-model conventions and short
 * descriptions in our own words.
 *
 * @module
 */
import type { LevelDefinition } from './definition.js';
import { deepFreeze } from './freeze.js';

/**
 * Maturity levels 0–5: 未达初始级 Not yet evident, 初始级 Initial, 受管理级 Managed, 规范级 Defined,
 * 量化管理级 Quantitatively managed, 优化引领级 Optimizing. Index = level. {@link GBT42509_CHECKLIST} uses them; a
 * custom checklist may name its levels differently (level 0 falls back to the name here). Deep-frozen: the array
 * and its entries cannot be changed (assigning throws in strict mode); copy them to adapt the names.
 *
 * @example
 * MATURITY_LEVELS[3]?.labels; //=> { 'zh-CN': '规范级', en: 'Defined' }
 * MATURITY_LEVELS.length; //=> 6
 * Object.isFrozen(MATURITY_LEVELS[3]?.labels); //=> true
 */
export const MATURITY_LEVELS: readonly LevelDefinition[] = /* @__PURE__ */ deepFreeze<readonly LevelDefinition[]>([
  {
    level: 0,
    labels: { 'zh-CN': '未达初始级', en: 'Not yet evident' },
    description: { 'zh-CN': '尚无可识别的相关实践。', en: 'No identifiable practice yet.' },
  },
  {
    level: 1,
    labels: { 'zh-CN': '初始级', en: 'Initial' },
    description: { 'zh-CN': '实践零散、临时，依赖个人。', en: 'Practices are ad hoc and depend on individuals.' },
  },
  {
    level: 2,
    labels: { 'zh-CN': '受管理级', en: 'Managed' },
    description: { 'zh-CN': '在部分范围内有计划地开展并跟踪。', en: 'Practices are planned and tracked in parts of the organisation.' },
  },
  {
    level: 3,
    labels: { 'zh-CN': '规范级', en: 'Defined' },
    description: { 'zh-CN': '全组织统一实施，形成文件，职责明确。', en: 'Practices are organisation-wide, documented and owned.' },
  },
  {
    level: 4,
    labels: { 'zh-CN': '量化管理级', en: 'Quantitatively managed' },
    description: { 'zh-CN': '以数据和量化目标进行管理。', en: 'Practices are managed with data and quantitative targets.' },
  },
  {
    level: 5,
    labels: { 'zh-CN': '优化引领级', en: 'Optimizing' },
    description: { 'zh-CN': '持续优化与创新，具有引领作用。', en: 'Practices are continually optimised and set the pace for others.' },
  },
]);
