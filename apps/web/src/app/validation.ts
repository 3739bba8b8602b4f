import { tDynamic } from './i18n';

/** The parts of a zod issue we read (structural, so this file needs no zod import). */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint | Date;
  maximum?: number | bigint | Date;
  origin?: string;
  format?: string;
  input?: unknown;
}

export interface SchemaLike<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
}

export type FieldErrors = Record<string, string>;
export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Refinements of the shared schemas whose messages we translate (by their English text). */
const CUSTOM_MESSAGES: Record<string, string> = {
  'this password is too common': 'validation.passwordCommon',
  'the password needs at least 5 different characters': 'validation.passwordVariety',
  'nothing to change': 'validation.nothingToChange',
};

export function pathKey(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** One issue in the user's language. `overrides` name a message key per field path. */
export function issueMessage(issue: IssueLike, overrides: Record<string, string> = {}): string {
  const override = overrides[pathKey(issue.path)];
  if (override && issue.code !== 'too_big') return tDynamic(override);
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? tDynamic('validation.required') : tDynamic('validation.minLength', { min });
      if (issue.origin === 'array') return tDynamic('validation.minItems', { min });
      return tDynamic('validation.min', { min });
    case 'too_big':
      if (issue.origin === 'string') return tDynamic('validation.maxLength', { max });
      if (issue.origin === 'array') return tDynamic('validation.maxItems', { max });
      return tDynamic('validation.max', { max });
    case 'invalid_format':
      if (issue.input === '') return tDynamic('validation.required');
      return issue.format === 'email' ? tDynamic('validation.email') : tDynamic('validation.format');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? tDynamic('validation.required')
        : tDynamic('validation.invalid');
    case 'invalid_value':
      return tDynamic('validation.choose');
    case 'custom': {
      const key = CUSTOM_MESSAGES[issue.message];
      return key ? tDynamic(key) : issue.message;
    }
    default:
      return tDynamic('validation.invalid');
  }
}

/**
 * Checks form data against a shared wire schema (the same one the API uses) and returns the
 * parsed data or one translated message per field path (`contacts.0.email`).
 */
export function validate<T>(schema: SchemaLike<T>, data: unknown, overrides?: Record<string, string>): ValidationResult<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = pathKey(issue.path) || '_form';
    errors[key] ??= issueMessage(issue, overrides);
  }
  return { ok: false, errors };
}
