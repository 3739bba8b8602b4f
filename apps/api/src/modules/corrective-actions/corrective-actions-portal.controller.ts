import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type CommentRequest,
  type PlanRequest,
  type ReportRequest,
  attachmentSchema,
  correctiveActionMessageRequestSchema,
  planRequestSchema,
  portalCorrectiveActionSchema,
  reportRequestSchema,
} from '@ses/api-types';
import { z } from 'zod';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { Public } from '../../common/auth';
import { readUpload } from '../../common/upload';
import { EVIDENCE_MAX_BYTES } from '../responses/attachments.service';
import { contentDisposition } from '../responses/file-types';
import { CorrectiveActionsPortalService } from './corrective-actions-portal.service';

/** Counted per client and link, like the rest of the portal; writes are rarer than reads. */
const limit = (name: string, max: number) => ({
  rateLimit: {
    max,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => `${name}:${req.ip}:${(req.params as { token?: string }).token ?? ''}`,
  },
});
const READ_LIMIT = limit('portal-ca-read', 300);
const WRITE_LIMIT = limit('portal-ca-write', 60);

const uuid = new ParseUUIDPipe();

/** The supplier's corrective actions through its personal link: no login, the token is the credential. */
@Controller('portal/:token/corrective-actions')
@Public()
export class CorrectiveActionsPortalController {
  constructor(private readonly actions: CorrectiveActionsPortalService) {}

  @Get()
  @RouteConfig(READ_LIMIT)
  @ApiDoc({ summary: "The supplier's corrective actions in this organisation, newest first", response: z.array(portalCorrectiveActionSchema) })
  list(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return this.actions.list(token);
  }

  @Get(':id')
  @RouteConfig(READ_LIMIT)
  @ApiDoc({ summary: 'One corrective action of the supplier: failed points with guidance, plan, comments, evidence and history', response: portalCorrectiveActionSchema })
  get(@Param('token') token: string, @Param('id', uuid) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return this.actions.get(token, id);
  }

  @Post(':id/plan')
  @HttpCode(200)
  @RouteConfig(WRITE_LIMIT)
  @ApiDoc({ summary: 'Submit the improvement plan (from requested, or after a rejection) → plan_submitted', status: 200, response: portalCorrectiveActionSchema })
  plan(@Param('token') token: string, @Param('id', uuid) id: string, @ZodBody(planRequestSchema) body: PlanRequest) {
    return this.actions.plan(token, id, body.plan);
  }

  @Post(':id/report')
  @HttpCode(200)
  @RouteConfig(WRITE_LIMIT)
  @ApiDoc({ summary: 'Report the implementation of the approved plan, with evidence attached first → implemented', status: 200, response: portalCorrectiveActionSchema })
  report(@Param('token') token: string, @Param('id', uuid) id: string, @ZodBody(reportRequestSchema) body: ReportRequest) {
    return this.actions.report(token, id, body.report);
  }

  @Post(':id/messages')
  @RouteConfig(WRITE_LIMIT)
  @ApiDoc({ summary: 'Write to the buying organisation in the action’s thread', status: 201, response: portalCorrectiveActionSchema })
  message(@Param('token') token: string, @Param('id', uuid) id: string, @ZodBody(correctiveActionMessageRequestSchema) body: CommentRequest) {
    return this.actions.message(token, id, body.comment);
  }

  @Post(':id/attachments')
  @RouteConfig(WRITE_LIMIT)
  @ApiDoc({ summary: 'Upload an evidence file for the implementation report (multipart file)', status: 201, response: attachmentSchema, multipart: ['file'] })
  async upload(@Param('token') token: string, @Param('id', uuid) id: string, @Req() req: FastifyRequest) {
    const upload = await readUpload(req, 'file', EVIDENCE_MAX_BYTES);
    return this.actions.upload(token, id, upload);
  }

  @Get(':id/attachments/:attachmentId')
  @RouteConfig(READ_LIMIT)
  @ApiDoc({ summary: 'Download an evidence file of the corrective action', produces: ['application/octet-stream'] })
  async download(@Param('token') token: string, @Param('id', uuid) id: string, @Param('attachmentId', uuid) attachmentId: string, @Res() reply: FastifyReply) {
    const { attachment, body } = await this.actions.download(token, id, attachmentId);
    void reply
      .header('content-type', attachment.contentType)
      .header('content-disposition', contentDisposition(attachment.filename))
      .header('cache-control', 'no-store')
      .send(body);
  }

  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  @RouteConfig(WRITE_LIMIT)
  @ApiDoc({ summary: 'Remove an evidence file before the implementation is reported', status: 204 })
  async remove(@Param('token') token: string, @Param('id', uuid) id: string, @Param('attachmentId', uuid) attachmentId: string) {
    await this.actions.remove(token, id, attachmentId);
  }
}
