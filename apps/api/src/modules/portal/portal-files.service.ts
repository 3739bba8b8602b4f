import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isDepthAsked } from '@ses/questionnaire';
import { DomainError, notFound } from '../../common/errors';
import { supplierActor } from '../audit/audit.util';
import { CONTENT_TYPES } from '../../common/tabular';
import type { Upload } from '../../common/upload';
import { buildAnswerSheet } from '../questionnaires/answer-sheet';
import { AnswersRepository } from '../responses/answers.repository';
import { AttachmentsService } from '../responses/attachments.service';
import { contentDisposition } from '../responses/file-types';
import { readAnswerSheet } from './answer-sheet-import';
import { PortalService } from './portal.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Evidence files and the offline answer sheet, through the personal link. */
@Injectable()
export class PortalFilesService {
  constructor(
    private readonly portal: PortalService,
    private readonly attachments: AttachmentsService,
    private readonly answers: AnswersRepository,
  ) {}

  async upload(token: string, upload: Upload) {
    const ctx = await this.portal.context(token);
    const { response, campaign, definition } = await this.portal.load(ctx);
    this.portal.assertWritable(response, campaign);
    const questionId = upload.fields.questionId ?? '';
    const q = definition.questions.find((x) => x.id === questionId);
    if (!q || !isDepthAsked(q.depth, response.depth)) {
      throw new DomainError('VALIDATION_FAILED', 'questionId: send the id of a question of this questionnaire before the file', [{ path: 'questionId', message: 'unknown question' }]);
    }
    return this.attachments.store(ctx.organizationId, response.id, questionId, upload, null, supplierActor(ctx));
  }

  async download(token: string, id: string, reply: FastifyReply) {
    const ctx = await this.portal.context(token);
    if (!UUID.test(id)) throw notFound('attachment');
    const { attachment, body } = await this.attachments.read(ctx.responseId, id);
    void reply
      .header('content-type', attachment.contentType)
      .header('content-disposition', contentDisposition(attachment.filename))
      .header('cache-control', 'no-store')
      .send(body);
  }

  async remove(token: string, id: string) {
    const ctx = await this.portal.context(token);
    const { response, campaign } = await this.portal.load(ctx);
    this.portal.assertWritable(response, campaign);
    if (!UUID.test(id)) throw notFound('attachment');
    await this.attachments.remove(response.id, id, null, supplierActor(ctx));
  }

  async answerSheet(token: string, reply: FastifyReply) {
    const ctx = await this.portal.context(token);
    const { response, definition } = await this.portal.load(ctx);
    const body = await buildAnswerSheet(definition, { depth: response.depth, lang: ctx.language, answers: await this.answers.load(response.id) });
    void reply
      .header('content-type', CONTENT_TYPES.xlsx)
      .header('content-disposition', `attachment; filename="${definition.key}-answers.xlsx"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  /** All rows or none: any bad row leaves the saved answers untouched. */
  async applyAnswerSheet(token: string, file: Buffer) {
    const ctx = await this.portal.context(token);
    const { response, campaign, definition } = await this.portal.load(ctx);
    this.portal.assertWritable(response, campaign);
    const { answers, errors } = await readAnswerSheet(file, definition, response.depth);
    if (errors.length) return { version: response.version, applied: 0, errors };
    if (Object.keys(answers).length === 0) throw new DomainError('VALIDATION_FAILED', 'the answer sheet has no answers');
    const { version } = await this.portal.save(token, { version: response.version, answers });
    return { version, applied: Object.keys(answers).length, errors: [] };
  }
}
