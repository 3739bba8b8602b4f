import { z } from 'zod';
import { LIMITS } from './rules/index.js';
import { approvalSettingsSchema } from './approvals.js';

export const ROLES = ['admin', 'buyer', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.emailMax)
  .pipe(z.email({ message: 'a valid e-mail address is required' }));

/** The few passwords people reach for first; refused whatever their length. */
const COMMON_PASSWORDS = new Set([
  'password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwertyui',
  'qwerty123', 'iloveyou', 'letmein1', 'welcome1', 'admin123', 'abc12345', 'passw0rd',
  '11111111', '00000000', 'abcdefgh', 'baseball', 'football', 'sunshine', 'changeme',
]);

/**
 * Minimum strength: 8 to 256 characters (long passphrases welcome), not a well-known
 * password, and at least 5 different characters so that "aaaaaaaa" or "12121212" fail.
 */
export const passwordSchema = z
  .string()
  .min(LIMITS.password.min, `the password needs at least ${LIMITS.password.min} characters`)
  .max(LIMITS.password.max, `the password may have at most ${LIMITS.password.max} characters`)
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), 'this password is too common')
  .refine((p) => new Set(p).size >= 5, 'the password needs at least 5 different characters');

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.iso.datetime(),
  /** false once an admin has deactivated the account: it cannot sign in and has no sessions. */
  active: z.boolean().optional(),
});
export type User = z.infer<typeof userSchema>;

export const signupRequestSchema = z.object({
  organizationName: z.string().trim().min(1).max(LIMITS.nameMax),
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  email: emailSchema,
  password: passwordSchema,
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(LIMITS.password.max),
  /** The authenticator app's 6-digit code, or a recovery code, when the account has TOTP on. */
  code: z.string().trim().min(1).max(64).optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({ accessToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({ user: userSchema, organization: organizationSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const signupResponseSchema = loginResponseSchema.extend(meResponseSchema.shape);
export type SignupResponse = z.infer<typeof signupResponseSchema>;

export const createUserRequestSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({ name: z.string().trim().min(1).max(LIMITS.nameMax), role: roleSchema, active: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const userListSchema = z.array(userSchema);

/** The organisation's settings (admin). Thresholds: null means the defaults (80/60/40). */
export const organizationSettingsSchema = organizationSchema.extend({
  thresholds: z.object({ A: z.number(), B: z.number(), C: z.number() }).nullable(),
  /** Which actions wait for a second admin or buyer (four-eyes approval). */
  approvals: approvalSettingsSchema.optional(),
  /** Every password account must sign in with a second factor (TOTP). */
  requireMfa: z.boolean().optional(),
});
export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

/** GET /api/config: what the sign-in page may offer. */
export const publicConfigSchema = z.object({ allowSignup: z.boolean(), mailPreview: z.boolean() });
export type PublicConfig = z.infer<typeof publicConfigSchema>;
