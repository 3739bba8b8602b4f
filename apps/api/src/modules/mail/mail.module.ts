import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MailCatcher } from './mail-catcher';
import { MailMessagesController } from './mail-messages.controller';
import { MailPreviewController } from './mail-preview.controller';
import { MAIL_CATCHER, MailService } from './mail.service';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxSweeper } from './outbox.sweeper';
import { MailSendWorker } from './outbox.worker';

/** E-mail: the outbox every module queues messages in, its worker, and the console's views. */
@Global()
@Module({})
export class MailModule {
  /** `catcher` is the started built-in SMTP catcher, or null when SMTP_URL is set. */
  static register(catcher: MailCatcher | null): DynamicModule {
    return {
      module: MailModule,
      controllers: [MailPreviewController, MailMessagesController],
      providers: [
        { provide: MAIL_CATCHER, useValue: catcher },
        MailService,
        OutboxRepository,
        OutboxService,
        MailSendWorker,
        OutboxSweeper,
      ],
      exports: [MailService, OutboxService],
    };
  }
}
