import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES, label } from '../../src/model/labels.js';

describe('label (properties)', () => {
  it('returns exactly the text of the locale', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(...LOCALES), (zh, en, locale) => {
        expect(label({ 'zh-CN': zh, en }, locale)).toBe(locale === 'en' ? en : zh);
      }),
    );
  });
  it('any other locale string throws INVALID_ARGUMENT', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s !== 'en' && s !== 'zh-CN'),
        (locale) => {
          expect(() => label({ 'zh-CN': 'a', en: 'b' }, locale as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
        },
      ),
    );
  });
});
