import { z } from 'zod';

/** POST /api/auth/mfa/totp/setup: a new secret, pending until confirmed with a code. */
export const totpSetupSchema = z.object({
  secret: z.string(),
  /** `otpauth://totp/…` for authenticator apps; `qrDataUrl` is the same as a QR code image. */
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
});
export type TotpSetup = z.infer<typeof totpSetupSchema>;

export const totpCodeRequestSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'the 6-digit code from the authenticator app') });
export type TotpCodeRequest = z.infer<typeof totpCodeRequestSchema>;

/** Shown once, when TOTP is turned on; each works once in place of a code. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const mfaStatusSchema = z.object({
  totpEnabled: z.boolean(),
  recoveryCodesLeft: z.int32(),
  /** The organisation requires a second factor of every password account. */
  requiredByOrganization: z.boolean(),
});
export type MfaStatus = z.infer<typeof mfaStatusSchema>;
