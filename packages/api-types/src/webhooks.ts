import { z } from 'zod';
import { gradeSchema } from '@ses/scoring';

/** The events a webhook can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'response.submitted',
  'response.graded',
  'feedback.released',
  'corrective_action.status_changed',
  'grievance.received',
  'supplier.created',
] as const;
export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;

/** POST /api/webhooks */
export const createWebhookRequestSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, message: 'url must be an http:// or https:// URL' })
    .max(2000),
  events: z.array(webhookEventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length),
});
export type CreateWebhookRequest = z.infer<typeof createWebhookRequestSchema>;

/** The signing secret (`whsec_<base64 key>`) is returned only here, once. */
export const createWebhookResponseSchema = z.object({ id: z.uuid(), secret: z.string() });
export type CreateWebhookResponse = z.infer<typeof createWebhookResponseSchema>;

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  createdAt: z.iso.datetime(),
});
export type Webhook = z.infer<typeof webhookSchema>;
export const webhookListSchema = z.object({ items: z.array(webhookSchema) });
export type WebhookList = z.infer<typeof webhookListSchema>;

/**
 * `pending` (queued or waiting for a retry), `sending` (a worker holds it), `delivered`
 * (the receiver answered 2xx), `failed` (given up after the retries; can be replayed).
 */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed'] as const;
export const webhookDeliveryStatusSchema = z.enum(WEBHOOK_DELIVERY_STATUSES);

export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  /** The `webhook-id` header: the same on every attempt and replay of this event. */
  messageId: z.string(),
  eventType: webhookEventTypeSchema,
  status: webhookDeliveryStatusSchema,
  attempts: z.int32(),
  /** The receiver's last HTTP status, if it answered. */
  lastStatusCode: z.int32().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
export const webhookDeliveryListSchema = z.object({ items: z.array(webhookDeliverySchema) });
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryListSchema>;

// ---- payloads: the JSON body of each delivery, `{ type, timestamp, data }` ----

const envelope = <T extends WebhookEventType, D extends z.ZodType>(type: T, data: D) =>
  z.object({
    type: z.literal(type),
    /** When the change happened. */
    timestamp: z.iso.datetime(),
    data,
  });

const responseRef = {
  organizationId: z.uuid(),
  responseId: z.uuid(),
  campaignId: z.uuid(),
  supplierId: z.uuid(),
};

export const responseSubmittedPayloadSchema = envelope(
  'response.submitted',
  z.object({ ...responseRef, submittedAt: z.iso.datetime() }),
);
export const responseGradedPayloadSchema = envelope(
  'response.graded',
  z.object({
    ...responseRef,
    /** The overall grade in force: computed, or overridden by a buyer. */
    overallGrade: gradeSchema.nullable(),
    /** Each theme's grade in force. */
    themeGrades: z.record(z.string(), gradeSchema),
    /** `submission` when computed, `override` when a buyer changed or withdrew a grade. */
    source: z.enum(['submission', 'override']),
  }),
);
export const feedbackReleasedPayloadSchema = envelope(
  'feedback.released',
  z.object({ organizationId: z.uuid(), campaignId: z.uuid(), responseIds: z.array(z.uuid()) }),
);
export const correctiveActionStatusChangedPayloadSchema = envelope(
  'corrective_action.status_changed',
  z.object({
    organizationId: z.uuid(),
    correctiveActionId: z.uuid(),
    supplierId: z.uuid(),
    responseId: z.uuid(),
    from: z.string(),
    to: z.string(),
  }),
);
export const grievanceReceivedPayloadSchema = envelope(
  'grievance.received',
  /** Never the report's text or the reporter: receivers fetch what they may see. */
  z.object({ organizationId: z.uuid(), grievanceId: z.uuid(), category: z.string(), receivedAt: z.iso.datetime() }),
);
export const supplierCreatedPayloadSchema = envelope(
  'supplier.created',
  z.object({ organizationId: z.uuid(), supplierId: z.uuid(), name: z.string(), code: z.string().nullable() }),
);

export const webhookPayloadSchema = z.discriminatedUnion('type', [
  responseSubmittedPayloadSchema,
  responseGradedPayloadSchema,
  feedbackReleasedPayloadSchema,
  correctiveActionStatusChangedPayloadSchema,
  grievanceReceivedPayloadSchema,
  supplierCreatedPayloadSchema,
]);
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
export type WebhookPayloadOf<T extends WebhookEventType> = Extract<WebhookPayload, { type: T }>;
