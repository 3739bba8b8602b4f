import { z } from 'zod';
import { roleSchema } from './auth.js';

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a domain such as example.com');

/**
 * PUT /api/organization/sso (admin): single sign-on with the company's OpenID provider.
 * `clientSecret` may be left out to keep the stored one; it is never returned.
 */
export const ssoConfigRequestSchema = z.object({
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).optional(),
  /** The ID-token claim holding the user's groups or app roles, e.g. `roles` (Entra ID) or `groups` (Okta). */
  roleClaim: z.string().trim().min(1).max(200).default('roles'),
  /** Claim value → role; with several matches the strongest role wins. */
  roleMapping: z.record(z.string().min(1).max(300), roleSchema).default({}),
  /** The role of a user whose claim matches nothing; null refuses them. */
  defaultRole: roleSchema.nullable().default(null),
  /** E-mail domains allowed to sign in (empty: any). */
  allowedDomains: z.array(domainSchema).max(50).default([]),
  /** When true, password login is off for every user of the organisation. */
  mandatory: z.boolean().default(false),
});
export type SsoConfigRequest = z.input<typeof ssoConfigRequestSchema>;

export const ssoConfigSchema = z.object({
  issuer: z.string(),
  clientId: z.string(),
  /** The secret's last 4 characters, masked: it is never returned in full. */
  clientSecretHint: z.string(),
  roleClaim: z.string(),
  roleMapping: z.record(z.string(), roleSchema),
  defaultRole: roleSchema.nullable(),
  allowedDomains: z.array(z.string()),
  mandatory: z.boolean(),
  /** Where the provider must send users back: register it with the provider. */
  redirectUri: z.string(),
  /** Where sign-in starts for this organisation. */
  loginUrl: z.string(),
});
export type SsoConfig = z.infer<typeof ssoConfigSchema>;

/** GET /api/auth/sso/:orgSlug: what the login page needs (public). */
export const ssoStatusSchema = z.object({ enabled: z.boolean(), mandatory: z.boolean() });
