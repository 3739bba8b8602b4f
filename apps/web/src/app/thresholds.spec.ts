import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, parseThreshold, textFromThresholds, thresholdProblems, thresholdsFromText } from './thresholds';

describe('parseThreshold', () => {
  it('reads a number, with a dot or a comma as the decimal point, around white space', () => {
    expect(parseThreshold('80')).toBe(80);
    expect(parseThreshold(' 70.5 ')).toBe(70.5);
    expect(parseThreshold('70,5')).toBe(70.5);
  });

  it('gives null for nothing or for what is no finite number', () => {
    expect(parseThreshold('')).toBeNull();
    expect(parseThreshold('   ')).toBeNull();
    expect(parseThreshold('abc')).toBeNull();
    expect(parseThreshold('Infinity')).toBeNull();
  });
});

describe('thresholdProblems', () => {
  it('accepts ordered numbers from 0 to 100', () => {
    expect(thresholdProblems({ A: '85', B: '65', C: '45' })).toEqual({});
    expect(thresholdProblems({ A: '100', B: '50.5', C: '0' })).toEqual({});
    expect(thresholdProblems({ A: '90', B: '70,5', C: '0' })).toEqual({});
  });

  it('needs each threshold as a number between 0 and 100', () => {
    expect(thresholdProblems({ A: '', B: '101', C: '-1' })).toEqual({
      'thresholds.A': { key: 'thresholdNumber' },
      'thresholds.B': { key: 'thresholdRange' },
      'thresholds.C': { key: 'thresholdRange' },
    });
  });

  it('needs A > B > C', () => {
    expect(thresholdProblems({ A: '60', B: '60', C: '40' })).toEqual({ 'thresholds.A': { key: 'thresholdAB' } });
    expect(thresholdProblems({ A: '80', B: '40', C: '40.5' })).toEqual({ 'thresholds.B': { key: 'thresholdBC' } });
  });

  it('judges the order only between values that are fine on their own', () => {
    expect(thresholdProblems({ A: '50', B: 'x', C: '60' })).toEqual({ 'thresholds.B': { key: 'thresholdNumber' } });
    expect(thresholdProblems({ A: '101', B: '60', C: '70' })).toEqual({
      'thresholds.A': { key: 'thresholdRange' },
      'thresholds.B': { key: 'thresholdBC' },
    });
  });
});

describe('thresholds as text and numbers', () => {
  it('turns the text into the numbers to send, NaN where it is no number', () => {
    expect(thresholdsFromText({ A: '90', B: '70,5', C: ' 50 ' })).toEqual({ A: 90, B: 70.5, C: 50 });
    expect(thresholdsFromText({ A: '', B: '60', C: '40' })).toEqual({ A: NaN, B: 60, C: 40 });
  });

  it('shows numbers as the inputs’ text, the defaults being 80, 60 and 40', () => {
    expect(textFromThresholds(DEFAULT_THRESHOLDS)).toEqual({ A: '80', B: '60', C: '40' });
    expect(textFromThresholds({ A: 90, B: 70.5, C: 50 })).toEqual({ A: '90', B: '70.5', C: '50' });
  });
});
