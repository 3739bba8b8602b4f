import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, gradeForRate, thresholdsSchema } from './thresholds.js';

describe('thresholdsSchema', () => {
  it('accepts ordered thresholds within 0–100', () => {
    expect(thresholdsSchema.parse({ A: 80, B: 60, C: 40 })).toEqual(DEFAULT_THRESHOLDS);
    expect(thresholdsSchema.parse({ A: 100, B: 50.5, C: 0 })).toEqual({ A: 100, B: 50.5, C: 0 });
  });

  it.each([
    [{ A: 60, B: 60, C: 40 }, ['A'], 'threshold A (60) must be greater than B (60)'],
    [{ A: 80, B: 30, C: 40 }, ['B'], 'threshold B (30) must be greater than C (40)'],
    [{ A: 101, B: 60, C: 40 }, ['A'], 'threshold A must be between 0 and 100'],
    [{ A: 80, B: 60, C: -1 }, ['C'], 'threshold C must be between 0 and 100'],
    [{ A: '80', B: 60, C: 40 }, ['A'], 'threshold A must be a number'],
    [{ A: 80, C: 40 }, ['B'], 'threshold B must be a number'],
    [{ A: Number.NaN, B: 60, C: 40 }, ['A'], 'threshold A must be a number'],
  ])('rejects %j with a clear message', (input, path, message) => {
    const parsed = thresholdsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path, message });
  });
});

describe('gradeForRate', () => {
  it.each([
    [100, 'A'],
    [80, 'A'],
    [80 - 1e-10, 'A'],
    [80 - 1e-8, 'B'],
    [60, 'B'],
    [59.99999999999999, 'B'],
    [59.9, 'C'],
    [40, 'C'],
    [39.999, 'D'],
    [0, 'D'],
  ] as const)('%d → %s with the default thresholds', (rate, expected) => {
    expect(gradeForRate(rate, DEFAULT_THRESHOLDS)).toBe(expected);
  });

  it('uses the thresholds it is given', () => {
    const strict = { A: 95, B: 85, C: 70 };
    expect(gradeForRate(90, strict)).toBe('B');
    expect(gradeForRate(69, strict)).toBe('D');
  });
});
