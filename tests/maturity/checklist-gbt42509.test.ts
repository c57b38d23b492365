/**
 * The content of GBT42509_CHECKLIST against the contract of issue 8 and the clause table of the notes
 * (../shared/notes/maturity.md, "Draft dimensions (11) with clause anchors"; clause list from the standard's table
 * of contents).
 */
import { describe, expect, it } from 'vitest';
import { GBT42509_CHECKLIST, validateChecklist, ChecklistDefinitionSchema } from '../../src/index.js';

const def = GBT42509_CHECKLIST;
const items = def.dimensions.flatMap((d) => d.items);

describe('GBT42509_CHECKLIST', () => {
  it('validates clean (no errors, no warnings) and parses with the schema', () => {
    expect(validateChecklist(def)).toEqual([]);
    expect(ChecklistDefinitionSchema.safeParse(def).success).toBe(true);
  });

  it('has the 17 clauses of the table of contents', () => {
    expect(def.clauses.map((c) => c.id)).toEqual(['4', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4', '6.5', '7.1', '7.2', '7.3', '7.4', '8.1', '8.2', '8.3']);
  });

  it('has the 11 dimensions of the notes with their clause anchors and foundational flags', () => {
    expect(def.dimensions.map((d) => [d.id, d.clauses.map((c) => c.clause), d.foundational ?? false])).toEqual([
      ['D01', ['5.1', '5.2'], false],
      ['D02', ['5.3', '5.4', '4'], true],
      ['D03', ['6.1'], true],
      ['D04', ['6.2', '6.3', '6.4'], false],
      ['D05', ['6.5'], false],
      ['D06', ['7.1'], false],
      ['D07', ['7.2'], false],
      ['D08', ['7.3'], true],
      ['D09', ['7.4'], false],
      ['D10', ['8.1', '8.2'], true],
      ['D11', ['8.3'], false],
    ]);
    expect(def.dimensions.map((d) => d.labels['zh-CN'])).toEqual([
      '环境与范围',
      '领导作用与管理体系',
      '目标与策划',
      '资源、职责与协同',
      '风险与机遇',
      '设计顾客体验',
      '管理顾客体验',
      '洞察顾客体验',
      '优化顾客体验',
      '绩效测量与评估',
      '持续改进',
    ]);
  });

  it('has at least 40 items, 3–5 per dimension, each with criteria at every level 1–5 in both languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const d of def.dimensions) {
      expect(d.items.length).toBeGreaterThanOrEqual(3);
      expect(d.items.length).toBeLessThanOrEqual(5);
    }
    for (const it of items) {
      expect(it.criteria.map((c) => c.level).sort()).toEqual([1, 2, 3, 4, 5]);
      for (const c of it.criteria) {
        expect(c.labels['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(c.labels.en).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.$/);
        expect(c.id).toBe(`${it.id}-L${String(c.level)}`);
      }
      expect(it.id.startsWith(`${def.dimensions.find((d) => d.items.includes(it))!.id}-`)).toBe(true);
      expect(it.clauses.length).toBeGreaterThan(0);
      expect(it.principles.length).toBeGreaterThan(0);
      expect(it.evidenceHints?.length).toBeGreaterThan(0);
    }
  });

  it('names the five levels 初始级 … 优化引领级 / Initial … Optimizing (and level 0)', () => {
    expect(def.levels.map((l) => [l.level, l.labels['zh-CN'], l.labels.en])).toEqual([
      [0, '未达初始级', 'Not yet evident'],
      [1, '初始级', 'Initial'],
      [2, '受管理级', 'Managed'],
      [3, '规范级', 'Defined'],
      [4, '量化管理级', 'Quantitatively managed'],
      [5, '优化引领级', 'Optimizing'],
    ]);
  });

  it('tags items with the five principles, each used, and cites clauses with both bases', () => {
    expect(def.principles.map((p) => p.id)).toEqual(['customer-needs', 'leadership', 'evidence-based', 'continual-improvement', 'co-creation']);
    for (const p of def.principles) expect(items.some((i) => i.principles.includes(p.id))).toBe(true);
    const bases = new Set(items.flatMap((i) => i.clauses.map((c) => c.basis)));
    expect([...bases].sort()).toEqual(['content-inferred', 'toc-confirmed']);
  });

  it('lets measurement items cite metric evidence', () => {
    const keyed = items.filter((i) => (i.metricKeys ?? []).length > 0).map((i) => i.id);
    expect(keyed).toEqual(['D08-1', 'D08-2', 'D08-3', 'D08-5', 'D10-1', 'D10-4']);
  });

  it('carries a version and a disclaimer that says it is not a conformity assessment, in both languages', () => {
    expect(def.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(def.disclaimer?.en).toContain('not a conformity assessment');
    expect(def.disclaimer?.en).toContain('own construct');
    expect(def.disclaimer?.['zh-CN']).toContain('不是合格评定');
    expect(def.disclaimer?.['zh-CN']).toContain('未规定成熟度等级');
  });
});
