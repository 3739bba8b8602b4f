import { Controller, Get, Inject, Param } from '@nestjs/common';
import { caughtMailSchema as mailSchema, caughtMailSummarySchema as summarySchema } from '@ses/api-types';
import { z } from 'zod';
import { ApiDoc } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { notFound } from '../../common/errors';
import { MailCatcher } from './mail-catcher';
import { MAIL_CATCHER } from './mail.service';


/** The caught mail of the caller's organisation, when no real SMTP server is configured. */
@Controller('mail-preview')
export class MailPreviewController {
  constructor(@Inject(MAIL_CATCHER) private readonly catcher: MailCatcher | null) {}

  @Get()
  @ApiDoc({ summary: 'Messages caught by the built-in SMTP catcher (newest first)', response: z.array(summarySchema) })
  async list(@CurrentUser() me: AuthUser) {
    if (!this.catcher) throw notFound('mail preview (SMTP_URL is set)');
    return (await this.catcher.list(me.organizationId)).map(({ id, to, subject, date }) => ({ id, to, subject, date }));
  }

  @Get(':id')
  @ApiDoc({ summary: 'One caught message with its HTML and text', response: mailSchema })
  async get(@CurrentUser() me: AuthUser, @Param('id') id: string) {
    const mail = this.catcher ? await this.catcher.get(me.organizationId, id) : null;
    if (!mail) throw notFound('message');
    const { organizationId: _o, ...rest } = mail;
    return rest;
  }
}
