import { errorMessage } from '@/app/errors';
import { isApiError } from '@/app/http';
import { hasMessage, tDynamic } from '@/app/i18n';
import type { Problem } from './questionnaire-lib';

/** Like `errorMessage`, with this feature's own wording for its error codes first. */
export function questionnaireError(e: unknown): string {
  if (isApiError(e) && e.code && hasMessage(`questionnaires.errors.${e.code}`)) {
    return tDynamic(`questionnaires.errors.${e.code}`, { detail: e.message });
  }
  return errorMessage(e);
}

/** The problems of a 400 on a definition (`issues`), if that is what the error is. */
export function definitionProblems(e: unknown): Problem[] {
  if (!isApiError(e) || e.statusCode !== 400 || !e.issues.length) return [];
  return e.issues.map((i) => ({ path: i.path, message: i.message }));
}
