import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  type CommentRequest,
  type CreateCorrectiveActionRequest,
  type ReviewPlanRequest,
  type UpdateCorrectiveActionRequest,
  type VerifyRequest,
  correctiveActionDetailSchema,
  correctiveActionListQuerySchema,
  correctiveActionListSchema,
  correctiveActionMessageRequestSchema,
  createCorrectiveActionRequestSchema,
  escalateRequestSchema,
  returnReportRequestSchema,
  reviewPlanRequestSchema,
  updateCorrectiveActionRequestSchema,
  verifyRequestSchema,
} from '@ses/api-types';
import type { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { contentDisposition } from '../responses/file-types';
import { CorrectiveActionsService } from './corrective-actions.service';
import { ApprovalsService } from '../approvals/approvals.service';

const uuid = new ParseUUIDPipe();

/** The buyer console's corrective actions: reads for every role, writes for admins and buyers. */
@Controller('corrective-actions')
export class CorrectiveActionsController {
  constructor(
    private readonly actions: CorrectiveActionsService,
    private readonly approvals: ApprovalsService,
  ) {
    approvals.register('verification', (requester, id, request) => this.actions.verify(requester, id, verifyRequestSchema.parse(request)));
  }

  @Get()
  @ApiDoc({ summary: 'The corrective-action board: filtered by campaign, supplier, theme, status and overdue, due first, with each re-assessment', response: correctiveActionListSchema })
  list(@CurrentUser() me: AuthUser, @ZodQuery(correctiveActionListQuerySchema) q: z.output<typeof correctiveActionListQuerySchema>) {
    return this.actions.list(me.organizationId, q);
  }

  @Post()
  @ApiDoc({ summary: 'Open a corrective action by hand for a theme of a graded response; the supplier is e-mailed', status: 201, response: correctiveActionDetailSchema })
  open(@CurrentUser() me: AuthUser, @ZodBody(createCorrectiveActionRequestSchema) body: CreateCorrectiveActionRequest) {
    return this.actions.open(me, body);
  }

  @Get(':id')
  @ApiDoc({ summary: 'A corrective action: failed points with question and guidance, plan, report, evidence and history', response: correctiveActionDetailSchema })
  get(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string) {
    return this.actions.detail(me.organizationId, id);
  }

  @Patch(':id')
  @ApiDoc({ summary: 'Change the owner or the due date of an open corrective action', response: correctiveActionDetailSchema })
  update(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @ZodBody(updateCorrectiveActionRequestSchema) body: UpdateCorrectiveActionRequest) {
    return this.actions.update(me, id, body);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiDoc({ summary: 'Approve or reject the submitted improvement plan, with a comment (required to reject)', status: 200, response: correctiveActionDetailSchema })
  review(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @ZodBody(reviewPlanRequestSchema) body: ReviewPlanRequest) {
    return this.actions.review(me, id, body);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiDoc({ summary: 'Verify the reported implementation and close the action; 202 with the approval request when verification needs approval', status: 200, response: correctiveActionDetailSchema })
  async verify(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @ZodBody(verifyRequestSchema) body: VerifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const out = await this.approvals.gate(me, 'verification', id, body, () => this.actions.verify(me, id, body));
    if ('done' in out) return out.done;
    void reply.status(202);
    return out.pending;
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiDoc({ summary: 'Send the implementation report back to the supplier for more (implemented → plan_approved)', status: 200, response: correctiveActionDetailSchema })
  returnReport(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @ZodBody(returnReportRequestSchema) body: CommentRequest) {
    return this.actions.returnReport(me, id, body);
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @ApiDoc({ summary: 'Escalate an open corrective action, with the reason (kept within the organisation)', status: 200, response: correctiveActionDetailSchema })
  escalate(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @ZodBody(escalateRequestSchema) body: CommentRequest) {
    return this.actions.escalate(me, id, body);
  }

  @Post(':id/messages')
  @ApiDoc({ summary: 'Write to the supplier in the action’s thread; the supplier is e-mailed', status: 201, response: correctiveActionDetailSchema })
  message(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @ZodBody(correctiveActionMessageRequestSchema) body: CommentRequest) {
    return this.actions.message(me, id, body);
  }

  @Get(':id/attachments/:attachmentId')
  @ApiDoc({ summary: 'Download an evidence file of the implementation report', produces: ['application/octet-stream'] })
  async download(@CurrentUser() me: AuthUser, @Param('id', uuid) id: string, @Param('attachmentId', uuid) attachmentId: string, @Res() reply: FastifyReply) {
    const { attachment, body } = await this.actions.evidence(me.organizationId, id, attachmentId);
    void reply
      .header('content-type', attachment.contentType)
      .header('content-disposition', contentDisposition(attachment.filename))
      .header('cache-control', 'no-store')
      .send(body);
  }
}
