import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { feedbackSheetSchema } from '@ses/api-types';
import { languageSchema } from '@ses/questionnaire';
import { z } from 'zod';
import { ApiDoc, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Public } from '../../common/auth';
import { FeedbackService } from './feedback.service';
import { ApprovalsService } from '../approvals/approvals.service';

const langQuery = z.object({ lang: languageSchema.optional() });
type LangQuery = z.output<typeof langQuery>;
const releasedSchema = z.object({ released: z.number().int(), queued: z.number().int() });
const portalLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };

@Controller()
export class FeedbackController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly approvals: ApprovalsService,
  ) {
    approvals.register('release', (requester, id) => this.feedback.release(requester, id));
  }

  @Get('responses/:id/feedback')
  @ApiDoc({ summary: "A response's feedback sheet (in the contact's language unless `lang`)", response: feedbackSheetSchema })
  sheet(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(langQuery) q: LangQuery) {
    return this.feedback.forBuyer(me.organizationId, id, q.lang);
  }

  @Get('responses/:id/feedback.pdf')
  @ApiDoc({ summary: 'The feedback sheet as PDF', produces: ['application/pdf'] })
  async pdf(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(langQuery) q: LangQuery, @Res() reply: FastifyReply) {
    const sheet = await this.feedback.forBuyer(me.organizationId, id, q.lang);
    sendPdf(reply, await this.feedback.pdf(sheet), 'feedback.pdf');
  }

  @Post('campaigns/:id/feedback/release')
  @HttpCode(202)
  @ApiDoc({ summary: 'Release the feedback sheets of graded responses and e-mail each supplier a link; `{ approvalId, status: "pending" }` instead when releases need approval', status: 202, response: releasedSchema })
  async release(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const out = await this.approvals.gate(me, 'release', id, {}, () => this.feedback.release(me, id));
    return 'done' in out ? out.done : out.pending;
  }

  @Get('campaigns/:id/feedback.zip')
  @ApiDoc({ summary: "Every graded supplier's feedback sheet as PDF, in one zip", produces: ['application/zip'] })
  async zip(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const body = await this.feedback.zip(me.organizationId, id);
    void reply.header('content-type', 'application/zip').header('content-disposition', 'attachment; filename="feedback-sheets.zip"').header('cache-control', 'no-store').send(body);
  }

  @Public()
  @Get('portal/:token/feedback')
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'The released feedback sheet, for the supplier', response: feedbackSheetSchema })
  portalSheet(@Param('token') token: string, @ZodQuery(langQuery) q: LangQuery) {
    return this.feedback.forSupplier(token, q.lang);
  }

  @Public()
  @Get('portal/:token/feedback.pdf')
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'The released feedback sheet as PDF, for the supplier', produces: ['application/pdf'] })
  async portalPdf(@Param('token') token: string, @ZodQuery(langQuery) q: LangQuery, @Res() reply: FastifyReply) {
    sendPdf(reply, await this.feedback.pdf(await this.feedback.forSupplier(token, q.lang)), 'feedback.pdf');
  }
}

function sendPdf(reply: FastifyReply, body: Buffer, filename: string) {
  void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store').send(body);
}
