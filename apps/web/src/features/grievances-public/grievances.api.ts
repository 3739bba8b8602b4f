import type {
  FileGrievanceRequest,
  FileGrievanceResponse,
  PublicGrievance,
  PublicOrganization,
} from '@ses/api-types';
import { createHttpClient, isApiError } from '@/app/http';
import { i18n } from '@/app/i18n';

// No bearer token, ever: a buyer signed in on the same browser must not be sent along with
// a report (the page is anonymous).
const http = createHttpClient({ baseUrl: '/api' });
const code = (trackingCode: string) => `/public/grievances/${encodeURIComponent(trackingCode)}`;

export const grievancesApi = {
  organization(slug: string) {
    return http.get<PublicOrganization>(`/public/organizations/${encodeURIComponent(slug)}`);
  },
  file(slug: string, body: FileGrievanceRequest) {
    return http.post<FileGrievanceResponse>(`/public/grievances/${encodeURIComponent(slug)}`, body);
  },
  /** The tracking code goes in the API's path only, never in the page's address. */
  follow(trackingCode: string) {
    return http.get<PublicGrievance>(code(trackingCode));
  },
  message(trackingCode: string, body: string) {
    return http.post<object>(`${code(trackingCode)}/messages`, { body });
  },
};

/** A failed request in the reporter's words (429 is told by each form in its own way). */
export function describeError(e: unknown): string {
  const t = i18n.global.t as unknown as (key: string, named?: Record<string, unknown>) => string;
  if (!isApiError(e) || e.isNetworkError) return t('grievancePage.errors.network');
  if (e.statusCode >= 500) return t('grievancePage.errors.server');
  return t('grievancePage.errors.refused', { detail: e.message });
}
