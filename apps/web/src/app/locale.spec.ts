import { describe, expect, it } from 'vitest';
import { detectLocale } from './locale';

describe('detectLocale', () => {
  it('prefers the remembered choice', () => {
    expect(detectLocale(['ja-JP'], 'en')).toBe('en');
    expect(detectLocale(['en-US'], 'ja')).toBe('ja');
  });

  it('ignores a remembered value that is not a language we have', () => {
    expect(detectLocale(['ja-JP'], 'fr')).toBe('ja');
  });

  it('takes the first browser language we have, by its primary subtag', () => {
    expect(detectLocale(['ja-JP', 'en-US'], null)).toBe('ja');
    expect(detectLocale(['fr-FR', 'en-GB', 'ja'], null)).toBe('en');
    expect(detectLocale(['de', 'JA'], null)).toBe('ja');
    expect(detectLocale(['en_US'], null)).toBe('en');
  });

  it('falls back to English', () => {
    expect(detectLocale(['fr-FR', 'de'], null)).toBe('en');
    expect(detectLocale([], undefined)).toBe('en');
  });
});
