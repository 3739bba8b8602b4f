import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Attachment } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import type { Upload } from '../../common/upload';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AttachmentEntity } from './attachment.entity';
import { detectEvidenceType, safeFilename } from './file-types';

export const EVIDENCE_MAX_BYTES = 10 * 1_048_576;
const MAX_PER_RESPONSE = 200;

/** Evidence files under DATA_DIR/uploads (outside the web root) with server-made names. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async store(organizationId: string, responseId: string, questionId: string, upload: Upload): Promise<Attachment> {
    const type = detectEvidenceType(upload.buffer, upload.filename);
    if (!type) throw new DomainError('UNSUPPORTED_FILE', 'allowed evidence: PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint, CSV or text');
    const count = await this.db.getRepository(AttachmentEntity).countBy({ responseId });
    if (count >= MAX_PER_RESPONSE) throw new DomainError('VALIDATION_FAILED', `at most ${MAX_PER_RESPONSE} files per response`);
    const storageName = `${organizationId}/${randomUUID()}`;
    const path = this.pathOf(storageName);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, upload.buffer, { mode: 0o600 });
    try {
      const saved = await this.db.getRepository(AttachmentEntity).save({
        organizationId,
        responseId,
        questionId,
        filename: safeFilename(upload.filename, type.extension),
        contentType: type.contentType,
        size: upload.buffer.length,
        sha256: createHash('sha256').update(upload.buffer).digest('hex'),
        storageName,
      });
      return toAttachment(saved);
    } catch (e) {
      await rm(path, { force: true });
      throw e;
    }
  }

  async list(responseId: string): Promise<Attachment[]> {
    const rows = await this.db.getRepository(AttachmentEntity).find({ where: { responseId }, order: { createdAt: 'ASC' } });
    return rows.map(toAttachment);
  }

  /** The file, only when it belongs to this response (and so to its organisation). */
  async read(responseId: string, id: string): Promise<{ attachment: AttachmentEntity; body: Buffer }> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id, responseId });
    if (!attachment) throw notFound('attachment');
    return { attachment, body: await readFile(this.pathOf(attachment.storageName)) };
  }

  async remove(responseId: string, id: string): Promise<void> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id, responseId });
    if (!attachment) throw notFound('attachment');
    await this.db.getRepository(AttachmentEntity).delete({ id });
    await rm(this.pathOf(attachment.storageName), { force: true });
  }

  private pathOf(storageName: string): string {
    return join(this.config.dataDir, 'uploads', storageName);
  }
}

export function toAttachment(a: AttachmentEntity): Attachment {
  return { id: a.id, questionId: a.questionId, filename: a.filename, contentType: a.contentType, size: a.size, createdAt: a.createdAt.toISOString() };
}
