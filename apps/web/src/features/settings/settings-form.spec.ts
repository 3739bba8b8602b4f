import { describe, expect, it } from 'vitest';
import type { OrganizationSettings } from '@ses/api-types';
import { type SettingsForm, formFromSettings, grievancePageUrl, patchFromForm, settingsProblems } from './settings-form';

const saved: OrganizationSettings = { id: '00000000-0000-4000-8000-000000000001', name: 'ACME', slug: 'acme', thresholds: null };
const form = (over: Partial<SettingsForm> = {}): SettingsForm => ({
  name: 'ACME',
  useDefaults: false,
  thresholds: { A: '85', B: '65', C: '45' },
  ...over,
});

describe('formFromSettings', () => {
  it('shows the defaults in the inputs when the organisation has none of its own', () => {
    expect(formFromSettings(saved)).toEqual({ name: 'ACME', useDefaults: true, thresholds: { A: '80', B: '60', C: '40' } });
  });

  it('shows the organisation’s own thresholds', () => {
    expect(formFromSettings({ ...saved, thresholds: { A: 90, B: 70.5, C: 50 } }).thresholds).toEqual({ A: '90', B: '70.5', C: '50' });
  });
});

describe('settingsProblems', () => {
  it('accepts a name and ordered thresholds within 0–100', () => {
    expect(settingsProblems(form())).toEqual({});
  });

  it('needs a name of at most 200 characters', () => {
    expect(settingsProblems(form({ name: '  ' })).name?.key).toBe('nameRequired');
    expect(settingsProblems(form({ name: 'x'.repeat(201) })).name?.key).toBe('nameTooLong');
  });

  it('adds the thresholds’ problems (the rules are tested with thresholdProblems)', () => {
    expect(settingsProblems(form({ name: '', thresholds: { A: '60', B: '60', C: '40' } }))).toEqual({
      name: { key: 'nameRequired' },
      'thresholds.A': { key: 'thresholdAB' },
    });
  });

  it('ignores the inputs while the defaults are chosen', () => {
    expect(settingsProblems(form({ useDefaults: true, thresholds: { A: '', B: '', C: '' } }))).toEqual({});
  });
});

describe('patchFromForm', () => {
  it('sends null thresholds for the defaults, and the name only when it changed', () => {
    expect(patchFromForm(form({ useDefaults: true }), saved)).toEqual({ thresholds: null });
    expect(patchFromForm(form({ name: ' ACME Japan ' }), saved)).toEqual({ name: 'ACME Japan', thresholds: { A: 85, B: 65, C: 45 } });
  });
});

describe('grievancePageUrl', () => {
  it('is the origin, /g/ and the slug', () => {
    expect(grievancePageUrl('https://ses.example', 'acme-co')).toBe('https://ses.example/g/acme-co');
  });
});
