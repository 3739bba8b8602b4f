import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

/**
 * A message's delivery status: `pending` (queued or waiting for a retry), `sending` (a
 * worker holds it), `sent` (the SMTP server accepted it), `failed` (given up after the
 * retries; a buyer can retry it).
 */
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const mailStatusSchema = z.enum(MAIL_STATUSES);
export type MailStatus = z.infer<typeof mailStatusSchema>;

/** GET /api/mail/messages */
export const mailMessageListQuerySchema = pageQuerySchema.extend({
  campaignId: z.uuid().optional(),
  responseId: z.uuid().optional(),
  status: mailStatusSchema.optional(),
});
export type MailMessageListQuery = z.input<typeof mailMessageListQuerySchema>;

export const mailMessageSchema = z.object({
  id: z.uuid(),
  /** What the message is: `invitation`, `reminder`, `overdue_reminder`, `welcome`, … */
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  status: mailStatusSchema,
  /** Deliveries tried so far (a refused or interrupted one counts). */
  attempts: z.int32(),
  /** The last SMTP error, without the message's content. */
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  /** When the next try is due, while the message waits for a retry. */
  nextAttemptAt: z.iso.datetime().nullable(),
  campaignId: z.uuid().nullable(),
  responseId: z.uuid().nullable(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailMessageListSchema = pageOf(mailMessageSchema);
export type MailMessageList = z.infer<typeof mailMessageListSchema>;

/** GET /api/mail-preview: a message caught by the built-in SMTP catcher. */
export const caughtMailSummarySchema = z.object({ id: z.string(), to: z.array(z.string()), subject: z.string(), date: z.string() });
/** GET /api/mail-preview/:id */
export const caughtMailSchema = caughtMailSummarySchema.extend({ from: z.string(), html: z.string().nullable(), text: z.string().nullable() });
export type CaughtMail = z.infer<typeof caughtMailSchema>;
