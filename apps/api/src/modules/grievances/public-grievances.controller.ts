import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  fileGrievanceRequestSchema,
  fileGrievanceResponseSchema,
  grievanceMessageRequestSchema,
  publicGrievanceSchema,
  publicOrganizationSchema,
  type FileGrievanceRequest,
  type GrievanceMessageRequest,
} from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { Public } from '../../common/auth';
import { PublicGrievancesService } from './public-grievances.service';

/**
 * Limits per client address against floods. The address is a key in the rate limiter's
 * memory only, for the length of its window; it is never written anywhere.
 */
const limit = (name: string, max: number, timeWindow: string) => ({
  rateLimit: { max, timeWindow, keyGenerator: (req: FastifyRequest) => `${name}:${req.ip}` },
});
const FILE_LIMIT = limit('grievance-file', 5, '1 hour');
const MESSAGE_LIMIT = limit('grievance-message', 30, '1 hour');
const READ_LIMIT = limit('grievance-read', 60, '1 minute');

/** The public grievance form and a reporter's view of their report: no login. */
@Controller('public')
@Public()
export class PublicGrievancesController {
  constructor(private readonly grievances: PublicGrievancesService) {}

  @Get('organizations/:slug')
  @RouteConfig(READ_LIMIT)
  @ApiDoc({ summary: "The organisation's name, for the header of its grievance page", response: publicOrganizationSchema })
  organization(@Param('slug') slug: string) {
    return this.grievances.organization(slug);
  }

  @Post('grievances/:orgSlug')
  @RouteConfig(FILE_LIMIT)
  @ApiDoc({ summary: 'File a report, anonymously if wished; the tracking code is shown only in this answer', status: 201, response: fileGrievanceResponseSchema })
  file(
    @Param('orgSlug') slug: string,
    @ZodBody(fileGrievanceRequestSchema) body: FileGrievanceRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    void reply.header('cache-control', 'no-store');
    return this.grievances.file(slug, body);
  }

  @Get('grievances/:trackingCode')
  @RouteConfig(READ_LIMIT)
  @ApiDoc({ summary: "A report's status, outcome and messages, for its reporter", response: publicGrievanceSchema })
  follow(@Param('trackingCode') code: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return this.grievances.follow(code);
  }

  @Post('grievances/:trackingCode/messages')
  @HttpCode(201)
  @RouteConfig(MESSAGE_LIMIT)
  @ApiDoc({ summary: "Add the reporter's message to the report; 409 when it is closed", status: 201 })
  async message(@Param('trackingCode') code: string, @ZodBody(grievanceMessageRequestSchema) body: GrievanceMessageRequest) {
    await this.grievances.addMessage(code, body.body);
    return {};
  }
}
