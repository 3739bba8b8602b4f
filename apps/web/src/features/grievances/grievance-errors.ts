import { errorMessage } from '@/app/errors';
import { isApiError } from '@/app/http';
import { hasMessage, tDynamic } from '@/app/i18n';

/** Error text for grievance requests: this feature's own wording for its codes first. */
export function grievanceErrorMessage(e: unknown): string {
  const key = isApiError(e) && e.code ? `grievances.errors.${e.code}` : '';
  return key && hasMessage(key) ? tDynamic(key) : errorMessage(e);
}
