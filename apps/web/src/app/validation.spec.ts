import { createSupplierRequestSchema, signupRequestSchema } from '@ses/api-types';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import ja from '../locales/ja.json';
import { addLocaleMessages, i18n } from './i18n';
import { validate } from './validation';

beforeAll(() => {
  addLocaleMessages('en', en);
  addLocaleMessages('ja', ja);
});

describe('validate with the shared schemas', () => {
  it('returns the parsed data when valid', () => {
    const r = validate(signupRequestSchema, { organizationName: 'ACME', name: 'Hanako', email: ' Hanako@Example.COM ', password: 'correct horse battery' });
    expect(r).toEqual({ ok: true, data: { organizationName: 'ACME', name: 'Hanako', email: 'hanako@example.com', password: 'correct horse battery' } });
  });

  it('gives one translated message per field', () => {
    i18n.global.locale.value = 'en';
    const r = validate(signupRequestSchema, { organizationName: '', name: 'x', email: 'nope', password: 'short' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      organizationName: 'This field is required.',
      email: 'Enter a valid e-mail address.',
      password: 'Enter at least 8 characters.',
    });
  });

  it('translates the refinements of the password rule, in Japanese too', () => {
    i18n.global.locale.value = 'ja';
    const r = validate(signupRequestSchema, { organizationName: 'a', name: 'b', email: 'a@b.jp', password: 'password' });
    expect(r.ok ? null : r.errors.password).toBe(ja.validation.passwordCommon);
    i18n.global.locale.value = 'en';
  });

  it('names nested fields by path and applies field overrides', () => {
    const r = validate(
      createSupplierRequestSchema,
      { name: 'A', productType: 'P', country: 'Japan', contacts: [{ name: 'X', email: 'bad', language: 'ja' }] },
      { country: 'validation.country' },
    );
    expect(r.ok ? null : r.errors).toEqual({ country: 'Choose a country.', 'contacts.0.email': 'Enter a valid e-mail address.' });
  });
});
