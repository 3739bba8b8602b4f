import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
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

/** One pooled transporter for the process: several would exhaust the server's connections. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_CATCHER) catcher: MailCatcher | null,
  ) {
    const url = config.smtpUrl ?? `smtp://127.0.0.1:${catcher?.port ?? 0}`;
    this.transport = createTransport({
      ...smtpOptions(url),
      pool: true,
      maxConnections: 5,
      rateDelta: 1000,
      rateLimit: 200,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: { [ORGANIZATION_HEADER]: mail.organizationId },
    });
    this.logger.debug(`sent "${mail.subject}"`);
  }

  /** For notices whose loss must not fail the request that caused them. */
  async trySend(mail: OutgoingMail): Promise<boolean> {
    try {
      await this.send(mail);
      return true;
    } catch (e) {
      this.logger.warn(`could not send "${mail.subject}": ${(e as Error).message}`);
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
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
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
  };
}
