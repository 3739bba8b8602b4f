import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { MailCatcher, ORGANIZATION_HEADER } from './mail-catcher';

export interface OutgoingMail {
  organizationId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Deterministic, so that a message sent twice can be recognised as one. */
  messageId?: string;
}

export const MAIL_CATCHER = Symbol('MAIL_CATCHER');

/**
 * One pooled transporter for the process: several would exhaust the server's connections.
 * Messages reach it through the outbox (OutboxService), which retries what fails here.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_CATCHER) catcher: MailCatcher | null,
  ) {
    this.transport = createTransport(transportOptions(config, catcher?.port ?? 0));
  }

  /** Hands one message to the SMTP server; `signal` abandons it if it has not gone yet. */
  async send(mail: OutgoingMail, signal?: AbortSignal): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: { [ORGANIZATION_HEADER]: mail.organizationId },
      signal,
    });
    this.logger.debug(`sent ${mail.messageId ?? 'a message'}`);
  }

  // Closed last, after the job workers have finished the batches they were sending.
  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** The pool's settings; the dispatch benchmark builds its floor from the same ones. */
export function transportOptions(config: AppConfig, catcherPort: number) {
  const url = config.smtpUrl ?? `smtp://127.0.0.1:${catcherPort}`;
  return {
    ...smtpOptions(url),
    pool: true as const,
    maxConnections: config.mail.maxConnections,
    rateDelta: 1000,
    rateLimit: config.mail.rateLimit || undefined,
    // A connection dropped mid-message is retried once by the pool, then the outbox's
    // bounded retries take over: nothing is re-queued forever.
    maxRequeues: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: Number(u.port || (secure ? 465 : 587)),
    secure,
    // A local catcher or test server speaks plain SMTP; real servers upgrade with STARTTLS.
    ignoreTLS: u.hostname === '127.0.0.1' || u.hostname === 'localhost',
    auth: u.username
      ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }
      : undefined,
  };
}
