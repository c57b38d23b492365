import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TouchpointSchema } from '../../src/model/touchpoint.js';
import { touchpointInput } from './arbitraries.js';
import { entityProperties, idOf } from './entity-props.js';

describe('TouchpointSchema (properties)', () => {
  entityProperties(TouchpointSchema, touchpointInput, {
    id: [undefined, '', false],
    name: [undefined, 'Store', {}, { en: 'Store' }, { 'zh-CN': '门店', en: '' }],
    channel: [undefined, 'both', 'on line', 1],
    kind: [undefined, 'fax', 'field service', null],
    stages: ['purchase', [''], [true], {}],
  });

  it('enumerations are read case-insensitively; stages keep their order', () => {
    fc.assert(
      fc.property(touchpointInput, (input) => {
        const t = TouchpointSchema.parse(input);
        expect(t.kind).toBe(input.kind.trim().toLowerCase());
        expect(t.channel).toBe(input.channel.trim().toLowerCase());
        expect(t.stages).toEqual((input.stages ?? []).map(idOf));
        expect(t.name).toEqual({ 'zh-CN': input.name['zh-CN'].trim(), en: input.name.en.trim() });
      }),
    );
  });
});
