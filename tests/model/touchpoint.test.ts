import { describe, expect, it } from 'vitest';
import { LabelsSchema, TouchpointSchema } from '../../src/model/touchpoint.js';
import { TOUCHPOINT_KINDS } from '../../src/model/labels.js';

const base = { id: 'tp-1', name: { 'zh-CN': '官网', en: 'Website' }, channel: 'online', kind: 'website' };
const paths = (input: unknown): unknown[] => TouchpointSchema.safeParse(input).error?.issues.map((i) => i.path) ?? [];

describe('TouchpointSchema', () => {
  it('parses, normalises case and defaults stages to []', () => {
    expect(TouchpointSchema.parse({ ...base, channel: ' ONLINE ', kind: 'Website' })).toEqual({ ...base, stages: [] });
    expect(TouchpointSchema.parse({ ...base, stages: ['awareness', 2] }).stages).toEqual(['awareness', '2']);
  });

  it('the default stages array is fresh on every parse', () => {
    const a = TouchpointSchema.parse(base);
    a.stages.push('x');
    expect(TouchpointSchema.parse(base).stages).toEqual([]);
  });

  it('accepts every kind', () => {
    for (const kind of TOUCHPOINT_KINDS) expect(TouchpointSchema.parse({ ...base, kind }).kind).toBe(kind);
  });

  it('reports bad fields at their paths', () => {
    expect(paths({ ...base, channel: 'both' })).toEqual([['channel']]);
    expect(paths({ ...base, kind: 'fax' })).toEqual([['kind']]);
    expect(paths({ ...base, kind: 'field service' })).toEqual([['kind']]);
    expect(paths({ ...base, name: { en: 'Website' } })).toEqual([['name', 'zh-CN']]);
    expect(paths({ ...base, name: 'Website' })).toEqual([['name']]);
    expect(paths({ ...base, stages: ['a', ''] })).toEqual([['stages', 1]]);
    expect(paths({ ...base, id: undefined })).toEqual([['id']]);
    expect(TouchpointSchema.safeParse({ ...base, kind: 'fax' }).error!.issues[0]!.message).toBe(
      'expected a touchpoint kind (one of website, app, social, email, chat, store, hotline, event, field-service, other), got "fax"',
    );
  });

  it('LabelsSchema trims and requires both locales', () => {
    expect(LabelsSchema.parse({ 'zh-CN': ' 门店 ', en: 'Store' })).toEqual({ 'zh-CN': '门店', en: 'Store' });
    expect(LabelsSchema.safeParse({ 'zh-CN': '', en: 'Store' }).error?.issues.map((i) => i.path)).toEqual([['zh-CN']]);
  });
});
