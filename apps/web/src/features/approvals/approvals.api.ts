import type { Approval, ApprovalStatus } from '@ses/api-types';
import { http } from '@/app/http';

const a = (id: string) => `/approvals/${encodeURIComponent(id)}`;

export const approvalsApi = {
  list: (status?: ApprovalStatus) => http.get<Approval[]>('/approvals', { query: { status } }),
  approve: (id: string, comment: string) => http.post<Approval>(`${a(id)}/approve`, { comment }),
  reject: (id: string, comment: string) => http.post<Approval>(`${a(id)}/reject`, { comment }),
};
