/**
 * Bad input to assess(): each case names the CxError code and path it must produce.
 */
import { describe, expect, it } from 'vitest';
import { assess, isCxError, type AssessmentInput, type AssessmentPolicy, type ChecklistDefinition } from '../../src/index.js';
import { TEST_CHECKLIST, answers, input } from './fixture.js';
import { errorOf as failure } from '../helpers/errors.js';

function bad(inp: unknown, policy?: AssessmentPolicy, def: ChecklistDefinition = TEST_CHECKLIST) {
  return failure(() => assess(def, inp as AssessmentInput, policy));
}

describe('assess: bad input', () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ['an answer to an unknown criterion', input({ answers: [{ criterion: 'Z9', status: 'met' }] }), 'INVALID_ARGUMENT', ['answers', 0, 'criterion']],
    ['N/A without a reason', input({ answers: [{ criterion: 'A1-1', status: 'not-applicable' }] }), 'INVALID_ARGUMENT', ['answers', 0, 'reason']],
    ['N/A with a blank reason', input({ answers: [{ criterion: 'A1-1', status: 'not-applicable', reason: '  ' }] }), 'INVALID_ARGUMENT', ['answers', 0, 'reason']],
    ['an unknown status', input({ answers: [{ criterion: 'A1-1', status: 'yes' as never }] }), 'INVALID_ARGUMENT', ['answers', 0, 'status']],
    ['a checklist version mismatch', { checklist: { id: 'test', version: '2' } }, 'INVALID_ARGUMENT', ['checklist', 'version']],
    ['a checklist id mismatch', { checklist: { id: 'other', version: '1' } }, 'INVALID_ARGUMENT', ['checklist', 'id']],
    ['no checklist reference', {}, 'INVALID_ARGUMENT', ['checklist']],
    ['not an object', 42, 'INVALID_ARGUMENT', []],
    ['a rating above 5', input({ mode: 'anchored', ratings: [{ item: 'A1', level: 6 }] }), 'OUT_OF_RANGE', ['ratings', 0, 'level']],
    ['a rating below 0', input({ mode: 'anchored', ratings: [{ item: 'A1', level: -1 }] }), 'OUT_OF_RANGE', ['ratings', 0, 'level']],
    ['a fractional rating', input({ mode: 'anchored', ratings: [{ item: 'A1', level: 2.5 }] }), 'OUT_OF_RANGE', ['ratings', 0, 'level']],
    ['a rating that is not a number', input({ mode: 'anchored', ratings: [{ item: 'A1', level: '3' as never }] }), 'INVALID_ARGUMENT', ['ratings', 0, 'level']],
    ['a rating of an unknown item', input({ mode: 'anchored', ratings: [{ item: 'Z', level: 1 }] }), 'INVALID_ARGUMENT', ['ratings', 0, 'item']],
    ['a target above 5', input({ targets: { overall: 7 } }), 'OUT_OF_RANGE', ['targets', 'overall']],
    ['a target for an unknown item', input({ targets: { items: { Z: 3 } } }), 'INVALID_ARGUMENT', ['targets', 'items', 'Z']],
    ['a target for an unknown dimension', input({ targets: { dimensions: { Z: 3 } } }), 'INVALID_ARGUMENT', ['targets', 'dimensions', 'Z']],
    ['a dimension target below 0', input({ targets: { dimensions: { A: -1 } } }), 'OUT_OF_RANGE', ['targets', 'dimensions', 'A']],
    ['a second answer from the same respondent', input({ answers: [...answers({ 'A1-1': 'met' }), ...answers({ 'A1-1': 'not-met' })] }), 'INVALID_ARGUMENT', ['answers', 1]],
    ['a second rating from the same respondent', input({ mode: 'anchored', ratings: [{ item: 'A1', level: 1 }, { item: 'A1', level: 2 }] }), 'INVALID_ARGUMENT', ['ratings', 1]],
    ['an unknown evidence id', input({ answers: [{ criterion: 'A1-1', status: 'met', evidence: ['nope'] }] }), 'INVALID_ARGUMENT', ['answers', 0, 'evidence', 0]],
    ['criteria answers in anchored mode', input({ mode: 'anchored', answers: answers({ 'A1-1': 'met' }) }), 'INVALID_ARGUMENT', ['answers']],
    ['ratings in criteria mode', input({ ratings: [{ item: 'A1', level: 1 }] }), 'INVALID_ARGUMENT', ['ratings']],
    ['an unknown mode', input({ mode: 'both' as never }), 'INVALID_ARGUMENT', ['mode']],
    ['an N/A item without a reason', input({ notApplicable: [{ item: 'A1', reason: '' }] }), 'INVALID_ARGUMENT', ['notApplicable', 0, 'reason']],
    ['an N/A unknown item', input({ notApplicable: [{ item: 'Z', reason: 'x' }] }), 'INVALID_ARGUMENT', ['notApplicable', 0, 'item']],
    ['answers to an N/A item', input({ notApplicable: [{ item: 'A1', reason: 'x' }], answers: answers({ 'A1-1': 'met' }) }), 'INVALID_ARGUMENT', ['answers', 0, 'criterion']],
    ['a metric record without a value', input({ evidence: [{ id: 'm', kind: 'metric', key: 'nps' }] }), 'INVALID_ARGUMENT', ['evidence', 0, 'value']],
    ['a metric record with NaN', input({ evidence: [{ id: 'm', kind: 'metric', key: 'nps', value: NaN }] }), 'NON_FINITE', ['evidence', 0, 'value']],
    ['a metric record without a key', input({ evidence: [{ id: 'm', kind: 'metric', value: 3 }] }), 'INVALID_ARGUMENT', ['evidence', 0, 'key']],
    ['duplicate evidence ids', input({ evidence: [{ id: 'e', kind: 'document' }, { id: 'e', kind: 'record' }] }), 'INVALID_ARGUMENT', ['evidence', 1, 'id']],
    ['evidence linking an unknown item', input({ evidence: [{ id: 'e', kind: 'document', items: ['Z'] }] }), 'INVALID_ARGUMENT', ['evidence', 0, 'items', 0]],
    ['evidence linking an unknown criterion', input({ evidence: [{ id: 'e', kind: 'document', criteria: ['Z'] }] }), 'INVALID_ARGUMENT', ['evidence', 0, 'criteria', 0]],
    ['answers that are not an array', input({ answers: 'met' as never }), 'INVALID_ARGUMENT', ['answers']],
    ['a non-positive effort', input({ priorities: { A1: { effort: 0 } } }), 'OUT_OF_RANGE', ['priorities', 'A1', 'effort']],
    ['a priority for an unknown item', input({ priorities: { Z: { impact: 2 } } }), 'INVALID_ARGUMENT', ['priorities', 'Z']],
    ['targets.items that is not an object', input({ targets: { items: 3 as never } }), 'INVALID_ARGUMENT', ['targets', 'items']],
    ['targets that are not an object', input({ targets: 'high' as never }), 'INVALID_ARGUMENT', ['targets']],
    ['priorities that are not an object', input({ priorities: 1 as never }), 'INVALID_ARGUMENT', ['priorities']],
    ['a priority that is not an object', input({ priorities: { A1: null as never } }), 'INVALID_ARGUMENT', ['priorities', 'A1']],
    ['every item not applicable', input({ notApplicable: ['A1', 'A2', 'B1'].map((item) => ({ item, reason: 'n/a' })) }), 'EMPTY_INPUT', ['notApplicable']],
  ];
  for (const [name, inp, code, path] of cases) {
    it(name, () => {
      expect(bad(inp)).toEqual({ code, path });
    });
  }
});

describe('assess: bad policy', () => {
  const cases: [AssessmentPolicy, string, (string | number)[]][] = [
    [{ threshold: 0 }, 'OUT_OF_RANGE', ['policy', 'threshold']],
    [{ threshold: 1.5 }, 'OUT_OF_RANGE', ['policy', 'threshold']],
    [{ partialValue: -0.1 }, 'OUT_OF_RANGE', ['policy', 'partialValue']],
    [{ kind: 'median' as never }, 'INVALID_ARGUMENT', ['policy', 'kind']],
    [{ evidence: 'ignore' as never }, 'INVALID_ARGUMENT', ['policy', 'evidence']],
    [{ evidenceFromLevel: 2.5 }, 'OUT_OF_RANGE', ['policy', 'evidenceFromLevel']],
    [{ evidenceFromLevel: 0 }, 'OUT_OF_RANGE', ['policy', 'evidenceFromLevel']],
    [{ minCoverage: 2 }, 'OUT_OF_RANGE', ['policy', 'minCoverage']],
    [{ aggregate: 'max' as never }, 'INVALID_ARGUMENT', ['policy', 'aggregate']],
    [{ dispersion: Infinity }, 'NON_FINITE', ['policy', 'dispersion']],
    [{ previous: { kind: 'other' } as never }, 'INVALID_ARGUMENT', ['policy', 'previous']],
  ];
  for (const [policy, code, path] of cases) {
    it(JSON.stringify(policy), () => {
      expect(bad(input(), policy)).toEqual({ code, path });
    });
  }

  it('a previous result of another checklist', () => {
    const other = { ...TEST_CHECKLIST, id: 'other' };
    const prev = assess(other, { checklist: { id: 'other', version: '1' } });
    expect(bad(input(), { previous: prev })).toEqual({ code: 'INVALID_ARGUMENT', path: ['policy', 'previous', 'checklist', 'id'] });
  });

  it('a policy that is not an object or a name', () => {
    expect(bad(input(), 5 as never)).toEqual({ code: 'INVALID_ARGUMENT', path: ['policy'] });
  });
});

describe('assess: bad definition', () => {
  it('VALIDATION_FAILED with the first issue path and every issue in details', () => {
    const def = { ...TEST_CHECKLIST, dimensions: [{ ...TEST_CHECKLIST.dimensions[0]!, items: [{ ...TEST_CHECKLIST.dimensions[0]!.items[0]!, principles: ['nope'] }] }] };
    let err: unknown;
    try {
      assess(def, input());
    } catch (e) {
      err = e;
    }
    expect(isCxError(err, 'VALIDATION_FAILED')).toBe(true);
    const e = err as { path: unknown[]; details: { issues: { code: string }[] } };
    expect(e.path).toEqual(['definition', 'dimensions', 0, 'items', 0, 'principles', 0]);
    expect(e.details.issues.map((i) => i.code)).toEqual(['UNKNOWN_PRINCIPLE']);
  });

  it('missing translations are warnings and do not block', () => {
    const def = { ...TEST_CHECKLIST, labels: { 'zh-CN': '', en: 'Test' } };
    expect(assess(def, input()).checklist.labels.en).toBe('Test');
  });
});
