import { errorMessage } from '@/app/errors';
import { isApiError } from '@/app/http';
import { hasMessage, tDynamic } from '@/app/i18n';

/** Error text for corrective-action requests: this feature's own wording for its codes first. */
export function caErrorMessage(e: unknown): string {
  const key = isApiError(e) && e.code ? `correctiveActions.errors.${e.code}` : '';
  return key && hasMessage(key) ? tDynamic(key) : errorMessage(e);
}
