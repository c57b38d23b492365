import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CxError, isCxError } from '../../src/core/errors.js';
import { formatPath } from '../../src/core/assert.js';

describe('CxError', () => {
  it('carries code, path, message and details', () => {
    const e = new CxError('INVALID_SCORE', 'bad', { path: ['responses', 17, 'score'], details: { value: 11 } });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('CxError');
    expect(e.code).toBe('INVALID_SCORE');
    expect(e.path).toEqual(['responses', 17, 'score']);
    expect(e.details).toEqual({ value: 11 });
    expect(Object.isFrozen(e.path)).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toEqual({ name: 'CxError', code: 'INVALID_SCORE', path: ['responses', 17, 'score'], message: 'bad', details: { value: 11 } });
  });
  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(new CxError('UNSUPPORTED', 'x', { cause }).cause).toBe(cause);
  });
  it('isCxError recognises instances and shapes, and filters by code', () => {
    expect(isCxError(new CxError('EMPTY_INPUT', 'x'))).toBe(true);
    expect(isCxError(new CxError('EMPTY_INPUT', 'x'), 'EMPTY_INPUT')).toBe(true);
    expect(isCxError(new CxError('EMPTY_INPUT', 'x'), 'NON_FINITE')).toBe(false);
    expect(isCxError({ name: 'CxError', code: 'NON_FINITE', path: [] })).toBe(true);
    expect(isCxError(new Error('x'))).toBe(false);
    expect(isCxError(null)).toBe(false);
    expect(isCxError('CxError')).toBe(false);
  });
  it('path is copied, not aliased (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (path) => {
        const p = [...path];
        const e = new CxError('INVALID_ARGUMENT', 'm', { path: p });
        p.push('mutated');
        expect(e.path).toEqual(path);
        expect(isCxError(JSON.parse(JSON.stringify(e)))).toBe(true);
      }),
    );
  });
  it('formats paths', () => {
    expect(formatPath([])).toBe('(input)');
    expect(formatPath(['rows', 3, 'score'])).toBe('rows[3].score');
  });
});
