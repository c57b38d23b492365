/**
 * Bilingual texts of assessment results: gap rationales and warning messages.
 *
 * @module
 * @internal
 */
import type { Labels } from '../model/labels.js';
import type { AssessmentMode, EvidenceRule, RespondentAggregation } from './input.js';

/** A number with at most two decimals, e.g. 2.6 or 3. @internal */
export function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function pct(x: number): string {
  return `${String(Math.round(x * 100))}%`;
}

/** Facts a rationale is written from. @internal */
export interface RationaleFacts {
  readonly level: number;
  readonly current: number;
  readonly target: number;
  readonly unmet: number;
  readonly partial: number;
  readonly lowest: number | null;
  readonly foundational: boolean;
  readonly aheadUpTo: number | null;
  readonly quickWin: boolean;
}

/** Why a gap matters and what closes it. @internal */
export function rationale(f: RationaleFacts): Labels {
  const en: string[] = [];
  const zh: string[] = [];
  const head = `Level ${String(f.level)} (score ${fmt(f.current)}) → target ${fmt(f.target)}`;
  const zhHead = `当前第 ${String(f.level)} 级（得分 ${fmt(f.current)}）→ 目标 ${fmt(f.target)}`;
  if (f.lowest === null) {
    en.push(`${head}.`);
    zh.push(`${zhHead}。`);
  } else {
    const part = f.partial > 0 ? ` (${String(f.partial)} partly met)` : '';
    en.push(`${head}: ${String(f.unmet)} ${f.unmet === 1 ? 'criterion' : 'criteria'} to meet, the lowest at level ${String(f.lowest)}${part}.`);
    const zhPart = f.partial > 0 ? `（其中 ${String(f.partial)} 项部分满足）` : '';
    zh.push(`${zhHead}：尚有 ${String(f.unmet)} 项准则待满足，最低在第 ${String(f.lowest)} 级${zhPart}。`);
  }
  if (f.foundational) {
    en.push('Foundational dimension: priority raised by 25%.');
    zh.push('属于基础维度，优先级上调 25%。');
  }
  if (f.aheadUpTo !== null) {
    en.push(`Criteria up to level ${String(f.aheadUpTo)} are already met above the gap (ahead of the gate).`);
    zh.push(`已满足至第 ${String(f.aheadUpTo)} 级的准则，但受低层级缺口阻挡（超前于门槛）。`);
  }
  if (f.quickWin) {
    en.push('Quick win.');
    zh.push('可作为速赢项。');
  }
  return { 'zh-CN': zh.join(''), en: en.join(' ') };
}

/** Message of INCOMPLETE_COVERAGE. @internal */
export function coverageMessage(coverage: number, min: number, dims: number, mode: AssessmentMode): Labels {
  return {
    'zh-CN': `覆盖率为 ${pct(coverage)}（最低要求 ${pct(min)}），${String(dims)} 个维度低于最低要求；${mode === 'criteria' ? '未作答的准则按未满足计' : '未评级的条目按 0 级计'}。`,
    en: `Coverage is ${pct(coverage)} (minimum ${pct(min)}); ${String(dims)} ${dims === 1 ? 'dimension is' : 'dimensions are'} below the minimum. ${mode === 'criteria' ? 'Unanswered criteria count as not met.' : 'Unrated items count as level 0.'}`,
  };
}

const RULE_TEXT: Readonly<Record<Exclude<EvidenceRule, 'accept'>, Labels>> = {
  warn: { 'zh-CN': '仍按原答案计分', en: 'they still count as answered' },
  downgrade: { 'zh-CN': '最多按部分满足计分', en: 'they count as partly met at most' },
  reject: { 'zh-CN': '按未满足计分', en: 'they count as not met' },
};

/** Message of UNEVIDENCED_CLAIMS. @internal */
export function evidenceMessage(n: number, fromLevel: number, rule: Exclude<EvidenceRule, 'accept'>, mode: AssessmentMode): Labels {
  const what = mode === 'criteria' ? (n === 1 ? 'criterion' : 'criteria') : n === 1 ? 'item rating' : 'item ratings';
  return {
    'zh-CN': `${String(n)} 项第 ${String(fromLevel)} 级及以上的${mode === 'criteria' ? '准则' : '评级'}缺少证据，${RULE_TEXT[rule]['zh-CN']}。`,
    en: `${String(n)} ${what} at level ${String(fromLevel)} or above ${n === 1 ? 'has' : 'have'} no evidence; ${RULE_TEXT[rule].en}.`,
  };
}

const AGG_TEXT: Readonly<Record<RespondentAggregation, Labels>> = {
  median: { 'zh-CN': '中位数', en: 'median' },
  mean: { 'zh-CN': '平均值', en: 'mean' },
  min: { 'zh-CN': '最小值', en: 'minimum' },
};

/** Message of HIGH_DISPERSION. @internal */
export function dispersionMessage(n: number, mode: AssessmentMode, spread: number, how: RespondentAggregation): Labels {
  if (mode === 'criteria') {
    return {
      'zh-CN': `${String(n)} 项准则的答案分歧大（同时有"满足"和"未满足"），已采用${AGG_TEXT[how]['zh-CN']}；建议讨论后统一。`,
      en: `Respondents disagree on ${String(n)} ${n === 1 ? 'criterion' : 'criteria'} (both met and not met); the ${AGG_TEXT[how].en} was used. Discuss and reconcile.`,
    };
  }
  return {
    'zh-CN': `${String(n)} 个条目的评级相差 ${fmt(spread)} 级或以上，已采用${AGG_TEXT[how]['zh-CN']}；建议讨论后统一。`,
    en: `Respondents’ levels differ by ${fmt(spread)} or more on ${String(n)} ${n === 1 ? 'item' : 'items'}; the ${AGG_TEXT[how].en} was used. Discuss and reconcile.`,
  };
}

/** Message of GATE_BLOCKED. @internal */
export function gateMessage(n: number): Labels {
  return {
    'zh-CN': `${String(n)} 个条目已满足高于缺口层级的准则（超前于门槛）；补齐低层级的缺口即可提升其等级。`,
    en: `${String(n)} ${n === 1 ? 'item meets' : 'items meet'} criteria above a lower-level gap (ahead of the gate); closing the lower gap would raise ${n === 1 ? 'its' : 'their'} level.`,
  };
}

/** The disclaimer of a checklist that brings none. @internal */
export function genericDisclaimer(title: Labels): Labels {
  return {
    'zh-CN': `本结果为依据检查表"${title['zh-CN']}"进行的自评估，不是审核、认证或合格评定。`,
    en: `This is a self-assessment against the checklist “${title.en}”; it is not an audit, a certification or a conformity assessment.`,
  };
}
