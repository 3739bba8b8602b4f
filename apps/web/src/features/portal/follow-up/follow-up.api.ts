import type { Attachment, FeedbackSheet, PortalCorrectiveAction } from '@ses/api-types';
import { createHttpClient } from '@/app/http';
import type { Locale } from '@/app/locale';

// As in portal.api.ts: the link's token is the credential, no bearer token is sent.
const http = createHttpClient({ baseUrl: '/api' });

const base = (token: string) => `/portal/${encodeURIComponent(token)}`;
const action = (token: string, id: string) =>
  `${base(token)}/corrective-actions/${encodeURIComponent(id)}`;

export const followUpApi = {
  /** 404 with code FEEDBACK_NOT_RELEASED until the buyer releases the sheet. */
  feedback(token: string, lang: Locale) {
    return http.get<FeedbackSheet>(`${base(token)}/feedback`, { query: { lang } });
  },
  feedbackPdf(token: string, lang: Locale) {
    return http.blob(`${base(token)}/feedback.pdf`, 'feedback.pdf', { query: { lang } });
  },
  actions(token: string) {
    return http.get<PortalCorrectiveAction[]>(`${base(token)}/corrective-actions`);
  },
  action(token: string, id: string) {
    return http.get<PortalCorrectiveAction>(action(token, id));
  },
  plan(token: string, id: string, plan: string) {
    return http.post<PortalCorrectiveAction>(`${action(token, id)}/plan`, { plan });
  },
  report(token: string, id: string, report: string) {
    return http.post<PortalCorrectiveAction>(`${action(token, id)}/report`, { report });
  },
  message(token: string, id: string, comment: string) {
    return http.post<PortalCorrectiveAction>(`${action(token, id)}/messages`, { comment });
  },
  upload(token: string, id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.post<Attachment>(`${action(token, id)}/attachments`, form);
  },
  download(token: string, id: string, file: Attachment) {
    return http.blob(
      `${action(token, id)}/attachments/${encodeURIComponent(file.id)}`,
      file.filename,
    );
  },
  remove(token: string, id: string, fileId: string) {
    return http.delete(`${action(token, id)}/attachments/${encodeURIComponent(fileId)}`);
  },
};
