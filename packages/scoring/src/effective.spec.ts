import { describe, expect, it } from 'vitest';
import { effectiveGrade, effectiveGrades } from './effective.js';
import type { GradeResult } from './result.js';

const theme = (grade: GradeResult['themes'][string]['grade'], rate: number | null) => ({
  earned: 0,
  possible: 0,
  rate,
  grade,
  criticalFailures: [],
  lostPoints: [],
});

describe('effectiveGrade', () => {
  it('is the override when one stands, the computed grade otherwise', () => {
    expect(effectiveGrade('B', 'A')).toBe('A');
    expect(effectiveGrade('Z', 'C')).toBe('C');
    expect(effectiveGrade('B', undefined)).toBe('B');
    expect(effectiveGrade('N/A', null)).toBe('N/A');
    expect(effectiveGrade(null, undefined)).toBeNull();
    expect(effectiveGrade(null, 'D')).toBe('D');
  });
});

describe('effectiveGrades', () => {
  const result = { themes: { labour: theme('B', 79.96), environment: theme('Z', 90) }, overall: { rate: 85, grade: 'Z' as const } };

  it('replaces overridden grades and keeps the computed ones beside them', () => {
    expect(effectiveGrades(result, { environment: 'C', '': 'B' })).toEqual({
      overall: { grade: 'B', computedGrade: 'Z', overridden: true },
      themes: {
        labour: { grade: 'B', computedGrade: 'B', overridden: false },
        environment: { grade: 'C', computedGrade: 'Z', overridden: true },
      },
    });
  });

  it('leaves everything computed without overrides, and ignores an override of a theme not in the result', () => {
    const out = effectiveGrades(result, { ethics: 'A' });
    expect(out.overall).toEqual({ grade: 'Z', computedGrade: 'Z', overridden: false });
    expect(Object.keys(out.themes)).toEqual(['labour', 'environment']);
    expect(Object.values(out.themes).every((t) => !t.overridden)).toBe(true);
  });

  it('does not take an inherited property for an override', () => {
    const out = effectiveGrades({ themes: { constructor: theme('D', 10) }, overall: { rate: 10, grade: 'D' } }, {});
    expect(out.themes.constructor).toEqual({ grade: 'D', computedGrade: 'D', overridden: false });
  });
});
