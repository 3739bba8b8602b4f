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

describe('normalizeTrackingCode', () => {
  const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345';

  it('accepts the code as shown, in any case, with or without dashes and spaces', () => {
    expect(normalizeTrackingCode(code)).toBe(code);
    expect(normalizeTrackingCode(code.toLowerCase())).toBe(code);
    expect(normalizeTrackingCode(code.replace(/-/g, ''))).toBe(code);
    expect(normalizeTrackingCode(` ${code.replace(/-/g, ' ')} `)).toBe(code);
    expect(normalizeTrackingCode(code.replace(/-/g, 'ー'))).toBe(code);
    expect(
      normalizeTrackingCode('ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳ－ＴＶＷＸ－ＹＺ０１－２３４５'),
    ).toBe(code);
  });

  it('reads O as zero and I or L as one, as the server does', () => {
    expect(normalizeTrackingCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZOI-2345')).toBe(code);
    expect(normalizeTrackingCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZoL-2345')).toBe(code);
  });

  it('refuses anything else', () => {
    expect(normalizeTrackingCode('')).toBeNull();
    expect(normalizeTrackingCode(code.slice(0, -1))).toBeNull();
    expect(normalizeTrackingCode(`${code}6`)).toBeNull();
    expect(normalizeTrackingCode(code.replace('A', 'U'))).toBeNull();
    expect(normalizeTrackingCode('x'.repeat(61))).toBeNull();
  });
});

describe('checkMessage', () => {
  it('needs 1 to 10,000 characters', () => {
    expect(checkMessage('   ')).toBe('required');
    expect(checkMessage('ok')).toBeNull();
    expect(checkMessage('x'.repeat(10_001))).toBe('tooLong');
  });
});
