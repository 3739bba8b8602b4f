import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput, toggleChoice } from './answer-input';

describe('parseNumberInput', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['120', 120],
    ['3.5', 3.5],
    ['3.', 3],
    ['-2', -2],
    ['1,200', 1200],
    ['１２０', 120],
    ['３．５', 3.5],
    ['12a', undefined],
    ['1e5', undefined],
    ['.', undefined],
  ])('%j → %j', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it('shows saved numbers as typed', () => {
    expect(formatNumberInput(3.5)).toBe('3.5');
    expect(formatNumberInput(null)).toBe('');
  });
});

describe('toggleChoice', () => {
  it('adds and removes options', () => {
    expect(toggleChoice(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleChoice(['a'], 'a', false)).toBeNull();
  });

  it('treats "none of these" as exclusive', () => {
    expect(toggleChoice(['a', 'b'], 'none', true)).toEqual(['none']);
    expect(toggleChoice(['none'], 'a', true)).toEqual(['a']);
  });
});
