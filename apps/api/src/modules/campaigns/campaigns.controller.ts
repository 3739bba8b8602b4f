import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  addSuppliersRequestSchema,
  benchmarksSchema,
  campaignListSchema,
  campaignSchema,
  createCampaignRequestSchema,
  invitationPreviewQuerySchema as previewQuery,
  invitationPreviewSchema,
  queuedSchema,
  remindRequestSchema,
  responseRowsSchema,
  updateCampaignRequestSchema,
} from '@ses/api-types';
import { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { CampaignResultsService } from './campaign-results.service';
import { CampaignsService } from './campaigns.service';
import { userActor } from '../audit/audit.util';

type Out<T extends z.ZodType> = z.output<T>;

@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly results: CampaignResultsService,
  ) {}

  @Get()
  @ApiDoc({ summary: 'Campaigns of the organisation, newest first', response: campaignListSchema })
  list(@CurrentUser() me: AuthUser) {
    return this.campaigns.list(me.organizationId);
  }

  @Post()
  @ApiDoc({ summary: 'Create a campaign (a draft) with a published questionnaire version and suppliers', status: 201, response: campaignSchema })
  create(@CurrentUser() me: AuthUser, @ZodBody(createCampaignRequestSchema) body: Out<typeof createCampaignRequestSchema>) {
    return this.campaigns.create(me, body);
  }

  @Get(':id')
  @ApiDoc({ summary: 'A campaign with counts per status and the response rate', response: campaignSchema })
  get(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.get(me.organizationId, id);
  }

  @Patch(':id')
  @ApiDoc({ summary: 'Rename, move the due date or change reminders', response: campaignSchema })
  update(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(updateCampaignRequestSchema) body: Out<typeof updateCampaignRequestSchema>) {
    return this.campaigns.update(me.organizationId, id, body, userActor(me));
  }

  @Post(':id/suppliers')
  @HttpCode(202)
  @ApiDoc({ summary: 'Add suppliers; invited at once when the campaign is running', status: 202, response: queuedSchema })
  addSuppliers(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(addSuppliersRequestSchema) body: Out<typeof addSuppliersRequestSchema>) {
    return this.campaigns.addSuppliers(me.organizationId, id, body.supplierIds, body.extendedSupplierIds, userActor(me));
  }

  @Get(':id/invitation-preview')
  @ApiDoc({ summary: 'The invitation e-mail as a supplier contact would receive it', response: invitationPreviewSchema })
  preview(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodQuery(previewQuery) q: Out<typeof previewQuery>) {
    return this.campaigns.preview(me.organizationId, id, q.lang);
  }

  @Post(':id/launch')
  @HttpCode(202)
  @ApiDoc({ summary: 'Launch: queues one invitation per supplier contact', status: 202, response: queuedSchema })
  launch(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.launch(me.organizationId, id, userActor(me));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiDoc({ summary: 'Close the campaign: no more answers', response: campaignSchema })
  close(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.close(me.organizationId, id, userActor(me));
  }

  @Post(':id/remind')
  @HttpCode(202)
  @ApiDoc({ summary: 'Send reminders now to unsubmitted suppliers (all or those listed)', status: 202, response: queuedSchema })
  remind(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(remindRequestSchema) body: Out<typeof remindRequestSchema>) {
    return this.campaigns.remind(me.organizationId, id, body.responseIds, userActor(me));
  }

  @Post(':id/responses/:responseId/reissue')
  @HttpCode(202)
  @ApiDoc({ summary: 'Revoke the links of a response and e-mail its contacts a new one', status: 202, response: queuedSchema })
  reissue(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('responseId', ParseUUIDPipe) responseId: string) {
    return this.campaigns.reissue(me.organizationId, id, responseId, userActor(me));
  }

  @Get(':id/responses')
  @ApiDoc({ summary: 'One row per supplier: status, overall and theme grades', response: responseRowsSchema })
  async responses(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const body = await this.results.rowsJson(me.organizationId, id);
    void reply.type('application/json; charset=utf-8');
    return body;
  }

  @Get(':id/benchmarks')
  @ApiDoc({ summary: 'Average rate per theme over submitted responses, overall and per product type', response: benchmarksSchema })
  benchmarks(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.benchmarks(me.organizationId, id);
  }
}
