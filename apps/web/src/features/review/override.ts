import { LETTER_GRADES, LIMITS, type Override } from '@ses/api-types';

export const OVERRIDE_GRADES = LETTER_GRADES;
export type OverrideGrade = (typeof OVERRIDE_GRADES)[number];
export const MIN_REASON = LIMITS.override.reasonMin;
export const MAX_REASON = LIMITS.override.reasonMax;

export interface OverrideDraft {
  /** A theme key, or '' for the overall grade. */
  theme: string;
  grade: string;
  reason: string;
}

export type OverrideErrors = Partial<Record<'grade' | 'reason', 'required' | 'tooShort' | 'tooLong' | 'invalid'>>;

/** The same rules as the API's `overrideRequestSchema`, checked before sending. */
export function validateOverride(draft: OverrideDraft): OverrideErrors {
  const errors: OverrideErrors = {};
  if (!draft.grade) errors.grade = 'required';
  else if (!(OVERRIDE_GRADES as readonly string[]).includes(draft.grade)) errors.grade = 'invalid';
  const reason = draft.reason.trim();
  if (!reason) errors.reason = 'required';
  else if (reason.length < MIN_REASON) errors.reason = 'tooShort';
  else if (reason.length > MAX_REASON) errors.reason = 'tooLong';
  return errors;
}

/** The request body for a valid draft. */
export function overrideBody(draft: OverrideDraft): { theme?: string; grade: OverrideGrade; reason: string } {
  return { ...(draft.theme ? { theme: draft.theme } : {}), grade: draft.grade as OverrideGrade, reason: draft.reason.trim() };
}

/** The override standing for each theme ('' for overall): the latest one not withdrawn. */
export function standingOverrides(list: Override[]): Map<string, Override> {
  const out = new Map<string, Override>();
  const sorted = [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const o of sorted) {
    const key = o.theme ?? '';
    if (o.withdrawnAt) {
      if (out.get(key)?.id === o.id) out.delete(key);
      continue;
    }
    out.set(key, o);
  }
  return out;
}
