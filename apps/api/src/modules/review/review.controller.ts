import { Controller, Delete, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  answersExportQuerySchema as answersExportQuery,
  dashboardSchema,
  matrixExportQuerySchema as matrixExportQuery,
  matrixQuerySchema,
  matrixSchema,
  overrideRequestSchema,
  overrideSchema,
  responseEventSchema,
  withdrawOverrideQuerySchema as withdrawQuery,
  type OverrideRequest,
} from '@ses/api-types';
import { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { sendTabularStream } from '../../common/streaming';
import { CONTENT_TYPES } from '../../common/tabular';
import { DashboardService } from './dashboard.service';
import { ReviewExportsService } from './exports.service';
import { MatrixService } from './matrix.service';
import { OverridesService } from './overrides.service';
import { ApprovalsService } from '../approvals/approvals.service';

type Out<T extends z.ZodType> = z.output<T>;

/** The buyer's review of a campaign's results (DESIGN §5 Review). */
@Controller()
export class ReviewController {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly matrix: MatrixService,
    private readonly exports: ReviewExportsService,
    private readonly overrides: OverridesService,
    private readonly approvals: ApprovalsService,
  ) {
    approvals.register('override', (requester, id, request) => this.overrides.override(requester, id, overrideRequestSchema.parse(request)));
  }

  @Get('campaigns/:id/dashboard')
  @ApiDoc({ summary: 'Status counts, response rate over time, grade distribution per theme, Z count, overdue suppliers', response: dashboardSchema })
  dashboard(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.dashboards.dashboard(me.organizationId, id);
  }

  @Get('campaigns/:id/matrix')
  @ApiDoc({ summary: 'The supplier × theme matrix: filtered, sorted and paged, with effective (overridden) grades', response: matrixSchema })
  page(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(matrixQuerySchema) q: Out<typeof matrixQuerySchema>) {
    return this.matrix.page(me.organizationId, id, q);
  }

  @Get('campaigns/:id/matrix/export')
  @ApiDoc({ summary: 'The matrix (current filters) as CSV or XLSX', produces: Object.values(CONTENT_TYPES) })
  // Streamed from a cursor: the response starts with the first rows and memory stays flat.
  async exportMatrix(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(matrixExportQuery) q: Out<typeof matrixExportQuery>, @Res() reply: FastifyReply) {
    const { columns, rows } = await this.exports.matrixRows(me.organizationId, id, { ...q, page: 1, pageSize: 500 }, q.lang);
    sendTabularStream(reply, q.format, `matrix.${q.format}`, columns, rows, 'matrix');
  }

  @Get('campaigns/:id/answers/export')
  @ApiDoc({ summary: 'Every answer and comment, one row per supplier, as CSV or XLSX', produces: Object.values(CONTENT_TYPES) })
  async exportAnswers(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(answersExportQuery) q: Out<typeof answersExportQuery>, @Res() reply: FastifyReply) {
    const { columns, rows } = await this.exports.answersRows(me.organizationId, id, q.lang ?? 'ja', q.lang !== undefined);
    sendTabularStream(reply, q.format, `answers.${q.format}`, columns, rows, 'answers');
  }

  @Post('responses/:id/override')
  @ApiDoc({ summary: 'Override a theme grade (or the overall grade without `theme`) with a written reason; 202 with the approval request when overrides need approval', status: 201, response: z.array(overrideSchema) })
  async override(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(overrideRequestSchema) body: OverrideRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const out = await this.approvals.gate(me, 'override', id, body, () => this.overrides.override(me, id, body));
    if ('done' in out) return out.done;
    void reply.status(202);
    return out.pending;
  }

  @Delete('responses/:id/override')
  @ApiDoc({ summary: 'Withdraw the standing override of a theme (or of the overall grade)', response: z.array(overrideSchema) })
  withdraw(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(withdrawQuery) q: Out<typeof withdrawQuery>) {
    return this.overrides.withdraw(me, id, q.theme ?? null);
  }

  @Get('responses/:id/overrides')
  @ApiDoc({ summary: 'Every override of the response, standing and withdrawn', response: z.array(overrideSchema) })
  async list(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.overrides.list(me.organizationId, id);
  }

  @Get('responses/:id/history')
  @ApiDoc({ summary: 'What happened to the response: submitted, reopened, overridden, feedback released', response: z.array(responseEventSchema) })
  history(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.overrides.history(me.organizationId, id);
  }
}
