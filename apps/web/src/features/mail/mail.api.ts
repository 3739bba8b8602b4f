import { http } from '@/app/http';

/** `GET /api/mail-preview`: messages caught by the built-in SMTP catcher, newest first. */
export interface MailSummary {
  id: string;
  to: string[];
  subject: string;
  date: string;
}

export interface MailMessage extends MailSummary {
  from: string;
  html: string | null;
  text: string | null;
}

export const mailApi = {
  list: () => http.get<MailSummary[]>('/mail-preview'),
  get: (id: string) => http.get<MailMessage>(`/mail-preview/${encodeURIComponent(id)}`),
};
