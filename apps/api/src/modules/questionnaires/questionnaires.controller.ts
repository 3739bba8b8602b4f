import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  LIMITS,
  answerSheetQuerySchema,
  createQuestionnaireRequestSchema,
  createQuestionnaireResponseSchema,
  newDraftRequestSchema,
  publishResponseSchema,
  questionnaireDetailSchema,
  questionnaireSummarySchema,
  questionnaireVersionSchema,
  updateDraftRequestSchema,
} from '@ses/api-types';
import { definitionSchema } from '@ses/questionnaire';
import { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { DomainError } from '../../common/errors';
import { CONTENT_TYPES } from '../../common/tabular';
import { readUpload } from '../../common/upload';
import { buildAnswerSheet } from './answer-sheet';
import { QuestionnairesService } from './questionnaires.service';
import { userActor } from '../audit/audit.util';

type Body<T extends z.ZodType> = z.output<T>;

@Controller('questionnaires')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @ApiDoc({ summary: "The organisation's questionnaires and the built-in ones", response: z.array(questionnaireSummarySchema) })
  list(@CurrentUser() me: AuthUser) {
    return this.questionnaires.list(me.organizationId);
  }

  @Post()
  @ApiDoc({ summary: 'Create a questionnaire from a definition (its first draft); 400 names each problem', status: 201, response: createQuestionnaireResponseSchema })
  create(@CurrentUser() me: AuthUser, @ZodBody(createQuestionnaireRequestSchema) body: Body<typeof createQuestionnaireRequestSchema>) {
    return this.questionnaires.create(me.organizationId, body.definition, userActor(me));
  }

  @Post('import')
  @ApiDoc({ summary: 'Create a questionnaire from an exported JSON file', status: 201, response: createQuestionnaireResponseSchema, multipart: ['file'] })
  async import(@CurrentUser() me: AuthUser, @Req() req: FastifyRequest) {
    const upload = await readUpload(req, 'file', LIMITS.upload.definitionBytes);
    let json: unknown;
    try {
      json = JSON.parse(upload.buffer.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      throw new DomainError('UNSUPPORTED_FILE', 'the file is not JSON');
    }
    const definition = json && typeof json === 'object' && 'definition' in json ? (json as { definition: unknown }).definition : json;
    return this.questionnaires.create(me.organizationId, definition, userActor(me));
  }

  @Get('versions/:versionId')
  @ApiDoc({ summary: "A version's full definition", response: questionnaireVersionSchema })
  version(@CurrentUser() me: AuthUser, @Param('versionId', ParseUUIDPipe) versionId: string) {
    return this.questionnaires.version(me.organizationId, versionId);
  }

  @Get('versions/:versionId/export')
  @ApiDoc({ summary: 'A version as a JSON file that imports back', produces: ['application/json'] })
  async export(@CurrentUser() me: AuthUser, @Param('versionId', ParseUUIDPipe) versionId: string, @Res() reply: FastifyReply) {
    const v = await this.questionnaires.version(me.organizationId, versionId);
    const key = String(v.definition.key);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${key}-v${v.version}.json"`)
      .send(JSON.stringify(v.definition, null, 2));
  }

  @Get('versions/:versionId/answer-sheet')
  @ApiDoc({ summary: 'The XLSX answer sheet of a version: one row per question, allowed values, room for comments', produces: [CONTENT_TYPES.xlsx] })
  async answerSheet(
    @CurrentUser() me: AuthUser,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @ZodQuery(answerSheetQuerySchema) q: Body<typeof answerSheetQuerySchema>,
    @Res() reply: FastifyReply,
  ) {
    const v = await this.questionnaires.version(me.organizationId, versionId);
    const definition = definitionSchema.parse(v.definition);
    const body = await buildAnswerSheet(definition, { depth: q.depth, lang: q.lang });
    void reply
      .header('content-type', CONTENT_TYPES.xlsx)
      .header('content-disposition', `attachment; filename="${definition.key}-v${v.version}-${q.depth}-${q.lang}.xlsx"`)
      .send(body);
  }

  @Get(':id')
  @ApiDoc({ summary: 'A questionnaire with its versions', response: questionnaireDetailSchema })
  detail(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.questionnaires.detail(me.organizationId, id);
  }

  @Put(':id/draft')
  @ApiDoc({ summary: 'Replace the draft definition; 400 names each problem', response: questionnaireVersionSchema })
  updateDraft(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(updateDraftRequestSchema) body: Body<typeof updateDraftRequestSchema>) {
    return this.questionnaires.updateDraft(me.organizationId, id, body.definition, userActor(me));
  }

  @Delete(':id/draft')
  @HttpCode(204)
  @ApiDoc({ summary: 'Discard the draft', status: 204 })
  async discard(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    await this.questionnaires.discardDraft(me.organizationId, id, userActor(me));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiDoc({ summary: 'Publish the draft; a published version never changes', response: publishResponseSchema })
  publish(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.questionnaires.publish(me.organizationId, id, userActor(me));
  }

  @Post(':id/drafts')
  @ApiDoc({ summary: 'Start a draft from a published version (a built-in one is copied into your own questionnaire)', status: 201, response: createQuestionnaireResponseSchema })
  newDraft(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ZodBody(newDraftRequestSchema) body: Body<typeof newDraftRequestSchema>) {
    return this.questionnaires.newDraft(me.organizationId, id, body.fromVersionId, userActor(me));
  }
}
