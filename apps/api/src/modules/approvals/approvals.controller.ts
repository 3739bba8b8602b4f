import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  approvalDecisionRequestSchema,
  approvalListQuerySchema,
  approvalListSchema,
  approvalSchema,
  type ApprovalDecisionRequest,
} from '@ses/api-types';
import type { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { ApprovalsService } from './approvals.service';

/** The queue of requests waiting for a second person; decisions by admins and buyers. */
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get()
  @ApiDoc({ summary: 'Approval requests of the organisation, newest first (`status=pending` for the queue)', response: approvalListSchema })
  list(@CurrentUser() me: AuthUser, @ZodQuery(approvalListQuerySchema) q: z.output<typeof approvalListQuerySchema>) {
    return this.approvals.list(me.organizationId, q.status);
  }

  @Get(':id')
  @ApiDoc({ summary: 'One approval request', response: approvalSchema })
  get(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.approvals.get(me.organizationId, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiDoc({ summary: 'Approve a pending request (not one’s own): the action is carried out as the requester asked', response: approvalSchema })
  approve(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(approvalDecisionRequestSchema) body: ApprovalDecisionRequest) {
    return this.approvals.approve(me, id, body.comment ?? '');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiDoc({ summary: 'Reject a pending request (not one’s own): nothing is carried out', response: approvalSchema })
  reject(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(approvalDecisionRequestSchema) body: ApprovalDecisionRequest) {
    return this.approvals.reject(me, id, body.comment ?? '');
  }
}
