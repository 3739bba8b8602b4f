import { Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  LIMITS,
  answerSheetUploadResultSchema,
  attachmentSchema,
  portalResponseSchema,
  saveAnswersRequestSchema,
  saveAnswersResponseSchema,
  submitRequestSchema,
  type SaveAnswersRequest,
  type SubmitRequest,
} from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { Public } from '../../common/auth';
import { readUpload } from '../../common/upload';
import { EVIDENCE_MAX_BYTES } from '../responses/attachments.service';
import { PortalFilesService } from './portal-files.service';
import { PortalService } from './portal.service';

/** Generous for autosave, tight enough to stop a flood; counted per client and link. */
const portalLimit = {
  rateLimit: {
    max: 600,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => `portal:${req.ip}:${(req.params as { token?: string }).token ?? ''}`,
  },
};

/** The supplier portal's API: no login, the personal link's token is the credential. */
@Controller('portal/:token')
@Public()
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly files: PortalFilesService,
  ) {}

  @Get()
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: "The supplier's questionnaire at its depth, answers, version and status", response: portalResponseSchema })
  get(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return this.portal.open(token);
  }

  @Put('answers')
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'Merge answers (autosave); 409 when `version` is stale', response: saveAnswersResponseSchema })
  save(@Param('token') token: string, @ZodBody(saveAnswersRequestSchema) body: SaveAnswersRequest) {
    return this.portal.save(token, body);
  }

  @Post('submit')
  @HttpCode(200)
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'Submit with the declaration; 422 lists unanswered required questions', response: portalResponseSchema })
  submit(@Param('token') token: string, @ZodBody(submitRequestSchema) body: SubmitRequest) {
    return this.portal.submit(token, body.declaration);
  }

  @Post('attachments')
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'Upload evidence for a question (multipart questionId, file)', status: 201, response: attachmentSchema, multipart: ['questionId', 'file'] })
  async upload(@Param('token') token: string, @Req() req: FastifyRequest) {
    const upload = await readUpload(req, 'file', EVIDENCE_MAX_BYTES);
    return this.files.upload(token, upload);
  }

  @Get('attachments/:id')
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'Download an evidence file of this response', produces: ['application/octet-stream'] })
  async download(@Param('token') token: string, @Param('id') id: string, @Res() reply: FastifyReply) {
    await this.files.download(token, id, reply);
  }

  @Delete('attachments/:id')
  @HttpCode(204)
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'Remove an evidence file before submission', status: 204 })
  async remove(@Param('token') token: string, @Param('id') id: string) {
    await this.files.remove(token, id);
  }

  @Get('answer-sheet')
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'The XLSX answer sheet with the answers so far, to fill in offline', produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] })
  async sheet(@Param('token') token: string, @Res() reply: FastifyReply) {
    await this.files.answerSheet(token, reply);
  }

  @Post('answer-sheet')
  @HttpCode(200)
  @RouteConfig(portalLimit)
  @ApiDoc({ summary: 'Upload a filled-in answer sheet: all rows applied, or none with an error per row', response: answerSheetUploadResultSchema, multipart: ['file'] })
  async uploadSheet(@Param('token') token: string, @Req() req: FastifyRequest) {
    const upload = await readUpload(req, 'file', LIMITS.upload.answerSheetBytes);
    return this.files.applyAnswerSheet(token, upload.buffer);
  }
}
