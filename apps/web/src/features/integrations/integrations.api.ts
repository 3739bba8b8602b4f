import type {
  ApiKeyList,
  CreateApiKeyRequest,
  CreateApiKeyResponse,
  CreateWebhookRequest,
  CreateWebhookResponse,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookList,
} from '@ses/api-types';
import { http } from '@/app/http';

const id = (v: string) => encodeURIComponent(v);

export const apiKeysApi = {
  list: () => http.get<ApiKeyList>('/api-keys'),
  create: (body: CreateApiKeyRequest) => http.post<CreateApiKeyResponse>('/api-keys', body),
  revoke: (keyId: string) => http.delete(`/api-keys/${id(keyId)}`),
};

export const webhooksApi = {
  list: () => http.get<WebhookList>('/webhooks'),
  create: (body: CreateWebhookRequest) => http.post<CreateWebhookResponse>('/webhooks', body),
  remove: (hookId: string) => http.delete(`/webhooks/${id(hookId)}`),
  deliveries: (hookId: string) => http.get<WebhookDeliveryList>(`/webhooks/${id(hookId)}/deliveries`),
  replay: (hookId: string, deliveryId: string) =>
    http.post<WebhookDelivery>(`/webhooks/${id(hookId)}/deliveries/${id(deliveryId)}/replay`),
};
