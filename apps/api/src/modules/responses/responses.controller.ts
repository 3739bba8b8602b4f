import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { responseDetailSchema, revokedLinksSchema } from '@ses/api-types';
import { ApiDoc } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { AttachmentsService } from './attachments.service';
import { contentDisposition } from './file-types';
import { ResponsesService } from './responses.service';

@Controller('responses')
export class ResponsesController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly attachments: AttachmentsService,
  ) {}

  @Get(':id')
  @ApiDoc({ summary: 'A response: answers, evidence list, declaration, grades and their explanation', response: responseDetailSchema })
  get(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.responses.detail(me.organizationId, id);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiDoc({ summary: 'Reopen a submitted response so the supplier can change it', response: responseDetailSchema })
  reopen(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.responses.reopen(me, id);
  }

  @Post(':id/links/revoke')
  @HttpCode(200)
  @ApiDoc({ summary: "Revoke every personal link of the response (they answer 404 from now on)", response: revokedLinksSchema })
  revoke(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.responses.revokeLinks(me, id);
  }

  @Get(':id/attachments/:attachmentId')
  @ApiDoc({ summary: 'Download an evidence file', produces: ['application/octet-stream'] })
  async download(
    @CurrentUser() me: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    await this.responses.find(me.organizationId, id);
    const { attachment, body } = await this.attachments.read(id, attachmentId);
    void reply
      .header('content-type', attachment.contentType)
      .header('content-disposition', contentDisposition(attachment.filename))
      .header('cache-control', 'no-store')
      .send(body);
  }
}
