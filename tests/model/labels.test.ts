import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  CHANNEL_LABELS,
  DEFAULT_JOURNEY_STAGES,
  FEEDBACK_STATES,
  FEEDBACK_STATE_LABELS,
  LOCALES,
  SEVERITIES,
  SEVERITY_LABELS,
  SURVEY_METRICS,
  SURVEY_METRIC_LABELS,
  TOUCHPOINT_KINDS,
  TOUCHPOINT_KIND_LABELS,
  label,
  type Labels,
} from '../../src/model/labels.js';
import { isCxError } from '../../src/core/errors.js';

function expectComplete(values: readonly string[], labels: Readonly<Record<string, Labels>>): void {
  expect(Object.keys(labels).sort()).toEqual([...values].sort());
  for (const v of values) {
    for (const locale of LOCALES) {
      const text = labels[v]![locale];
      expect(typeof text).toBe('string');
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
    }
  }
  // no two values share a label in either locale (a UI could not tell them apart)
  for (const locale of LOCALES) {
    const texts = values.map((v) => labels[v]![locale]);
    expect(new Set(texts).size).toBe(texts.length);
  }
}

describe('labels', () => {
  it('every enumeration has a distinct, non-blank label in both locales', () => {
    expectComplete(CHANNELS, CHANNEL_LABELS);
    expectComplete(TOUCHPOINT_KINDS, TOUCHPOINT_KIND_LABELS);
    expectComplete(SURVEY_METRICS, SURVEY_METRIC_LABELS);
    expectComplete(FEEDBACK_STATES, FEEDBACK_STATE_LABELS);
    expectComplete(SEVERITIES, SEVERITY_LABELS);
    expectComplete(
      DEFAULT_JOURNEY_STAGES.map((s) => s.id),
      Object.fromEntries(DEFAULT_JOURNEY_STAGES.map((s) => [s.id, s.labels])),
    );
  });

  it('the default journey has the six stages of the notes, in order, with the given Chinese names', () => {
    // /work/shared/notes/journey-feedback-privacy.md: awareness → consideration → purchase → onboarding/use → retention/loyalty → advocacy
    expect(DEFAULT_JOURNEY_STAGES.map((s) => s.id)).toEqual(['awareness', 'consideration', 'purchase', 'onboarding', 'retention', 'advocacy']);
    expect(DEFAULT_JOURNEY_STAGES.map((s) => s.labels['zh-CN'])).toEqual(['认知', '考虑', '购买', '使用', '留存', '推荐']);
  });

  it('lists are frozen', () => {
    expect(Object.isFrozen(DEFAULT_JOURNEY_STAGES)).toBe(true);
    expect(Object.isFrozen(TOUCHPOINT_KINDS)).toBe(true);
    expect(Object.isFrozen(TOUCHPOINT_KIND_LABELS)).toBe(true);
  });

  it('online kinds come before offline kinds as in the notes', () => {
    expect(TOUCHPOINT_KINDS.slice(0, 5)).toEqual(['website', 'app', 'social', 'email', 'chat']);
    expect(TOUCHPOINT_KINDS.slice(5, 9)).toEqual(['store', 'hotline', 'event', 'field-service']);
  });

  it('label() picks the locale, defaults to en, and rejects others', () => {
    const l = { 'zh-CN': '门店', en: 'Store' };
    expect(label(l, 'zh-CN')).toBe('门店');
    expect(label(l, 'en')).toBe('Store');
    expect(label(l)).toBe('Store');
    let err: unknown;
    try {
      label(l, 'fr' as never);
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'INVALID_ARGUMENT')).toBe(true);
    expect((err as { path: unknown }).path).toEqual(['locale']);
    try {
      label({ en: 'x' } as never, 'zh-CN');
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'INVALID_ARGUMENT')).toBe(true);
    expect((err as { path: unknown }).path).toEqual(['labels', 'zh-CN']);
    expect(() => label(null as never)).toThrow(/no en text/);
  });
});
