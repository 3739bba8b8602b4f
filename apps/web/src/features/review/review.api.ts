import type { Dashboard, ExportJob, FeedbackSheet, FeedbackStatus, MatrixRow, Override, OverrideRequest, PendingApproval } from '@ses/api-types';
import type { Language, LocalizedText } from '@ses/questionnaire';
import { http } from '@/app/http';
import type { MatrixApiQuery } from './matrix-query';

/** `GET /api/campaigns/:id/matrix`: one page of the supplier × theme matrix. */
export interface MatrixPage {
  items: MatrixRow[];
  total: number;
  page: number;
  pageSize: number;
  themes: { key: string; title: LocalizedText }[];
}

export interface ResponseEvent {
  kind: 'submitted' | 'reopened' | 'override' | 'override_withdrawn' | 'feedback_released' | string;
  actor: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export type ExportFormat = 'csv' | 'xlsx';

const c = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
const r = (id: string) => `/responses/${encodeURIComponent(id)}`;

/** The buyer's review of results: dashboard, matrix, exports, overrides and feedback sheets. */
export const reviewApi = {
  dashboard: (id: string) => http.get<Dashboard>(`${c(id)}/dashboard`),
  matrix: (id: string, query: MatrixApiQuery, signal?: AbortSignal) =>
    http.get<MatrixPage>(`${c(id)}/matrix`, { query: { ...query }, signal }),
  /** Headers and values in `lang` (the UI's language). */
  exportMatrix: (id: string, query: Omit<MatrixApiQuery, 'page' | 'pageSize'>, format: ExportFormat, lang: Language) =>
    http.blob(`${c(id)}/matrix/export`, `matrix.${format}`, { query: { ...query, format, lang } }),
  exportAnswers: (id: string, format: ExportFormat, lang: Language) =>
    http.blob(`${c(id)}/answers/export`, `answers.${format}`, { query: { format, lang } }),

  overrides: (responseId: string) => http.get<Override[]>(`${r(responseId)}/overrides`),
  override: (responseId: string, body: OverrideRequest) => http.post<Override[] | PendingApproval>(`${r(responseId)}/override`, body),
  withdraw: (responseId: string, theme: string | null) =>
    http.delete<Override[]>(`${r(responseId)}/override`, { query: { theme: theme ?? undefined } }),
  history: (responseId: string) => http.get<ResponseEvent[]>(`${r(responseId)}/history`),

  feedback: (responseId: string, lang: Language) => http.get<FeedbackSheet>(`${r(responseId)}/feedback`, { query: { lang } }),
  feedbackPdf: (responseId: string, lang: Language) => http.blob(`${r(responseId)}/feedback.pdf`, 'feedback.pdf', { query: { lang } }),
  /** Without ids: every graded sheet not on hold. */
  release: (campaignId: string, responseIds?: string[]) =>
    http.post<{ released: number; queued: number } | PendingApproval>(`${c(campaignId)}/feedback/release`, responseIds ? { responseIds } : {}),
  releaseStatus: (campaignId: string) => http.get<FeedbackStatus[]>(`${c(campaignId)}/feedback/status`),
  hold: (responseId: string, hold: boolean) => http.put<FeedbackStatus>(`${r(responseId)}/feedback/hold`, { hold }),
  /** The zip of every sheet is made in the background: start it, follow it, then download it. */
  startFeedbackZip: (campaignId: string) => http.post<ExportJob>(`${c(campaignId)}/feedback.zip/jobs`),
  exportJob: (id: string) => http.get<ExportJob>(`/exports/${encodeURIComponent(id)}`),
  exportDownload: (id: string) => http.blob(`/exports/${encodeURIComponent(id)}/download`, 'feedback-sheets.zip'),
};
