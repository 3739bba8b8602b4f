import type {
  Campaign,
  CreateCampaignRequest,
  MailMessage,
  MailMessageList,
  MailStatus,
  QuestionnaireDetail,
  QuestionnaireSummary,
  QuestionnaireVersion,
  ResponseDetail,
  ResponseRow,
} from '@ses/api-types';
import type { Language } from '@ses/questionnaire';
import { http } from '@/app/http';

/** `GET /api/campaigns/:id/benchmarks`: average rate per theme, overall and per product type. */
export interface Benchmarks {
  overall: Record<string, number>;
  byProductType: Record<string, Record<string, number>>;
}

export interface InvitationPreview {
  subject: string;
  html: string;
  text: string;
}

export type UpdateCampaignRequest = Partial<Pick<Campaign, 'name' | 'dueDate' | 'reminderDaysBefore' | 'remindOverdue'>>;

export interface MailQuery {
  campaignId: string;
  status?: MailStatus;
  page: number;
  pageSize: number;
}

const c = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
const r = (id: string) => `/responses/${encodeURIComponent(id)}`;

export const campaignsApi = {
  list: () => http.get<Campaign[]>('/campaigns'),
  get: (id: string) => http.get<Campaign>(c(id)),
  create: (body: CreateCampaignRequest) => http.post<Campaign>('/campaigns', body),
  update: (id: string, body: UpdateCampaignRequest) => http.patch<Campaign>(c(id), body),
  preview: (id: string, lang: Language) => http.get<InvitationPreview>(`${c(id)}/invitation-preview`, { query: { lang } }),
  launch: (id: string) => http.post<{ queued: number }>(`${c(id)}/launch`),
  close: (id: string) => http.post<Campaign>(`${c(id)}/close`),
  remind: (id: string, responseIds?: string[]) => http.post<{ queued: number }>(`${c(id)}/remind`, responseIds ? { responseIds } : {}),
  reissue: (id: string, responseId: string) =>
    http.post<{ queued: number }>(`${c(id)}/responses/${encodeURIComponent(responseId)}/reissue`),
  responses: (id: string) => http.get<ResponseRow[]>(`${c(id)}/responses`),
  benchmarks: (id: string) => http.get<Benchmarks>(`${c(id)}/benchmarks`),

  response: (id: string) => http.get<ResponseDetail>(r(id)),
  reopen: (id: string) => http.post<ResponseDetail>(`${r(id)}/reopen`),
  revokeLinks: (id: string) => http.post<{ revoked: number }>(`${r(id)}/links/revoke`),
  attachment: (id: string, attachmentId: string, fileName: string) =>
    http.blob(`${r(id)}/attachments/${encodeURIComponent(attachmentId)}`, fileName),

  questionnaires: () => http.get<QuestionnaireSummary[]>('/questionnaires'),
  questionnaire: (id: string) => http.get<QuestionnaireDetail>(`/questionnaires/${encodeURIComponent(id)}`),
  version: (versionId: string) => http.get<QuestionnaireVersion>(`/questionnaires/versions/${encodeURIComponent(versionId)}`),

  mail: (q: MailQuery) => http.get<MailMessageList>('/mail/messages', { query: { ...q } }),
  retryMail: (id: string) => http.post<MailMessage>(`/mail/messages/${encodeURIComponent(id)}/retry`),
};
