import type { Declaration, PortalResponse } from '@ses/api-types';
import { createHttpClient } from '@/app/http';
import type { AnswerBody } from './autosave';
import type { AnswerSheetResult, Attachment, PortalData } from './portal.types';

// No bearer token: the link's token is the credential, and a buyer signed in on the same
// browser must not have their session sent along.
const http = createHttpClient({ baseUrl: '/api' });
// For the last save when the page goes away: the browser finishes the request after unload.
const lastGasp = createHttpClient({
  baseUrl: '/api',
  fetch: (input, init) => fetch(input, { ...init, keepalive: true }),
});

const base = (token: string) => `/portal/${encodeURIComponent(token)}`;

export const portalApi = {
  async get(token: string): Promise<PortalData> {
    return (await http.get<PortalResponse>(base(token))) as PortalData;
  },
  save(token: string, version: number, answers: Record<string, AnswerBody>, keepalive = false) {
    return (keepalive ? lastGasp : http).put<{ version: number }>(`${base(token)}/answers`, {
      version,
      answers,
    });
  },
  upload(token: string, questionId: string, file: File) {
    // The server reads the fields in order: questionId must come before the file.
    const form = new FormData();
    form.append('questionId', questionId);
    form.append('file', file, file.name);
    return http.post<Attachment>(`${base(token)}/attachments`, form);
  },
  remove(token: string, attachmentId: string) {
    return http.delete(`${base(token)}/attachments/${encodeURIComponent(attachmentId)}`);
  },
  download(token: string, attachment: Attachment) {
    return http.blob(
      `${base(token)}/attachments/${encodeURIComponent(attachment.id)}`,
      attachment.filename,
    );
  },
  answerSheet(token: string) {
    return http.blob(`${base(token)}/answer-sheet`, 'answer-sheet.xlsx');
  },
  uploadAnswerSheet(token: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.post<AnswerSheetResult>(`${base(token)}/answer-sheet`, form);
  },
  async submit(token: string, declaration: Declaration): Promise<PortalData> {
    return (await http.post<PortalResponse>(`${base(token)}/submit`, {
      declaration,
    })) as PortalData;
  },
};
