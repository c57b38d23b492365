/**
 * Checks an assessment input against its checklist definition and turns answers (or ratings) into what each
 * criterion and item counts: values, evidence, coverage, dispersion.
 *
 * @module
 * @internal
 */
import { CxError, type CxPath } from '../core/errors.js';
import { describe } from '../core/assert.js';
import type { ChecklistDefinition, CriterionDefinition, DimensionDefinition, ItemDefinition } from './definition.js';
import type { AssessmentInput, AssessmentMode, CriterionStatus, EvidenceRecord } from './input.js';
import type { CriterionResult, ResolvedPolicy } from './result.js';
import { combine, EPS } from './assess-policy.js';

/** An item of the definition with its place. @internal */
export interface IndexedItem {
  readonly def: ItemDefinition;
  readonly dim: DimensionDefinition;
  readonly dimIndex: number;
  readonly index: number;
}

/** Lookups over a definition. @internal */
export interface IndexedChecklist {
  readonly items: readonly IndexedItem[];
  readonly itemById: ReadonlyMap<string, IndexedItem>;
  readonly criterionById: ReadonlyMap<string, { readonly item: IndexedItem; readonly crit: CriterionDefinition }>;
}

/** Builds the lookups (the definition has been validated). @internal */
export function indexChecklist(def: ChecklistDefinition): IndexedChecklist {
  const items: IndexedItem[] = [];
  const itemById = new Map<string, IndexedItem>();
  const criterionById = new Map<string, { item: IndexedItem; crit: CriterionDefinition }>();
  for (let d = 0; d < def.dimensions.length; d++) {
    const dim = def.dimensions[d]!;
    for (const item of dim.items) {
      const it: IndexedItem = { def: item, dim, dimIndex: d, index: items.length };
      items.push(it);
      itemById.set(item.id, it);
      for (const crit of item.criteria) criterionById.set(crit.id, { item: it, crit });
    }
  }
  return { items, itemById, criterionById };
}

/** What one item counts, before scoring. @internal */
export interface ItemEval {
  readonly applicable: boolean;
  readonly naReason: string | null;
  /** Weighted share met per level 1–5 (index 0 = level 1); null for a level with nothing applicable. */
  readonly attainment: (number | null)[];
  readonly answered: number;
  readonly units: number;
  readonly criteria: CriterionResult[];
  /** Anchored mode: the combined rating after the evidence rule. */
  readonly rating: number | null;
  readonly unevidenced: string[];
  readonly dispersed: string[];
}

/** The checked input, evaluated per item. @internal */
export interface EvaluatedInput {
  readonly mode: AssessmentMode;
  readonly items: ItemEval[];
  readonly respondents: string[];
}

const STATUS_VALUES: readonly CriterionStatus[] = ['met', 'partial', 'not-met', 'not-applicable'];

function bad(message: string, path: CxPath, details?: Record<string, unknown>): CxError {
  return new CxError('INVALID_ARGUMENT', message, details === undefined ? { path } : { path, details });
}

function isObj(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown, path: CxPath): readonly unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw bad(`${path.join('.')} must be an array, got ${describe(v)}`, path);
  return v as unknown[];
}

function nonBlank(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function respondentOf(v: unknown, path: CxPath): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw bad(`respondent must be a string, got ${describe(v)}`, path);
  return v;
}

/** Links from evidence records to items and criteria, and the metric keys present. */
interface EvidenceIndex {
  readonly ids: ReadonlySet<string>;
  readonly items: ReadonlySet<string>;
  readonly criteria: ReadonlySet<string>;
  readonly metricKeys: ReadonlySet<string>;
}

function indexEvidence(raw: unknown, idx: IndexedChecklist): EvidenceIndex {
  const records = list(raw, ['evidence']);
  const ids = new Set<string>();
  const items = new Set<string>();
  const criteria = new Set<string>();
  const metricKeys = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!isObj(r)) throw bad(`evidence[${String(i)}] must be an object`, ['evidence', i]);
    const e = r as Partial<EvidenceRecord>;
    if (!nonBlank(e.id)) throw bad(`evidence[${String(i)}].id must be a non-blank string`, ['evidence', i, 'id']);
    if (ids.has(e.id)) throw bad(`evidence[${String(i)}].id "${e.id}" is used twice`, ['evidence', i, 'id']);
    ids.add(e.id);
    if (e.kind === 'metric') {
      if (!nonBlank(e.key)) throw bad(`evidence[${String(i)}] is a metric record and needs a key`, ['evidence', i, 'key']);
      if (typeof e.value !== 'number' || !Number.isFinite(e.value)) {
        throw new CxError(typeof e.value === 'number' ? 'NON_FINITE' : 'INVALID_ARGUMENT', `evidence[${String(i)}].value must be a finite number`, { path: ['evidence', i, 'value'] });
      }
      metricKeys.add(e.key);
    }
    const its = list(e.items, ['evidence', i, 'items']);
    for (let j = 0; j < its.length; j++) {
      const id = its[j];
      if (typeof id !== 'string' || !idx.itemById.has(id)) throw bad(`evidence[${String(i)}].items[${String(j)}]: unknown item ${describe(id)}`, ['evidence', i, 'items', j]);
      items.add(id);
    }
    const crs = list(e.criteria, ['evidence', i, 'criteria']);
    for (let j = 0; j < crs.length; j++) {
      const id = crs[j];
      if (typeof id !== 'string' || !idx.criterionById.has(id)) {
        throw bad(`evidence[${String(i)}].criteria[${String(j)}]: unknown criterion ${describe(id)}`, ['evidence', i, 'criteria', j]);
      }
      criteria.add(id);
    }
  }
  return { ids, items, criteria, metricKeys };
}

function citesEvidence(v: unknown, ev: EvidenceIndex, path: CxPath): boolean {
  const refs = list(v, path);
  for (let j = 0; j < refs.length; j++) {
    const id = refs[j];
    if (typeof id !== 'string' || !ev.ids.has(id)) throw bad(`${path.join('.')}[${String(j)}]: unknown evidence id ${describe(id)}`, [...path, j]);
  }
  return refs.length > 0;
}

function itemEvidenced(item: ItemDefinition, ev: EvidenceIndex): boolean {
  if (ev.items.has(item.id)) return true;
  const keys = item.metricKeys ?? [];
  for (const k of keys) if (ev.metricKeys.has(k)) return true;
  return false;
}

function notApplicableItems(raw: unknown, idx: IndexedChecklist): Map<string, string> {
  const out = new Map<string, string>();
  const entries = list(raw, ['notApplicable']);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!isObj(e)) throw bad(`notApplicable[${String(i)}] must be { item, reason }`, ['notApplicable', i]);
    if (typeof e.item !== 'string' || !idx.itemById.has(e.item)) throw bad(`notApplicable[${String(i)}]: unknown item ${describe(e.item)}`, ['notApplicable', i, 'item']);
    if (!nonBlank(e.reason)) throw bad(`notApplicable[${String(i)}]: item ${e.item} needs a reason to be not applicable`, ['notApplicable', i, 'reason']);
    if (out.has(e.item)) throw bad(`notApplicable[${String(i)}]: item ${e.item} is listed twice`, ['notApplicable', i, 'item']);
    out.set(e.item, e.reason);
  }
  return out;
}

/** Collected answers to one criterion. */
interface CriterionAnswers {
  values: number[];
  na: number;
  evidenced: boolean;
}

function statusNearest(value: number, partial: number): 'met' | 'partial' | 'not-met' {
  const dMet = 1 - value;
  const dPartial = Math.abs(value - partial);
  if (value <= dPartial && value <= dMet) return 'not-met';
  return dPartial <= dMet ? 'partial' : 'met';
}

function collectAnswers(raw: unknown, idx: IndexedChecklist, ev: EvidenceIndex, na: ReadonlyMap<string, string>, policy: ResolvedPolicy, respondents: Set<string>): Map<string, CriterionAnswers> {
  const out = new Map<string, CriterionAnswers>();
  const seen = new Set<string>();
  const answers = list(raw, ['answers']);
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i];
    if (!isObj(a)) throw bad(`answers[${String(i)}] must be an object`, ['answers', i]);
    const id = a.criterion;
    const hit = typeof id === 'string' ? idx.criterionById.get(id) : undefined;
    if (hit === undefined) throw bad(`answers[${String(i)}]: unknown criterion ${describe(id)}`, ['answers', i, 'criterion']);
    const cid = id as string;
    const status = a.status;
    if (typeof status !== 'string' || !(STATUS_VALUES as readonly string[]).includes(status)) {
      throw bad(`answers[${String(i)}].status must be one of ${STATUS_VALUES.join(', ')}, got ${describe(status)}`, ['answers', i, 'status']);
    }
    if (status === 'not-applicable' && !nonBlank(a.reason)) {
      throw bad(`answers[${String(i)}]: a not-applicable answer to ${cid} needs a reason`, ['answers', i, 'reason']);
    }
    if (na.has(hit.item.def.id)) throw bad(`answers[${String(i)}]: item ${hit.item.def.id} is declared not applicable`, ['answers', i, 'criterion']);
    const who = respondentOf(a.respondent, ['answers', i, 'respondent']);
    const key = JSON.stringify([who, cid]);
    if (seen.has(key)) throw bad(`answers[${String(i)}]: a second answer to ${cid} from the same respondent`, ['answers', i]);
    seen.add(key);
    respondents.add(who);
    const cited = citesEvidence(a.evidence, ev, ['answers', i, 'evidence']);
    let entry = out.get(cid);
    if (entry === undefined) {
      entry = { values: [], na: 0, evidenced: false };
      out.set(cid, entry);
    }
    if (status === 'not-applicable') {
      entry.na++;
      continue;
    }
    entry.values.push(status === 'met' ? 1 : status === 'partial' ? policy.partialValue : 0);
    if (cited) entry.evidenced = true;
  }
  return out;
}

function evalCriteriaItem(it: IndexedItem, answers: ReadonlyMap<string, CriterionAnswers>, ev: EvidenceIndex, policy: ResolvedPolicy): ItemEval {
  const sums = [0, 0, 0, 0, 0];
  const weights = [0, 0, 0, 0, 0];
  const criteria: CriterionResult[] = [];
  const unevidenced: string[] = [];
  const dispersed: string[] = [];
  let answered = 0;
  let units = 0;
  const itemLinked = itemEvidenced(it.def, ev);
  for (const crit of it.def.criteria) {
    const got = answers.get(crit.id);
    if (got?.values.length === 0) {
      criteria.push({ id: crit.id, level: crit.level, status: 'not-applicable', value: null, evidenced: false, answers: 0 });
      continue;
    }
    units++;
    const w = crit.weight ?? 1;
    weights[crit.level - 1]! += w;
    if (got === undefined) {
      criteria.push({ id: crit.id, level: crit.level, status: 'unanswered', value: 0, evidenced: false, answers: 0 });
      continue;
    }
    answered++;
    const combined = combine(got.values, policy.aggregate);
    const evidenced = got.evidenced || itemLinked || ev.criteria.has(crit.id);
    let value = combined;
    if (crit.level >= policy.evidenceFromLevel && combined > 0 && !evidenced) {
      if (policy.evidence !== 'accept') unevidenced.push(crit.id);
      if (policy.evidence === 'downgrade') value = Math.min(value, policy.partialValue);
      else if (policy.evidence === 'reject') value = 0;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of got.values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi - lo >= 1 - EPS) dispersed.push(crit.id);
    sums[crit.level - 1]! += w * value;
    criteria.push({ id: crit.id, level: crit.level, status: statusNearest(combined, policy.partialValue), value, evidenced, answers: got.values.length });
  }
  const attainment: (number | null)[] = [];
  for (let l = 0; l < 5; l++) attainment.push(weights[l]! > 0 ? sums[l]! / weights[l]! : null);
  return { applicable: units > 0, naReason: null, attainment, answered, units, criteria, rating: null, unevidenced, dispersed };
}

function collectRatings(raw: unknown, idx: IndexedChecklist, ev: EvidenceIndex, na: ReadonlyMap<string, string>, respondents: Set<string>): Map<string, { levels: number[]; evidenced: boolean }> {
  const out = new Map<string, { levels: number[]; evidenced: boolean }>();
  const seen = new Set<string>();
  const ratings = list(raw, ['ratings']);
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i];
    if (!isObj(r)) throw bad(`ratings[${String(i)}] must be an object`, ['ratings', i]);
    const id = r.item;
    if (typeof id !== 'string' || !idx.itemById.has(id)) throw bad(`ratings[${String(i)}]: unknown item ${describe(id)}`, ['ratings', i, 'item']);
    if (na.has(id)) throw bad(`ratings[${String(i)}]: item ${id} is declared not applicable`, ['ratings', i, 'item']);
    const level = r.level;
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 5) {
      throw new CxError(typeof level === 'number' ? 'OUT_OF_RANGE' : 'INVALID_ARGUMENT', `ratings[${String(i)}].level must be an integer 0–5, got ${describe(level)}`, {
        path: ['ratings', i, 'level'],
      });
    }
    const who = respondentOf(r.respondent, ['ratings', i, 'respondent']);
    const key = JSON.stringify([who, id]);
    if (seen.has(key)) throw bad(`ratings[${String(i)}]: a second rating of ${id} from the same respondent`, ['ratings', i]);
    seen.add(key);
    respondents.add(who);
    const cited = citesEvidence(r.evidence, ev, ['ratings', i, 'evidence']);
    let entry = out.get(id);
    if (entry === undefined) {
      entry = { levels: [], evidenced: false };
      out.set(id, entry);
    }
    entry.levels.push(level);
    if (cited) entry.evidenced = true;
  }
  return out;
}

function evalAnchoredItem(it: IndexedItem, got: { levels: number[]; evidenced: boolean } | undefined, ev: EvidenceIndex, policy: ResolvedPolicy): ItemEval {
  const unevidenced: string[] = [];
  const dispersed: string[] = [];
  let x = 0;
  if (got !== undefined) {
    x = combine(got.levels, policy.aggregate);
    let evidenced = got.evidenced || itemEvidenced(it.def, ev);
    for (const c of it.def.criteria) if (ev.criteria.has(c.id)) evidenced = true;
    const floor = policy.evidenceFromLevel - 1;
    if (x > floor + EPS && !evidenced) {
      if (policy.evidence !== 'accept') unevidenced.push(it.def.id);
      if (policy.evidence === 'downgrade') x = Math.min(x, floor + policy.partialValue);
      else if (policy.evidence === 'reject') x = floor;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of got.levels) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi - lo >= policy.dispersion - EPS && got.levels.length > 1) dispersed.push(it.def.id);
  }
  const attainment: (number | null)[] = [];
  for (let l = 1; l <= 5; l++) attainment.push(Math.min(1, Math.max(0, x - (l - 1))));
  return { applicable: true, naReason: null, attainment, answered: got === undefined ? 0 : 1, units: 1, criteria: [], rating: x, unevidenced, dispersed };
}

function notApplicable(reason: string): ItemEval {
  return { applicable: false, naReason: reason, attainment: [null, null, null, null, null], answered: 0, units: 0, criteria: [], rating: null, unevidenced: [], dispersed: [] };
}

/** Checks the input against the definition and evaluates every item. @internal */
export function evaluateInput(def: ChecklistDefinition, idx: IndexedChecklist, input: AssessmentInput, policy: ResolvedPolicy): EvaluatedInput {
  if (!isObj(input)) throw bad(`input must be an object, got ${describe(input)}`, []);
  const ref = input.checklist as unknown;
  if (!isObj(ref)) throw bad('input.checklist must be { id, version } naming the checklist answered', ['checklist']);
  if (ref.id !== def.id) throw bad(`the input answers checklist ${describe(ref.id)}, not "${def.id}"`, ['checklist', 'id'], { expected: def.id, got: ref.id });
  if (ref.version !== def.version) {
    throw bad(`the input answers version ${describe(ref.version)} of checklist "${def.id}", but the definition is version "${def.version}"`, ['checklist', 'version'], {
      expected: def.version,
      got: ref.version,
    });
  }
  const rawMode: unknown = input.mode ?? 'criteria';
  if (rawMode !== 'criteria' && rawMode !== 'anchored') throw bad(`mode must be 'criteria' or 'anchored', got ${describe(rawMode)}`, ['mode']);
  const mode: AssessmentMode = rawMode;
  if (mode === 'anchored' && list(input.answers, ['answers']).length > 0) throw bad('anchored mode takes ratings, not criteria answers', ['answers']);
  if (mode === 'criteria' && list(input.ratings, ['ratings']).length > 0) throw bad("criteria mode takes answers, not ratings (set mode: 'anchored')", ['ratings']);
  const ev = indexEvidence(input.evidence, idx);
  const na = notApplicableItems(input.notApplicable, idx);
  const respondents = new Set<string>();
  const items: ItemEval[] = [];
  if (mode === 'criteria') {
    const answers = collectAnswers(input.answers, idx, ev, na, policy, respondents);
    for (const it of idx.items) {
      const reason = na.get(it.def.id);
      items.push(reason === undefined ? evalCriteriaItem(it, answers, ev, policy) : notApplicable(reason));
    }
  } else {
    const ratings = collectRatings(input.ratings, idx, ev, na, respondents);
    for (const it of idx.items) {
      const reason = na.get(it.def.id);
      items.push(reason === undefined ? evalAnchoredItem(it, ratings.get(it.def.id), ev, policy) : notApplicable(reason));
    }
  }
  return { mode, items, respondents: [...respondents].sort() };
}
