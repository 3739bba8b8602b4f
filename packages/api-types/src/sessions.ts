import { z } from 'zod';

/** GET /api/auth/sessions: the caller's own sign-ins that are still valid. */
export const sessionSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** The browser or client that signed in, as it described itself; null when unknown. */
  userAgent: z.string().nullable(),
  /** true for the session of the token making this request. */
  current: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;
export const sessionListSchema = z.array(sessionSchema);
