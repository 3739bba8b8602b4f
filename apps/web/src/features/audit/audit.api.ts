import type { AuditEventList, AuditListQuery, AuditVerify } from '@ses/api-types';
import { http, type Query } from '@/app/http';

export const auditApi = {
  list: (query: AuditListQuery, signal?: AbortSignal) => http.get<AuditEventList>('/audit', { query: query as Query, signal }),
  verify: () => http.get<AuditVerify>('/audit/verify'),
};
