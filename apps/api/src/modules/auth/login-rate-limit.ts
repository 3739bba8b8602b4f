import type { FastifyRequest } from 'fastify';

/**
 * Login attempts are limited per client address and e-mail address, so that one person
 * guessing cannot lock out everybody behind the same proxy. The limit itself comes from
 * LOGIN_RATE_LIMIT (set when the app is built).
 */
export const loginRateLimit = {
  max: (_req: FastifyRequest, _key: string) => loginLimit.max,
  timeWindow: '1 minute',
  // After body parsing, so that the key can include the e-mail address.
  hook: 'preHandler' as const,
  keyGenerator: (req: FastifyRequest) => {
    const email = (req.body as { email?: unknown } | undefined)?.email;
    return `login:${req.ip}:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
  },
};

export const loginLimit = { max: 10 };
