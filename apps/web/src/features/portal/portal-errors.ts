import { isApiError } from '@/app/http';
import { i18n } from '@/app/i18n';

/**
 * A failed request in the supplier's words. The portal keeps these texts in its own
 * messages (not app/errors.ts) so that switching language never loads the console's.
 */
export function describeError(e: unknown): string {
  const t = i18n.global.t as unknown as (key: string, named?: Record<string, unknown>) => string;
  if (!isApiError(e) || e.isNetworkError) return t('supplierPortal.errors.network');
  if (e.statusCode === 429) return t('supplierPortal.errors.tooMany');
  if (e.statusCode >= 500) return t('supplierPortal.errors.server');
  return t('supplierPortal.errors.refused', { detail: e.message });
}
