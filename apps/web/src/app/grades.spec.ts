import { describe, expect, it } from 'vitest';
import { formatRate, gradeTone, ratioPercent } from './grades';

describe('grade tones', () => {
  it('gives each grade its own colour family, and none when there is no grade', () => {
    expect(['A', 'B', 'C', 'D', 'Z', 'N/A'].map((g) => gradeTone(g as never))).toEqual(['a', 'b', 'c', 'd', 'z', 'na']);
    expect(gradeTone(null)).toBe('none');
    expect(gradeTone(undefined)).toBe('none');
  });
});

describe('formatRate', () => {
  it('always shows one decimal', () => {
    expect(formatRate(72.53, 'en')).toBe('72.5%');
    expect(formatRate(80, 'en')).toBe('80.0%');
    expect(formatRate(0, 'ja')).toBe('0.0%');
  });

  it('rounds down, so a rate below a threshold never reads as the threshold', () => {
    expect(formatRate(79.96, 'en')).toBe('79.9%');
    expect(formatRate(59.99999999999999, 'en')).toBe('60.0%');
  });

  it('shows a dash when there is no rate', () => {
    expect(formatRate(null, 'en')).toBe('—');
    expect(formatRate(undefined, 'en')).toBe('—');
  });
});

describe('ratioPercent', () => {
  it('turns a 0–1 ratio into a whole percentage within 0–100', () => {
    expect(ratioPercent(0.425)).toBe(43);
    expect(ratioPercent(1.2)).toBe(100);
    expect(ratioPercent(Number.NaN)).toBe(0);
  });
});
