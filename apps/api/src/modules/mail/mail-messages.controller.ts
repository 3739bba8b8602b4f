import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  mailMessageListQuerySchema,
  mailMessageListSchema,
  mailMessageSchema,
} from '@ses/api-types';
import type { z } from 'zod';
import { ApiDoc, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth';
import { OutboxService } from './outbox.service';

/** The delivery status of the organisation's e-mail, and retries of what failed. */
@Controller('mail/messages')
export class MailMessagesController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @ApiDoc({
    summary: 'E-mail sent or queued by the organisation, newest first, with delivery status',
    response: mailMessageListSchema,
  })
  list(
    @CurrentUser() me: AuthUser,
    @ZodQuery(mailMessageListQuerySchema) query: z.output<typeof mailMessageListQuerySchema>,
  ) {
    return this.outbox.list(me.organizationId, query);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @Roles('admin', 'buyer')
  @ApiDoc({
    summary: 'Send a failed message again (admin, buyer); 409 unless it failed',
    status: 202,
    response: mailMessageSchema,
  })
  retry(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.outbox.retry(me.organizationId, id);
  }
}
