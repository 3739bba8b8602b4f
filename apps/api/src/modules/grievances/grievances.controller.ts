import { Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  grievanceDetailSchema,
  grievanceListQuerySchema,
  grievanceListSchema,
  grievanceMessageRequestSchema,
  updateGrievanceRequestSchema,
  type GrievanceMessageRequest,
  type UpdateGrievanceRequest,
} from '@ses/api-types';
import type { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth';
import { GrievancesService } from './grievances.service';

/** The grievance board of the organisation. */
@Controller('grievances')
export class GrievancesController {
  constructor(private readonly grievances: GrievancesService) {}

  @Get()
  @ApiDoc({ summary: 'Reports received, newest first', response: grievanceListSchema })
  list(@CurrentUser() me: AuthUser, @ZodQuery(grievanceListQuerySchema) query: z.output<typeof grievanceListQuerySchema>) {
    return this.grievances.list(me.organizationId, query);
  }

  @Get(':id')
  @ApiDoc({ summary: 'A report with its description, contact (if given) and messages', response: grievanceDetailSchema })
  get(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.grievances.get(me.organizationId, id);
  }

  @Patch(':id')
  @Roles('admin', 'buyer')
  @ApiDoc({ summary: 'Triage: status, linked supplier, outcome (admin, buyer)', response: grievanceDetailSchema })
  update(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(updateGrievanceRequestSchema) body: UpdateGrievanceRequest) {
    return this.grievances.update(me, id, body);
  }

  @Post(':id/messages')
  @Roles('admin', 'buyer')
  @ApiDoc({ summary: 'Reply to the reporter (admin, buyer); 409 when the report is closed', status: 201, response: grievanceDetailSchema })
  message(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(grievanceMessageRequestSchema) body: GrievanceMessageRequest) {
    return this.grievances.addMessage(me, id, body.body);
  }
}
