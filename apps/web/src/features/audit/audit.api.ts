import type { AuditEventList, AuditExportQuery, AuditListQuery, AuditVerify } from '@ses/api-types';
import { http, type Query } from '@/app/http';

export const auditApi = {
  list: (query: AuditListQuery, signal?: AbortSignal) => http.get<AuditEventList>('/audit', { query: query as Query, signal }),
  verify: () => http.get<AuditVerify>('/audit/verify'),
  /** The filtered events as CSV or XLSX, with each hash, headers in the UI's language. */
  exportFile: (query: AuditExportQuery) =>
    http.blob('/audit/export', `audit-log.${query.format ?? 'csv'}`, { query: query as Query }),
};
