import { createCampaignRequestSchema } from '@ses/api-types';
import { describe, expect, it } from 'vitest';
import {
  type CampaignForm,
  addDays,
  addReminderDay,
  emptyForm,
  extendedByRule,
  fieldForIssue,
  fieldFromMessage,
  toCreateRequest,
  validateForm,
} from './campaign-form';

const TODAY = '2026-04-01';
const V = '3f0c7a9e-8d7b-4c39-9a6e-2b8f1f0e4c11';
const S1 = '0b6f3c1e-2a4d-4f4b-9c55-7d1e2f3a4b5c';
const S2 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function valid(patch: Partial<CampaignForm> = {}): CampaignForm {
  return { ...emptyForm(TODAY), name: ' FY2026 CSR ', questionnaireVersionId: V, supplierIds: [S1, S2], ...patch };
}

describe('campaign form defaults', () => {
  it('starts with reminders 7 and 1 days before, weekly overdue reminders, thresholds 80/60/40 and a due date four weeks out', () => {
    const f = emptyForm(TODAY);
    expect(f.reminderDaysBefore).toEqual([7, 1]);
    expect(f.remindOverdue).toBe(true);
    expect(f.thresholds).toEqual({ A: '80', B: '60', C: '40' });
    expect(f.dueDate).toBe('2026-04-29');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-20', 28)).toBe('2027-01-17');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('validateForm', () => {
  it('accepts a complete form', () => {
    expect(validateForm(valid(), TODAY)).toEqual({});
  });

  it('asks for a name, a questionnaire and suppliers', () => {
    const p = validateForm(valid({ name: '  ', questionnaireVersionId: '', supplierIds: [] }), TODAY);
    expect(p.name.key).toBe('required');
    expect(p.questionnaireVersionId.key).toBe('questionnaire');
    expect(p.supplierIds.key).toBe('suppliers');
  });

  it('takes a filter instead of hand-picked suppliers', () => {
    expect(validateForm(valid({ supplierIds: [], useFilter: true }), TODAY).supplierIds).toBeUndefined();
  });

  it('refuses a due date in the past or that is no date, and accepts today', () => {
    expect(validateForm(valid({ dueDate: '2026-03-31' }), TODAY).dueDate.key).toBe('dueDatePast');
    expect(validateForm(valid({ dueDate: '2026-02-30' }), TODAY).dueDate.key).toBe('date');
    expect(validateForm(valid({ dueDate: '' }), TODAY).dueDate.key).toBe('required');
    expect(validateForm(valid({ dueDate: TODAY }), TODAY).dueDate).toBeUndefined();
  });

  it('checks the thresholds (the rules are tested with thresholdProblems)', () => {
    expect(validateForm(valid({ thresholds: { A: '60', B: '60', C: '40' } }), TODAY)).toEqual({ 'thresholds.A': { key: 'thresholdAB' } });
  });

  it('checks reminder days', () => {
    expect(validateForm(valid({ reminderDaysBefore: [0] }), TODAY).reminderDaysBefore.key).toBe('reminderDay');
    expect(validateForm(valid({ reminderDaysBefore: [] }), TODAY)).toEqual({});
  });
});

describe('toCreateRequest', () => {
  it('builds a body the API schema accepts', () => {
    const body = toCreateRequest(valid({ extendedSupplierIds: [S2], reminderDaysBefore: [1, 14, 7] }));
    expect(body).toEqual({
      name: 'FY2026 CSR',
      questionnaireVersionId: V,
      supplierIds: [S1, S2],
      dueDate: '2026-04-29',
      extendedSupplierIds: [S2],
      gradeVisibility: 'after_release',
      depthRule: { highRisk: false, tier1Priority: false },
      reminderDaysBefore: [14, 7, 1],
      remindOverdue: true,
      thresholds: { A: 80, B: 60, C: 40 },
    });
    expect(createCampaignRequestSchema.safeParse(body).success).toBe(true);
  });

  it('sends only the filter criteria that are set, and only when the filter is on', () => {
    const filter = { productType: 'Chemicals', country: '', tier: 1 as const, riskLevel: '' as const, tag: '' };
    expect(toCreateRequest(valid({ useFilter: true, filter })).supplierFilter).toEqual({ productType: 'Chemicals', tier: 1 });
    expect(toCreateRequest(valid({ useFilter: false, filter })).supplierFilter).toBeUndefined();
    const all = toCreateRequest(valid({ useFilter: true, supplierIds: [] }));
    expect(all.supplierFilter).toEqual({});
    expect(createCampaignRequestSchema.safeParse(all).success).toBe(true);
  });

  it('drops extended ids of suppliers no longer chosen', () => {
    expect(toCreateRequest(valid({ supplierIds: [S1], extendedSupplierIds: [S1, S2] })).extendedSupplierIds).toEqual([S1]);
  });
});

describe('reminder day editor', () => {
  it('adds a day, keeping the list unique and furthest first', () => {
    expect(addReminderDay([7, 1], '14')).toEqual({ days: [14, 7, 1] });
    expect(addReminderDay([7, 1], '3')).toEqual({ days: [7, 3, 1] });
  });

  it('says why a day cannot be added', () => {
    expect(addReminderDay([7, 1], '7')).toEqual({ problem: { key: 'reminderDuplicate' } });
    expect(addReminderDay([], '0')).toMatchObject({ problem: { key: 'reminderDay' } });
    expect(addReminderDay([], '2.5')).toMatchObject({ problem: { key: 'reminderDay' } });
    expect(addReminderDay([], '91')).toMatchObject({ problem: { key: 'reminderDay' } });
    expect(addReminderDay([], '')).toMatchObject({ problem: { key: 'reminderDay' } });
    expect(addReminderDay([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], '11')).toMatchObject({ problem: { key: 'tooManyReminders' } });
  });
});

describe('server errors to fields', () => {
  it('maps issue paths to the form fields', () => {
    expect(fieldForIssue('reminderDaysBefore.0')).toBe('reminderDaysBefore');
    expect(fieldForIssue('supplierFilter.country')).toBe('filter.country');
    expect(fieldForIssue('supplierIds.3')).toBe('supplierIds');
    expect(fieldForIssue('thresholds.A')).toBe('thresholds.A');
    expect(fieldForIssue('dueDate')).toBe('dueDate');
  });

  it('reads the field from a message that starts with it', () => {
    expect(fieldFromMessage('supplierIds: no supplier matches')).toBe('supplierIds');
    expect(fieldFromMessage('the campaign has already been launched')).toBeNull();
  });
});

describe('depth rule', () => {
  const rule = { highRisk: true, tier1Priority: true };
  it('extends high-risk suppliers and tier-1 suppliers tagged priority', () => {
    expect(extendedByRule({ riskLevel: 'high', tier: 3, tags: [] }, rule)).toBe(true);
    expect(extendedByRule({ riskLevel: 'low', tier: 1, tags: ['priority'] }, rule)).toBe(true);
    expect(extendedByRule({ riskLevel: 'low', tier: 2, tags: ['priority'] }, rule)).toBe(false);
    expect(extendedByRule({ riskLevel: 'high', tier: 1, tags: ['priority'] }, { highRisk: false, tier1Priority: false })).toBe(false);
  });
});
