/**
 * Semantic checks of a checklist definition: duplicate ids, missing translations, levels without criteria,
 * unknown clause or principle ids, impossible weights. Complements `ChecklistDefinitionSchema` (shape) and needs no
 * zod, so {@link assess} runs it on every call.
 *
 * @module
 */
import type { CxPath } from '../core/errors.js';

/** Codes of the issues {@link validateChecklist} reports. */
export type ChecklistIssueCode =
  | 'INVALID_FIELD'
  | 'DUPLICATE_ID'
  | 'MISSING_TRANSLATION'
  | 'MISSING_LEVEL'
  | 'LEVEL_WITHOUT_CRITERION'
  | 'UNKNOWN_CLAUSE'
  | 'UNKNOWN_PRINCIPLE'
  | 'EMPTY_GROUP';

/** One problem of a checklist definition. */
export interface ChecklistIssue {
  /** What is wrong. */
  readonly code: ChecklistIssueCode;
  /** `error` blocks {@link assess}; `warning` (missing translations) does not. */
  readonly severity: 'error' | 'warning';
  /** Path to the offending value, e.g. `['dimensions', 2, 'items', 0, 'criteria', 3, 'labels', 'en']`. */
  readonly path: CxPath;
  /** A message a person can act on. */
  readonly message: string;
}

type Obj = Readonly<Record<string, unknown>>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Collector {
  readonly issues: ChecklistIssue[];
  add(code: ChecklistIssueCode, path: CxPath, message: string): void;
}

function collector(): Collector {
  const issues: ChecklistIssue[] = [];
  return {
    issues,
    add(code, path, message) {
      issues.push({ code, severity: code === 'MISSING_TRANSLATION' ? 'warning' : 'error', path, message });
    },
  };
}

function where(path: CxPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${String(p)}]` : out === '' ? p : `.${p}`;
  return out;
}

function checkId(c: Collector, v: unknown, path: CxPath, seen: Set<string>, kind: string): string | null {
  if (typeof v !== 'string' || v.trim() === '') {
    c.add('INVALID_FIELD', path, `${where(path)}: a ${kind} id must be a non-blank string`);
    return null;
  }
  if (seen.has(v)) c.add('DUPLICATE_ID', path, `${where(path)}: duplicate ${kind} id "${v}"`);
  seen.add(v);
  return v;
}

function checkLabels(c: Collector, v: unknown, path: CxPath): void {
  if (!isObj(v)) {
    c.add('INVALID_FIELD', path, `${where(path)}: labels must be an object { 'zh-CN', en }`);
    return;
  }
  for (const locale of ['zh-CN', 'en'] as const) {
    const text = v[locale];
    if (typeof text !== 'string' || text.trim() === '') {
      c.add('MISSING_TRANSLATION', [...path, locale], `${where(path)}: no ${locale} text`);
    }
  }
}

function checkPositive(c: Collector, v: unknown, path: CxPath): void {
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) c.add('INVALID_FIELD', path, `${where(path)}: must be a finite number > 0`);
}

function checkBoolean(c: Collector, v: unknown, path: CxPath): void {
  if (v !== undefined && typeof v !== 'boolean') c.add('INVALID_FIELD', path, `${where(path)}: must be true or false`);
}

function arrayAt(c: Collector, v: unknown, path: CxPath, optional = false): readonly unknown[] {
  if (Array.isArray(v)) return v as unknown[];
  if (!(optional && v === undefined)) c.add('INVALID_FIELD', path, `${where(path)}: must be an array`);
  return [];
}

function checkClauseRefs(c: Collector, v: unknown, path: CxPath, clauses: ReadonlySet<string>, optional: boolean): void {
  const refs = arrayAt(c, v, path, optional);
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    const p = [...path, i];
    if (!isObj(r)) {
      c.add('INVALID_FIELD', p, `${where(p)}: a clause reference must be { clause, basis }`);
      continue;
    }
    if (typeof r.clause !== 'string' || !clauses.has(r.clause)) {
      c.add('UNKNOWN_CLAUSE', [...p, 'clause'], `${where(p)}: clause ${JSON.stringify(r.clause)} is not in the checklist's clauses`);
    }
    if (r.basis !== 'toc-confirmed' && r.basis !== 'content-inferred') {
      c.add('INVALID_FIELD', [...p, 'basis'], `${where(p)}: basis must be 'toc-confirmed' or 'content-inferred'`);
    }
  }
}

function checkLevels(c: Collector, v: unknown): void {
  const levels = arrayAt(c, v, ['levels']);
  const seen = new Set<number>();
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i];
    const p = ['levels', i];
    if (!isObj(l) || typeof l.level !== 'number' || !Number.isInteger(l.level) || l.level < 0 || l.level > 5) {
      c.add('INVALID_FIELD', p, `${where(p)}: a level must be { level: 0–5, labels }`);
      continue;
    }
    if (seen.has(l.level)) c.add('DUPLICATE_ID', [...p, 'level'], `${where(p)}: level ${String(l.level)} is named twice`);
    seen.add(l.level);
    checkLabels(c, l.labels, [...p, 'labels']);
    if (l.description !== undefined) checkLabels(c, l.description, [...p, 'description']);
  }
  for (let level = 1; level <= 5; level++) {
    if (!seen.has(level)) c.add('MISSING_LEVEL', ['levels'], `levels: level ${String(level)} has no name`);
  }
}

interface Known {
  readonly clauses: ReadonlySet<string>;
  readonly principles: ReadonlySet<string>;
  readonly items: Set<string>;
  readonly criteria: Set<string>;
}

function checkCriteria(c: Collector, v: unknown, path: CxPath, known: Known): void {
  const criteria = arrayAt(c, v, path);
  const levels = new Set<number>();
  for (let k = 0; k < criteria.length; k++) {
    const cr = criteria[k];
    const p = [...path, k];
    if (!isObj(cr)) {
      c.add('INVALID_FIELD', p, `${where(p)}: a criterion must be an object`);
      continue;
    }
    checkId(c, cr.id, [...p, 'id'], known.criteria, 'criterion');
    if (typeof cr.level !== 'number' || !Number.isInteger(cr.level) || cr.level < 1 || cr.level > 5) {
      c.add('INVALID_FIELD', [...p, 'level'], `${where(p)}: level must be an integer 1–5`);
    } else levels.add(cr.level);
    checkLabels(c, cr.labels, [...p, 'labels']);
    checkPositive(c, cr.weight, [...p, 'weight']);
  }
  for (let level = 1; level <= 5; level++) {
    if (!levels.has(level)) c.add('LEVEL_WITHOUT_CRITERION', path, `${where(path)}: no criterion at level ${String(level)}`);
  }
}

function checkItem(c: Collector, item: unknown, path: CxPath, known: Known): void {
  if (!isObj(item)) {
    c.add('INVALID_FIELD', path, `${where(path)}: an item must be an object`);
    return;
  }
  checkId(c, item.id, [...path, 'id'], known.items, 'item');
  checkLabels(c, item.labels, [...path, 'labels']);
  checkClauseRefs(c, item.clauses, [...path, 'clauses'], known.clauses, false);
  const principles = arrayAt(c, item.principles, [...path, 'principles']);
  for (let k = 0; k < principles.length; k++) {
    const pr = principles[k];
    if (typeof pr !== 'string' || !known.principles.has(pr)) {
      c.add('UNKNOWN_PRINCIPLE', [...path, 'principles', k], `${where(path)}: principle ${JSON.stringify(pr)} is not in the checklist's principles`);
    }
  }
  checkPositive(c, item.weight, [...path, 'weight']);
  checkPositive(c, item.impact, [...path, 'impact']);
  checkPositive(c, item.effort, [...path, 'effort']);
  checkBoolean(c, item.foundational, [...path, 'foundational']);
  const hints = arrayAt(c, item.evidenceHints, [...path, 'evidenceHints'], true);
  for (let k = 0; k < hints.length; k++) checkLabels(c, hints[k], [...path, 'evidenceHints', k]);
  const keys = arrayAt(c, item.metricKeys, [...path, 'metricKeys'], true);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (typeof key !== 'string' || key === '') c.add('INVALID_FIELD', [...path, 'metricKeys', k], `${where(path)}: a metric key must be a non-empty string`);
  }
  checkCriteria(c, item.criteria, [...path, 'criteria'], known);
}

/**
 * Checks a checklist definition and lists its problems (an empty list when it is sound): ids that are blank or
 * duplicated (per kind: dimensions, items, criteria, clauses, principles), missing `zh-CN` or `en` texts
 * (warnings), levels 1–5 without a name, items with a level that has no criterion, references to unknown clauses or
 * principles, weights, impacts or efforts that are not finite and > 0, empty dimension lists. Never throws, whatever
 * the input. O(size of the definition).
 *
 * @param definition - A checklist definition (any value: a malformed one is reported, not thrown).
 * @returns The issues, in document order.
 * @example
 * validateChecklist(GBT42509_CHECKLIST); //=> []
 * validateChecklist({ ...GBT42509_CHECKLIST, levels: [] }).map((i) => i.code).slice(0, 2); //=> ['MISSING_LEVEL', 'MISSING_LEVEL']
 */
export function validateChecklist(definition: unknown): ChecklistIssue[] {
  const c = collector();
  if (!isObj(definition)) {
    c.add('INVALID_FIELD', [], 'a checklist definition must be an object');
    return c.issues;
  }
  for (const key of ['id', 'version'] as const) {
    const v = definition[key];
    if (typeof v !== 'string' || v.trim() === '') c.add('INVALID_FIELD', [key], `${key} must be a non-blank string`);
  }
  checkLabels(c, definition.labels, ['labels']);
  if (definition.disclaimer !== undefined) checkLabels(c, definition.disclaimer, ['disclaimer']);
  if (definition.source !== undefined) {
    const s = definition.source;
    if (!isObj(s) || typeof s.standard !== 'string' || s.standard.trim() === '') {
      c.add('INVALID_FIELD', ['source'], 'source must be { standard, title }');
    } else checkLabels(c, s.title, ['source', 'title']);
  }
  checkLevels(c, definition.levels);
  const clauseIds = new Set<string>();
  const clauses = arrayAt(c, definition.clauses, ['clauses']);
  for (let i = 0; i < clauses.length; i++) {
    const cl = clauses[i];
    if (!isObj(cl)) {
      c.add('INVALID_FIELD', ['clauses', i], `clauses[${String(i)}]: a clause must be { id, labels }`);
      continue;
    }
    checkId(c, cl.id, ['clauses', i, 'id'], clauseIds, 'clause');
    checkLabels(c, cl.labels, ['clauses', i, 'labels']);
  }
  const principleIds = new Set<string>();
  const principles = arrayAt(c, definition.principles, ['principles']);
  for (let i = 0; i < principles.length; i++) {
    const pr = principles[i];
    if (!isObj(pr)) {
      c.add('INVALID_FIELD', ['principles', i], `principles[${String(i)}]: a principle must be { id, labels }`);
      continue;
    }
    checkId(c, pr.id, ['principles', i, 'id'], principleIds, 'principle');
    checkLabels(c, pr.labels, ['principles', i, 'labels']);
    checkClauseRefs(c, pr.clauses, ['principles', i, 'clauses'], clauseIds, true);
  }
  const known: Known = { clauses: clauseIds, principles: principleIds, items: new Set(), criteria: new Set() };
  const dimensionIds = new Set<string>();
  const dimensions = arrayAt(c, definition.dimensions, ['dimensions']);
  if (Array.isArray(definition.dimensions) && dimensions.length === 0) c.add('EMPTY_GROUP', ['dimensions'], 'dimensions: a checklist needs at least one dimension');
  for (let d = 0; d < dimensions.length; d++) {
    const dim = dimensions[d];
    const p = ['dimensions', d];
    if (!isObj(dim)) {
      c.add('INVALID_FIELD', p, `${where(p)}: a dimension must be an object`);
      continue;
    }
    checkId(c, dim.id, [...p, 'id'], dimensionIds, 'dimension');
    checkLabels(c, dim.labels, [...p, 'labels']);
    checkClauseRefs(c, dim.clauses, [...p, 'clauses'], clauseIds, false);
    checkPositive(c, dim.weight, [...p, 'weight']);
    checkBoolean(c, dim.foundational, [...p, 'foundational']);
    const items = arrayAt(c, dim.items, [...p, 'items']);
    if (Array.isArray(dim.items) && items.length === 0) c.add('EMPTY_GROUP', [...p, 'items'], `${where(p)}: a dimension needs at least one item`);
    for (let i = 0; i < items.length; i++) checkItem(c, items[i], [...p, 'items', i], known);
  }
  return c.issues;
}
