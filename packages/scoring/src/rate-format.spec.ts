import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRate, truncateRate } from './rate-format.js';
import { gradeForRate } from './thresholds.js';

describe('formatRate', () => {
  it('truncates to one decimal and always writes it', () => {
    expect(formatRate(79.96)).toBe('79.9');
    expect(formatRate(80)).toBe('80.0');
    expect(formatRate(59.99)).toBe('59.9');
    expect(formatRate(0.04)).toBe('0.0');
    expect(formatRate(100)).toBe('100.0');
    expect(formatRate(88.75)).toBe('88.7');
  });

  it('keeps floating-point noise for a threshold at the threshold, as grading does', () => {
    expect(formatRate(59.99999999999999)).toBe('60.0');
    expect(formatRate((0.29 * 100))).toBe('29.0');
  });

  it('follows the locale for the decimal separator and the percent sign only', () => {
    expect(formatRate(79.96, { locale: 'ja' })).toBe('79.9');
    expect(formatRate(79.96, { locale: 'de-DE' })).toBe('79,9');
    expect(formatRate(79.96, { locale: 'en', percent: true })).toBe('79.9%');
    expect(formatRate(80, { locale: 'ja', percent: true })).toBe('80.0%');
    expect(formatRate(12345.67)).toBe('12345.6');
  });

  it('shows a dash (or the given text) for no rate', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
    expect(formatRate(null, { empty: '' })).toBe('');
  });

  it('never shows a figure that reaches a threshold the grade did not', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (rate) => {
        const shown = Number(formatRate(rate));
        expect(gradeForRate(shown)).toBe(gradeForRate(rate));
        expect(shown).toBeLessThanOrEqual(rate + 1e-9);
        expect(rate - shown).toBeLessThan(0.1 + 1e-9);
      }),
    );
  });
});

describe('truncateRate', () => {
  it('cuts to the digits, as a number a spreadsheet can hold', () => {
    expect(truncateRate(79.96)).toBe(79.9);
    expect(truncateRate(0.04)).toBe(0);
    expect(truncateRate(59.99, 0)).toBe(59);
    expect(Object.is(truncateRate(-0.01 + 0.01), 0)).toBe(true);
  });
});
