import { describe, expect, it } from 'vitest';
import type { Override } from '@ses/api-types';
import { overrideBody, standingOverrides, validateOverride } from './override';

const o = (id: string, theme: string | null, createdAt: string, withdrawnAt: string | null = null): Override => ({
  id,
  theme,
  grade: 'B',
  computedGrade: 'Z',
  reason: 'checked on site',
  createdBy: 'Buyer',
  createdAt,
  withdrawnAt,
});

describe('override validation', () => {
  it('needs a letter grade and a reason of at least 5 characters', () => {
    expect(validateOverride({ theme: '', grade: '', reason: '' })).toEqual({ grade: 'required', reason: 'required' });
    expect(validateOverride({ theme: '', grade: 'N/A', reason: '  abcd  ' })).toEqual({ grade: 'invalid', reason: 'tooShort' });
    expect(validateOverride({ theme: 'labour', grade: 'B', reason: 'x'.repeat(2001) })).toEqual({ reason: 'tooLong' });
    expect(validateOverride({ theme: 'labour', grade: 'B', reason: '監査で確認済み' })).toEqual({});
  });

  it('sends the theme only when there is one, and a trimmed reason', () => {
    expect(overrideBody({ theme: '', grade: 'A', reason: ' fine now ' })).toEqual({ grade: 'A', reason: 'fine now' });
    expect(overrideBody({ theme: 'labour', grade: 'C', reason: 'ok ok' })).toEqual({ theme: 'labour', grade: 'C', reason: 'ok ok' });
  });

  it('finds the standing override per theme', () => {
    const list = [
      o('1', 'labour', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z'),
      o('2', 'labour', '2025-01-03T00:00:00Z'),
      o('3', null, '2025-01-01T00:00:00Z', '2025-01-04T00:00:00Z'),
    ];
    const standing = standingOverrides(list);
    expect(standing.get('labour')?.id).toBe('2');
    expect(standing.has('')).toBe(false);
  });
});
