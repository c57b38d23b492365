/**
 * validateChecklist: each kind of problem, with its code, severity and path.
 */
import { describe, expect, it } from 'vitest';
import { validateChecklist, type ChecklistDefinition } from '../../src/index.js';
import { TEST_CHECKLIST } from './fixture.js';

type Mutable = { -readonly [K in keyof ChecklistDefinition]: unknown } & Record<string, unknown>;

function mutate(f: (d: any) => unknown): unknown {
  const d = structuredClone(TEST_CHECKLIST) as unknown as Mutable;
  f(d);
  return d;
}

function codes(def: unknown) {
  return validateChecklist(def).map((i) => [i.code, i.severity, i.path]);
}

describe('validateChecklist', () => {
  it('accepts the test checklist', () => {
    expect(validateChecklist(TEST_CHECKLIST)).toEqual([]);
  });

  it('duplicate ids per kind', () => {
    expect(codes(mutate((d) => (d.dimensions[0].items[1].criteria[0].id = 'A1-1')))).toEqual([['DUPLICATE_ID', 'error', ['dimensions', 0, 'items', 1, 'criteria', 0, 'id']]]);
    expect(codes(mutate((d) => (d.dimensions[1].items[0].id = 'A1')))).toEqual([['DUPLICATE_ID', 'error', ['dimensions', 1, 'items', 0, 'id']]]);
    expect(codes(mutate((d) => (d.dimensions[1].id = 'A')))).toEqual([['DUPLICATE_ID', 'error', ['dimensions', 1, 'id']]]);
    expect(codes(mutate((d) => d.principles.push({ id: 'p1', labels: { 'zh-CN': '一', en: 'one' } })))).toEqual([['DUPLICATE_ID', 'error', ['principles', 2, 'id']]]);
    expect(codes(mutate((d) => d.levels.push(d.levels[0])))).toEqual([['DUPLICATE_ID', 'error', ['levels', 5, 'level']]]);
  });

  it('missing translations are warnings', () => {
    expect(codes(mutate((d) => (d.dimensions[0].items[0].criteria[2].labels = { en: 'x' })))).toEqual([
      ['MISSING_TRANSLATION', 'warning', ['dimensions', 0, 'items', 0, 'criteria', 2, 'labels', 'zh-CN']],
    ]);
    expect(codes(mutate((d) => (d.labels.en = ' ')))).toEqual([['MISSING_TRANSLATION', 'warning', ['labels', 'en']]]);
  });

  it('a level with no criterion', () => {
    expect(codes(mutate((d) => (d.dimensions[1].items[0].criteria = d.dimensions[1].items[0].criteria.filter((c: { level: number }) => c.level !== 4))))).toEqual([
      ['LEVEL_WITHOUT_CRITERION', 'error', ['dimensions', 1, 'items', 0, 'criteria']],
    ]);
  });

  it('unknown clause and principle ids', () => {
    expect(codes(mutate((d) => (d.dimensions[0].items[0].clauses = [{ clause: '9.9', basis: 'toc-confirmed' }])))).toEqual([
      ['UNKNOWN_CLAUSE', 'error', ['dimensions', 0, 'items', 0, 'clauses', 0, 'clause']],
    ]);
    expect(codes(mutate((d) => (d.dimensions[0].clauses[0].basis = 'guess')))).toEqual([['INVALID_FIELD', 'error', ['dimensions', 0, 'clauses', 0, 'basis']]]);
    expect(codes(mutate((d) => (d.dimensions[1].items[0].principles = ['p1', 'p3'])))).toEqual([['UNKNOWN_PRINCIPLE', 'error', ['dimensions', 1, 'items', 0, 'principles', 1]]]);
  });

  it('missing level names, bad weights, empty groups, bad fields', () => {
    expect(codes(mutate((d) => (d.levels = d.levels.filter((l: { level: number }) => l.level !== 3))))).toEqual([['MISSING_LEVEL', 'error', ['levels']]]);
    expect(codes(mutate((d) => (d.dimensions[1].weight = 0)))).toEqual([['INVALID_FIELD', 'error', ['dimensions', 1, 'weight']]]);
    expect(codes(mutate((d) => (d.dimensions[0].items[0].effort = -1)))).toEqual([['INVALID_FIELD', 'error', ['dimensions', 0, 'items', 0, 'effort']]]);
    expect(codes(mutate((d) => (d.dimensions[0].items[0].criteria[0].level = 6)))).toEqual([
      ['INVALID_FIELD', 'error', ['dimensions', 0, 'items', 0, 'criteria', 0, 'level']],
      ['LEVEL_WITHOUT_CRITERION', 'error', ['dimensions', 0, 'items', 0, 'criteria']],
    ]);
    expect(codes(mutate((d) => (d.dimensions = [])))).toEqual([['EMPTY_GROUP', 'error', ['dimensions']]]);
    expect(codes(mutate((d) => (d.dimensions[1].items = [])))).toEqual([['EMPTY_GROUP', 'error', ['dimensions', 1, 'items']]]);
    expect(codes(mutate((d) => (d.version = '')))).toEqual([['INVALID_FIELD', 'error', ['version']]]);
    expect(codes(mutate((d) => (d.dimensions[0].foundational = 'yes')))).toEqual([['INVALID_FIELD', 'error', ['dimensions', 0, 'foundational']]]);
    expect(codes(mutate((d) => (d.dimensions[0].items[0].metricKeys = ['nps', 3])))).toEqual([['INVALID_FIELD', 'error', ['dimensions', 0, 'items', 0, 'metricKeys', 1]]]);
    expect(codes(mutate((d) => (d.source = { standard: '' })))).toEqual([['INVALID_FIELD', 'error', ['source']]]);
    expect(codes(mutate((d) => (d.dimensions[0].items[0] = null)))).toEqual([['INVALID_FIELD', 'error', ['dimensions', 0, 'items', 0]]]);
  });

  it('never throws, whatever the input', () => {
    expect(codes(null)).toEqual([['INVALID_FIELD', 'error', []]]);
    expect(validateChecklist({}).length).toBeGreaterThan(0);
    expect(validateChecklist({ dimensions: [1, { items: [2, { criteria: [3] }] }], clauses: [4], principles: [5], levels: [6] }).length).toBeGreaterThan(0);
  });
});
