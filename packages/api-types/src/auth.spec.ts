import { describe, expect, it } from 'vitest';
import { emailSchema, passwordSchema } from './auth.js';
import { createSupplierRequestSchema } from './suppliers.js';
import { createCampaignRequestSchema } from './campaigns.js';

describe('wire shapes', () => {
  it.each([
    ['short', false],
    ['password123', false],
    ['aaaaaaaaaaaa', false],
    ['correct horse battery', true],
    ['x'.repeat(64) + 'yz1!', true],
    ['長いパスフレーズです123', true],
  ])('password %j acceptable: %s', (p, ok) => {
    expect(passwordSchema.safeParse(p).success).toBe(ok);
  });

  it('normalises e-mail addresses', () => {
    expect(emailSchema.parse('  Hanako@Example.JP ')).toBe('hanako@example.jp');
    expect(emailSchema.safeParse('no-at-sign').success).toBe(false);
  });

  it('fills supplier defaults and upper-cases the country', () => {
    expect(createSupplierRequestSchema.parse({ name: 'A', productType: 'B', country: 'jp' })).toMatchObject({
      country: 'JP', tier: 1, riskLevel: 'medium', tags: [], contacts: [],
    });
  });

  it('needs suppliers by id or by filter for a campaign', () => {
    const base = { name: 'C', questionnaireVersionId: '00000000-0000-4000-8000-000000000000', dueDate: '2026-12-31' };
    expect(createCampaignRequestSchema.safeParse(base).success).toBe(false);
    expect(createCampaignRequestSchema.safeParse({ ...base, supplierFilter: { tier: 1 } }).success).toBe(true);
    expect(createCampaignRequestSchema.parse({ ...base, supplierIds: [base.questionnaireVersionId] }).reminderDaysBefore).toEqual([7, 1]);
  });
});
