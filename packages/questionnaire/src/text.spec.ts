import { describe, expect, it } from 'vitest';
import { localize } from './text.js';

describe('localize', () => {
  it.each([
    ['ja', '労働'],
    ['en', 'Labour'],
  ] as const)('%s → %s', (lang, expected) => {
    expect(localize({ ja: '労働', en: 'Labour' }, lang)).toBe(expected);
  });
});
