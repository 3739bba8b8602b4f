import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ISSUE_CODES } from '@ses/api-types/rules';
import en from '@/locales/en.json';
import ja from '@/locales/ja.json';

/**
 * Every error code the API sends and every validation issue code has a message in every
 * console locale, so that no server wording reaches the page untranslated.
 */
describe.each([
  ['en', en],
  ['ja', ja],
])('error messages (%s)', (_lang, messages) => {
  const errors = messages.errors as { code: Record<string, string>; issue: Record<string, string> };
  it.each(ERROR_CODES)('has a message for the error code %s', (code) => {
    expect(errors.code[code]).toBeTruthy();
  });
  it.each(ISSUE_CODES)('has a message for the issue code %s', (code) => {
    expect(errors.issue[code]).toBeTruthy();
  });
});
