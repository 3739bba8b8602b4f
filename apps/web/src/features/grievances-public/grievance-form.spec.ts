import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  STATUSES,
  checkDraft,
  checkMessage,
  emptyDraft,
  normalizeTrackingCode,
  toRequest,
} from './grievance-form';

describe('categories and statuses', () => {
  it('are listed in the order the page shows them', () => {
    expect(CATEGORIES).toEqual([
      'human_rights',
      'labour',
      'health_safety',
      'environment',
      'corruption',
      'other',
    ]);
    expect(STATUSES).toEqual(['received', 'triage', 'investigating', 'resolved', 'closed']);
  });
});

describe('checkDraft', () => {
  it('needs a category and a description of 10 to 10,000 characters', () => {
    expect(checkDraft(emptyDraft())).toEqual({ category: 'required', description: 'required' });
    expect(checkDraft({ ...emptyDraft(), category: 'labour', description: '  short    ' })).toEqual(
      {
        description: 'tooShort',
      },
    );
    expect(
      checkDraft({ ...emptyDraft(), category: 'labour', description: 'x'.repeat(10_001) }),
    ).toEqual({
      description: 'tooLong',
    });
    expect(
      checkDraft({
        ...emptyDraft(),
        category: 'labour',
        description: '夜勤の残業代が支払われていません',
      }),
    ).toEqual({});
  });

  it('limits the optional fields', () => {
    const d = {
      category: 'other' as const,
      description: 'Something happened here',
      supplierName: 'x'.repeat(301),
      contact: 'y'.repeat(501),
    };
    expect(checkDraft(d)).toEqual({ supplierName: 'tooLong', contact: 'tooLong' });
  });

  it('does not count NUL characters, which the server refuses', () => {
    expect(
      checkDraft({ ...emptyDraft(), category: 'other', description: '\u0000'.repeat(20) }),
    ).toEqual({
      description: 'required',
    });
  });
});

describe('toRequest', () => {
  it('trims the text and leaves out empty optional fields, so that nothing is stored for them', () => {
    const body = toRequest(
      {
        category: 'environment',
        description: '  Waste water in the river  ',
        supplierName: '  ',
        contact: '',
      },
      'ja',
    );
    expect(body).toEqual({
      category: 'environment',
      description: 'Waste water in the river',
      language: 'ja',
    });
    expect('contact' in body).toBe(false);
  });

  it('keeps the optional fields when given', () => {
    expect(
      toRequest(
        {
          category: 'labour',
          description: 'Unpaid overtime at night',
          supplierName: ' ACME ',
          contact: ' me@example.org ',
        },
        'en',
      ),
    ).toEqual({
      category: 'labour',
      description: 'Unpaid overtime at night',
      supplierName: 'ACME',
      contact: 'me@example.org',
      language: 'en',
    });
  });

  it('refuses a draft without a category', () => {
    expect(() => toRequest(emptyDraft(), 'en')).toThrow();
  });
});

/** The full-width form of ASCII text, as a Japanese keyboard in full-width mode types it. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('normalizeTrackingCode', () => {
  const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345';
  const plain = code.replace(/-/g, '');
  const grouped = (sep: string) => code.replace(/-/g, sep);
  /** The code with its 0 (index 22 without dashes) or its 1 (index 23) typed as `typed`. */
  const typedAt = (index: number, typed: string) => plain.slice(0, index) + typed + plain.slice(index + 1);

  it('accepts the code as shown, in any case, with or without dashes and spaces', () => {
    expect(normalizeTrackingCode(code)).toBe(code);
    expect(normalizeTrackingCode(code.toLowerCase())).toBe(code);
    expect(normalizeTrackingCode(plain)).toBe(code);
    expect(normalizeTrackingCode(` ${grouped(' ')} `)).toBe(code);
  });

  it.each([
    ['O', '0'], ['o', '0'], ['Ｏ', '0'], ['ｏ', '0'], ['０', '0'],
    ['I', '1'], ['i', '1'], ['Ｉ', '1'], ['ｉ', '1'],
    ['L', '1'], ['l', '1'], ['Ｌ', '1'], ['ｌ', '1'], ['１', '1'],
  ])('reads %s as %s, as the server does', (typed, digit) => {
    expect(normalizeTrackingCode(typedAt(digit === '0' ? 22 : 23, typed))).toBe(code);
  });

  it.each(['-', '', ' ', '\t', '－', 'ー', '‐', '‑', '–', '—', '−', '\u3000', ' - '].map((s) => [JSON.stringify(s), s]))(
    'ignores %s between groups',
    (_, sep) => {
      expect(normalizeTrackingCode(grouped(sep))).toBe(code);
      expect(normalizeTrackingCode(`\u3000${grouped(sep)} `)).toBe(code);
    },
  );

  it('reads every character in lower case, in full width and both', () => {
    expect(normalizeTrackingCode(fullWidth(code))).toBe(code);
    expect(normalizeTrackingCode(fullWidth(code.toLowerCase()))).toBe(code);
    expect(normalizeTrackingCode('ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳ－ＴＶＷＸ－ＹＺＯＬ－２３４５')).toBe(code);
  });

  it.each([
    ['U, which the alphabet leaves out', typedAt(0, 'U')],
    ['a full-width Ｕ', typedAt(0, 'Ｕ')],
    ['a character short', code.slice(0, -1)],
    ['a character long', `${code}6`],
    ['an underscore between groups', grouped('_')],
    ['a letter that only looks Latin (Cyrillic А)', typedAt(0, 'А')],
    ['nothing', ''],
    ['more than 60 characters', 'x'.repeat(61)],
  ])('refuses %s', (_, typed) => {
    expect(normalizeTrackingCode(typed)).toBeNull();
  });
});

describe('checkMessage', () => {
  it('needs 1 to 10,000 characters', () => {
    expect(checkMessage('   ')).toBe('required');
    expect(checkMessage('ok')).toBeNull();
    expect(checkMessage('x'.repeat(10_001))).toBe('tooLong');
  });
});
