import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import {
  type FeedbackSheet,
  exportJobSchema,
  feedbackHoldRequestSchema,
  feedbackLanguageQuerySchema as langQuery,
  feedbackReleaseRequestSchema,
  feedbackReleaseResultSchema as releasedSchema,
  feedbackSheetSchema,
  feedbackStatusListSchema,
  feedbackStatusSchema,
} from '@ses/api-types';
import type { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Public } from '../../common/auth';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { pdfDisposition } from './feedback-file-name';
import { FeedbackZipJobs } from './feedback-zip.jobs';
import { FeedbackReleaseService } from './feedback-release.service';
import { FeedbackService } from './feedback.service';
import { ApprovalsService } from '../approvals/approvals.service';

type LangQuery = z.output<typeof langQuery>;
const portalLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };

@Controller()
export class FeedbackController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly releases: FeedbackReleaseService,
    private readonly zipJobs: FeedbackZipJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly approvals: ApprovalsService,
  ) {
    approvals.register('release', (requester, id, request) =>
      this.releases.release(requester, id, Array.isArray(request.responseIds) ? (request.responseIds as string[]) : undefined),
    );
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
    sendPdf(reply, await this.feedback.pdf(sheet), sheet);
  }

  @Post('campaigns/:id/feedback/release')
  @HttpCode(202)
  @ApiDoc({
    summary: 'Release feedback sheets and e-mail each supplier a link: `responseIds`, or without them every graded sheet not on hold; `{ approvalId, status: "pending" }` instead when releases need approval',
    status: 202,
    response: releasedSchema,
  })
  async release(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(feedbackReleaseRequestSchema) body: z.output<typeof feedbackReleaseRequestSchema>) {
    const request = body.responseIds ? { responseIds: body.responseIds } : {};
    const out = await this.approvals.gate(me, 'release', id, request, () => this.releases.release(me, id, body.responseIds));
    return 'done' in out ? out.done : out.pending;
  }

  @Get('campaigns/:id/feedback/status')
  @ApiDoc({ summary: 'Per graded supplier: its sheet on hold, released, e-mailed, opened', response: feedbackStatusListSchema })
  releaseStatus(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.releases.status(me.organizationId, id);
  }

  @Put('responses/:id/feedback/hold')
  @ApiDoc({ summary: 'Hold a sheet back from a release of the whole campaign (hold: true), or let it go again', response: feedbackStatusSchema })
  hold(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(feedbackHoldRequestSchema) body: z.output<typeof feedbackHoldRequestSchema>) {
    return this.releases.hold(me, id, body.hold);
  }

  @Get('campaigns/:id/feedback.zip')
  @ApiDoc({
    summary: "Every graded supplier's feedback sheet as PDF, in one zip: at once for small campaigns (FEEDBACK_ZIP_SYNC_MAX sheets), otherwise 202 with a started export job",
    produces: ['application/zip'],
  })
  async zip(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const ids = await this.feedback.gradedIds(me.organizationId, id);
    if (ids.length > this.config.feedbackZipSyncMax) {
      void reply.status(202).send(await this.zipJobs.start(me, id));
      return;
    }
    sendZip(reply, await this.feedback.zip(me.organizationId, ids));
  }

  @Post('campaigns/:id/feedback.zip/jobs')
  @HttpCode(202)
  @ApiDoc({ summary: 'Start making the zip of every graded feedback sheet in the background', status: 202, response: exportJobSchema })
  startZip(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.zipJobs.start(me, id);
  }

  @Get('exports/:id')
  @ApiDoc({ summary: 'A background export: status and progress (done of total)', response: exportJobSchema })
  exportStatus(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.zipJobs.status(me.organizationId, id);
  }

  @Get('exports/:id/download')
  @ApiDoc({ summary: 'The file of a finished background export (409 until it is done)', produces: ['application/zip'] })
  async exportDownload(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const { path, fileName } = await this.zipJobs.file(me.organizationId, id);
    sendZip(reply, createReadStream(path), fileName);
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
    const sheet = await this.feedback.forSupplier(token, q.lang);
    sendPdf(reply, await this.feedback.pdf(sheet), sheet);
  }
}

function sendZip(reply: FastifyReply, body: Buffer | Readable, filename = 'feedback-sheets.zip') {
  void reply.header('content-type', 'application/zip').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store').send(body);
}

function sendPdf(reply: FastifyReply, body: Buffer, sheet: FeedbackSheet) {
  void reply.header('content-type', 'application/pdf').header('content-disposition', pdfDisposition(sheet)).header('cache-control', 'no-store').send(body);
}
