import type {
  Campaign,
  CorrectiveActionDetail,
  CorrectiveActionList,
  CorrectiveActionListQuery,
  CreateCorrectiveActionRequest,
  PendingApproval,
  QuestionnaireVersion,
  ResponseRow,
  ReviewPlanRequest,
  UpdateCorrectiveActionRequest,
  User,
} from '@ses/api-types';
import { http, type Query } from '@/app/http';

const a = (id: string) => `/corrective-actions/${encodeURIComponent(id)}`;

export const correctiveActionsApi = {
  list: (query: CorrectiveActionListQuery, signal?: AbortSignal) =>
    http.get<CorrectiveActionList>('/corrective-actions', { query: query as Query, signal }),
  get: (id: string) => http.get<CorrectiveActionDetail>(a(id)),
  open: (body: CreateCorrectiveActionRequest) => http.post<CorrectiveActionDetail>('/corrective-actions', body),
  update: (id: string, body: UpdateCorrectiveActionRequest) => http.patch<CorrectiveActionDetail>(a(id), body),
  review: (id: string, body: ReviewPlanRequest) => http.post<CorrectiveActionDetail>(`${a(id)}/review`, body),
  returnReport: (id: string, comment: string) => http.post<CorrectiveActionDetail>(`${a(id)}/return`, { comment }),
  verify: (id: string, comment: string) => http.post<CorrectiveActionDetail | PendingApproval>(`${a(id)}/verify`, { comment }),
  escalate: (id: string, comment: string) => http.post<CorrectiveActionDetail>(`${a(id)}/escalate`, { comment }),
  message: (id: string, comment: string) => http.post<CorrectiveActionDetail>(`${a(id)}/messages`, { comment }),
  evidence: (id: string, attachmentId: string, fileName: string) =>
    http.blob(`${a(id)}/attachments/${encodeURIComponent(attachmentId)}`, fileName),

  // What the board's filters and the "open by hand" dialog choose from.
  campaigns: () => http.get<Campaign[]>('/campaigns'),
  responses: (campaignId: string) => http.get<ResponseRow[]>(`/campaigns/${encodeURIComponent(campaignId)}/responses`),
  version: (versionId: string) => http.get<QuestionnaireVersion>(`/questionnaires/versions/${encodeURIComponent(versionId)}`),
  /** Admin only: the owner picker. */
  users: () => http.get<User[]>('/users'),
};
