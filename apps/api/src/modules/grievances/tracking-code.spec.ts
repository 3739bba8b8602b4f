import { describe, expect, it } from 'vitest';
import { TRACKING_CODE_PATTERN } from '@ses/api-types';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code';

/** The full-width form of ASCII text, as a Japanese keyboard in full-width mode types it. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const canonical = 'ABCDEFGHJKMNPQRSTVWXYZ012345';
const grouped = (sep: string) => canonical.match(/.{4}/g)!.join(sep);
/** The code with its 0 (index 22) or its 1 (index 23) typed as `typed`. */
const typedAt = (index: number, typed: string) => canonical.slice(0, index) + typed + canonical.slice(index + 1);

/** Every look-alike a person may type for a digit of the code. */
const LOOK_ALIKES: [typed: string, digit: '0' | '1'][] = [
  ['O', '0'], ['o', '0'], ['Ｏ', '0'], ['ｏ', '0'], ['０', '0'],
  ['I', '1'], ['i', '1'], ['Ｉ', '1'], ['ｉ', '1'],
  ['L', '1'], ['l', '1'], ['Ｌ', '1'], ['ｌ', '1'], ['１', '1'],
];
/** Every separator between groups that is ignored: ASCII, full-width and Japanese dashes, spaces. */
const SEPARATORS = ['-', '', ' ', '  ', '\t', '－', 'ー', '‐', '‑', '–', '—', '−', '\u3000', ' - '];

describe('tracking codes', () => {
  it('are seven groups of four base32 characters, all different', () => {
    const codes = Array.from({ length: 500 }, newTrackingCode);
    for (const c of codes) expect(c).toMatch(TRACKING_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('use every character of the alphabet about equally', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const ch of newTrackingCode().replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    for (const n of counts.values()) expect(n).toBeGreaterThan(1200);
  });

  it('read a generated code back as itself', () => {
    for (let i = 0; i < 50; i++) {
      const code = newTrackingCode();
      expect(normalizeTrackingCode(code)).toBe(code.replace(/-/g, ''));
    }
  });
});

describe('normalizeTrackingCode: a code as typed', () => {
  it.each(LOOK_ALIKES)('reads %s as %s', (typed, digit) => {
    expect(normalizeTrackingCode(typedAt(digit === '0' ? 22 : 23, typed))).toBe(canonical);
  });

  it.each(SEPARATORS.map((s) => [JSON.stringify(s), s]))('ignores %s between groups', (_, sep) => {
    expect(normalizeTrackingCode(grouped(sep))).toBe(canonical);
    expect(normalizeTrackingCode(` ${grouped(sep)}\u3000`)).toBe(canonical);
  });

  it('reads every character in lower case, in full width and both', () => {
    expect(normalizeTrackingCode(canonical.toLowerCase())).toBe(canonical);
    expect(normalizeTrackingCode(fullWidth(grouped('-')))).toBe(canonical);
    expect(normalizeTrackingCode(fullWidth(grouped('-').toLowerCase()))).toBe(canonical);
    expect(normalizeTrackingCode('ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳ－ＴＶＷＸ－ＹＺＯＬ－２３４５')).toBe(canonical);
  });

  it.each([
    ['U, which the alphabet leaves out', typedAt(0, 'U')],
    ['a lower-case u', typedAt(0, 'u')],
    ['a full-width Ｕ', typedAt(0, 'Ｕ')],
    ['a character short', canonical.slice(1)],
    ['a character long', `${canonical}6`],
    ['other punctuation', canonical.replace('ABCD', 'AB.D')],
    ['an underscore between groups', grouped('_')],
    ['a letter that only looks Latin (Cyrillic А)', typedAt(0, 'А')],
    ['nothing', ''],
    ['more than 60 characters', `${grouped(' ')}${' '.repeat(30)}`],
  ])('refuses %s', (_, typed) => {
    expect(normalizeTrackingCode(typed)).toBeNull();
  });
});
