import type { OrganizationSettings, UpdateOrganizationRequest } from '@ses/api-types';
import { http } from '@/app/http';

export const settingsApi = {
  get: () => http.get<OrganizationSettings>('/organization'),
  /** Admin only. */
  update: (body: UpdateOrganizationRequest) => http.patch<OrganizationSettings>('/organization', body),
};
