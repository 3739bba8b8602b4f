import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, IsNull } from 'typeorm';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { type Attachment, LIMITS } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import type { Upload } from '../../common/upload';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AttachmentEntity } from './attachment.entity';
import { detectEvidenceType, safeFilename } from './file-types';

export const EVIDENCE_MAX_BYTES = LIMITS.upload.evidenceBytes;
const MAX_PER_RESPONSE = 200;

/** Evidence files under DATA_DIR/uploads (outside the web root) with server-made names. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * `correctiveActionId`: evidence for that corrective action rather than for the questionnaire.
   * With `actor`, the file's row and its audit event are written in one transaction.
   */
  async store(organizationId: string, responseId: string, questionId: string, upload: Upload, correctiveActionId: string | null = null, actor?: AuditActor): Promise<Attachment> {
    const type = detectEvidenceType(upload.buffer, upload.filename);
    if (!type) throw new DomainError('UNSUPPORTED_FILE', 'allowed evidence: PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint, CSV or text');
    const count = await this.db.getRepository(AttachmentEntity).countBy({ responseId, correctiveActionId: owner(correctiveActionId) });
    if (count >= MAX_PER_RESPONSE) throw new DomainError('VALIDATION_FAILED', `at most ${MAX_PER_RESPONSE} files per response`);
    const storageName = `${organizationId}/${randomUUID()}`;
    const path = this.pathOf(storageName);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, upload.buffer, { mode: 0o600 });
    try {
      const saved = await this.db.transaction(async (m) => {
        const a = await m.getRepository(AttachmentEntity).save({
          organizationId,
          responseId,
          questionId,
          correctiveActionId,
          filename: safeFilename(upload.filename, type.extension),
          contentType: type.contentType,
          size: upload.buffer.length,
          sha256: createHash('sha256').update(upload.buffer).digest('hex'),
          storageName,
        });
        if (actor) await this.audit.record(m, { organizationId, actor, action: 'attachment.add', entityType: 'response', entityId: responseId, after: auditView(a) });
        return a;
      });
      return toAttachment(saved);
    } catch (e) {
      await rm(path, { force: true });
      throw e;
    }
  }

  /** The questionnaire's evidence of a response, or with `correctiveActionId` that action's. */
  async list(responseId: string, correctiveActionId: string | null = null): Promise<Attachment[]> {
    const rows = await this.db.getRepository(AttachmentEntity).find({
      where: { responseId, correctiveActionId: owner(correctiveActionId) },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toAttachment);
  }

  /** The file, only when it belongs to this response (and so to its organisation) and to the same owner. */
  async read(responseId: string, id: string, correctiveActionId: string | null = null): Promise<{ attachment: AttachmentEntity; body: Buffer }> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id, responseId, correctiveActionId: owner(correctiveActionId) });
    if (!attachment) throw notFound('attachment');
    return { attachment, body: await readFile(this.pathOf(attachment.storageName)) };
  }

  async remove(responseId: string, id: string, correctiveActionId: string | null = null, actor?: AuditActor): Promise<void> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id, responseId, correctiveActionId: owner(correctiveActionId) });
    if (!attachment) throw notFound('attachment');
    await this.db.transaction(async (m) => {
      await m.delete(AttachmentEntity, { id });
      const { organizationId } = attachment;
      if (actor) await this.audit.record(m, { organizationId, actor, action: 'attachment.remove', entityType: 'response', entityId: responseId, before: auditView(attachment) });
    });
    await rm(this.pathOf(attachment.storageName), { force: true });
  }

  private pathOf(storageName: string): string {
    return join(this.config.dataDir, 'uploads', storageName);
  }
}

/** What the audit log keeps of a file: what it was and its checksum, not where it is stored. */
const auditView = (a: AttachmentEntity) => ({
  attachmentId: a.id,
  questionId: a.questionId,
  correctiveActionId: a.correctiveActionId,
  filename: a.filename,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
});

/** A corrective action's files, or (null) the questionnaire's: the two never mix. */
const owner = (correctiveActionId: string | null) => correctiveActionId ?? IsNull();

export function toAttachment(a: AttachmentEntity): Attachment {
  return { id: a.id, questionId: a.questionId, filename: a.filename, contentType: a.contentType, size: a.size, createdAt: a.createdAt.toISOString() };
}
