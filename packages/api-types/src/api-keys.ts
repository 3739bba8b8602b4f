import { z } from 'zod';

/** `read`: GET requests only; `write`: everything a buyer can do (never user, settings or key management). */
export const API_KEY_SCOPES = ['read', 'write'] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

/** Every key starts with this, so that secret scanners can recognise a leaked one. */
export const API_KEY_PREFIX = 'ses_live_';

/** POST /api/api-keys */
export const createApiKeyRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scope: apiKeyScopeSchema,
  /** Optional end of validity; must lie in the future. */
  expiresAt: z.iso
    .datetime({ offset: true })
    .refine((v) => Date.parse(v) > Date.now(), 'expiresAt must lie in the future')
    .optional(),
});
export type CreateApiKeyRequest = z.infer<typeof createApiKeyRequestSchema>;

/** The key itself is returned only here, once. */
export const createApiKeyResponseSchema = z.object({ id: z.uuid(), key: z.string() });
export type CreateApiKeyResponse = z.infer<typeof createApiKeyResponseSchema>;

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: apiKeyScopeSchema,
  /** The key's first characters, enough to recognise it (never the whole key). */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });
export type ApiKeyList = z.infer<typeof apiKeyListSchema>;
