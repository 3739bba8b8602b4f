import { describe, expect, it } from 'vitest';
import { barWidth, compareToAverage, gradeClass, isOverridden, themesToImprove } from './feedback';

describe('compareToAverage', () => {
  it('gives the difference in whole points and its direction', () => {
    expect(compareToAverage(80, 67.6)).toEqual({ points: 12, direction: 'above' });
    expect(compareToAverage(40.2, 55)).toEqual({ points: 15, direction: 'below' });
    expect(compareToAverage(66.66, 66.7)).toEqual({ points: 0, direction: 'same' });
  });

  it('is null without a rate or an average', () => {
    expect(compareToAverage(null, 50)).toBeNull();
    expect(compareToAverage(50, null)).toBeNull();
  });
});

describe('barWidth', () => {
  it('stays within 0–100', () => {
    expect(barWidth(null)).toBe(0);
    expect(barWidth(-3)).toBe(0);
    expect(barWidth(42.5)).toBe(42.5);
    expect(barWidth(130)).toBe(100);
    expect(barWidth(Number.NaN)).toBe(0);
  });
});

describe('themesToImprove', () => {
  const point = {
    questionId: 'Q1',
    question: 'Q?',
    reference: null,
    guidance: null,
    earned: 0,
    possible: 1,
  };
  const theme = (key: string, critical: number, lost: number) => ({
    key,
    title: key,
    rate: 50,
    grade: 'B' as const,
    computedGrade: 'B' as const,
    productTypeAverage: null,
    criticalFailures: Array(critical).fill(point),
    lostPoints: Array(lost).fill(point),
  });

  it('keeps only themes with a failed critical point or lost points, in order', () => {
    const sheet = { themes: [theme('a', 0, 0), theme('b', 1, 0), theme('c', 0, 2)] };
    expect(themesToImprove(sheet).map((t) => t.key)).toEqual(['b', 'c']);
  });
});

describe('grades', () => {
  it('makes a class name of N/A and tells an override', () => {
    expect(gradeClass('N/A')).toBe('NA');
    expect(gradeClass('Z')).toBe('Z');
    expect(isOverridden({ grade: 'C', computedGrade: 'Z' })).toBe(true);
    expect(isOverridden({ grade: 'Z', computedGrade: 'Z' })).toBe(false);
  });
});
