import { resolve } from 'node:path';
import { z } from 'zod';

const bool = (name: string, fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: `${name} must be true or false` })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const url = (name: string, protocols: string[]) =>
  z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || protocols.some((p) => safeProtocol(v) === p),
      `${name} must be a ${protocols.map((p) => p + '//').join(' or ')} URL`,
    )
    .transform((v) => (v ? v : undefined));

function safeProtocol(v: string): string | undefined {
  try {
    return new URL(v).protocol;
  } catch {
    return undefined;
  }
}

/** The environment (DESIGN §2, Configuration). Each variable: its name, schema, default. */
const envSchema = z.object({
  /** HTTP port. */
  PORT: z.coerce
    .number({ message: 'PORT must be a number' })
    .int('PORT must be an integer')
    .min(0, 'PORT must be 0–65535')
    .max(65535, 'PORT must be 0–65535')
    .default(3000),
  /** Interface to listen on: 0.0.0.0 (every IPv4 interface, right in a container), 127.0.0.1, :: … */
  HOST: z
    .string()
    .regex(/^[0-9A-Za-z.:%-]+$/, 'HOST must be an address or host name, e.g. 0.0.0.0 or 127.0.0.1')
    .default('0.0.0.0'),
  /** Base of links in e-mails. */
  PUBLIC_URL: url('PUBLIC_URL', ['http:', 'https:']),
  /** PostgreSQL connection string; unset runs the embedded PostgreSQL. */
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']),
  /** Embedded database, uploads and caught mail. */
  DATA_DIR: z.string().min(1, 'DATA_DIR must not be empty').default('./.data'),
  /** smtp://user:pass@host:port; unset sends to the built-in catcher. */
  SMTP_URL: url('SMTP_URL', ['smtp:', 'smtps:']),
  /** Sender address. */
  MAIL_FROM: z.string().min(3, 'MAIL_FROM must be an e-mail address').default('no-reply@localhost'),
  /** Messages per second handed to the SMTP server (0: no limit); protects a shared relay. */
  MAIL_RATE_LIMIT: z.coerce.number().int().min(0).default(500),
  /** Pooled SMTP connections per process; more make relays answer "421 too many connections". */
  MAIL_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
  /** Retries of a message the SMTP server refused, before it is marked failed. */
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(10),
  /** First retry delay; each further retry waits about twice as long (pg-boss backoff). */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  /**
   * How long a worker holds the messages it is sending without renewing its hold; after a
   * crash, another process resumes them within this plus a third of it.
   */
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(3).max(300).default(30),
  /** Public sign-up of new organisations. */
  ALLOW_SIGNUP: bool('ALLOW_SIGNUP', true),
  /** Seed demo data into an empty database. */
  SEED_DEMO: bool('SEED_DEMO', true),
  /** Login attempts allowed per minute for one address and client. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Where the built web app lives (served at /). */
  WEB_DIST: z.string().optional(),
  /** Request logging (`info`, `warn`, `error`, `silent`). */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** `GET …/feedback.zip` answers at once up to this many sheets; beyond, it starts a background job (202). */
  FEEDBACK_ZIP_SYNC_MAX: z.coerce.number().int().min(0).default(50),
  /** Behind a reverse proxy: trust its X-Forwarded-For for client addresses (rate limits). */
  TRUST_PROXY: bool('TRUST_PROXY', false),
  /** Requests per minute for one API key (in each process). */
  API_KEY_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Let webhooks reach private, loopback and link-local addresses (tests, closed networks). */
  WEBHOOK_ALLOW_PRIVATE: bool('WEBHOOK_ALLOW_PRIVATE', false),
  /** Retries of a webhook delivery the receiver refused, before it is marked failed. */
  WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(8),
  /** First webhook retry delay; each further retry waits about twice as long. */
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
});

export interface AppConfig {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  mail: { rateLimit: number; maxConnections: number; retryLimit: number; retryDelaySeconds: number; leaseSeconds: number };
  allowSignup: boolean;
  seedDemo: boolean;
  loginRateLimit: number;
  webDist: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  trustProxy: boolean;
  feedbackZipSyncMax: number;
  apiKeyRateLimit: number;
  webhooks: { allowPrivate: boolean; retryLimit: number; retryDelaySeconds: number };
}

export class ConfigError extends Error {}

/** Reads and validates the environment once at boot; a bad variable names itself. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mail: {
      rateLimit: e.MAIL_RATE_LIMIT,
      maxConnections: e.MAIL_MAX_CONNECTIONS,
      retryLimit: e.MAIL_RETRY_LIMIT,
      retryDelaySeconds: e.MAIL_RETRY_DELAY_SECONDS,
      leaseSeconds: e.MAIL_LEASE_SECONDS,
    },
    allowSignup: e.ALLOW_SIGNUP,
    seedDemo: e.SEED_DEMO,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    webDist: resolve(e.WEB_DIST ?? resolve(__dirname, '../../../web/dist')),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    feedbackZipSyncMax: e.FEEDBACK_ZIP_SYNC_MAX,
    apiKeyRateLimit: e.API_KEY_RATE_LIMIT,
    webhooks: {
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      retryLimit: e.WEBHOOK_RETRY_LIMIT,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
