import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MailCatcher } from './mail-catcher';
import { MailPreviewController } from './mail-preview.controller';
import { MAIL_CATCHER, MailService } from './mail.service';

@Global()
@Module({})
export class MailModule {
  /** `catcher` is the started built-in SMTP catcher, or null when SMTP_URL is set. */
  static register(catcher: MailCatcher | null): DynamicModule {
    return {
      module: MailModule,
      controllers: [MailPreviewController],
      providers: [{ provide: MAIL_CATCHER, useValue: catcher }, MailService],
      exports: [MailService],
    };
  }
}
