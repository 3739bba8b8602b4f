import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExportJob } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { modify } from '../../common/sql';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { FeedbackService } from './feedback.service';

export const FEEDBACK_ZIP_QUEUE = 'export.feedback-zip';

interface JobRow {
  id: string;
  organization_id: string;
  kind: 'feedback_zip';
  campaign_id: string | null;
  status: ExportJob['status'];
  done: number;
  total: number | null;
  file_name: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

/**
 * Every feedback sheet of a campaign as one zip, made by a job on the queue: rendering a
 * thousand PDFs takes minutes, which no request should hold. The console shows the job's
 * progress and offers the file under DATA_DIR/exports once it is written.
 */
@Injectable()
export class FeedbackZipJobs implements OnModuleInit {
  private readonly logger = new Logger('FeedbackZip');

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly feedback: FeedbackService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ exportId: string }>(FEEDBACK_ZIP_QUEUE, { batchSize: 1, concurrency: 1, pollingIntervalSeconds: 1 }, async (batch) => {
      for (const job of batch) await this.run(job.data.exportId);
    });
  }

  /** Queues the zip of a campaign's graded sheets; the row and the job commit together. */
  async start(me: AuthUser, campaignId: string): Promise<ExportJob> {
    const ids = await this.feedback.gradedIds(me.organizationId, campaignId);
    return this.db.transaction(async (m) => {
      const [row]: JobRow[] = await m.query(
        `INSERT INTO export_jobs (organization_id, requested_by, kind, campaign_id, total) VALUES ($1, $2, 'feedback_zip', $3, $4) RETURNING *`,
        [me.organizationId, me.id, campaignId, ids.length],
      );
      await this.jobs.sendInTransaction(m, FEEDBACK_ZIP_QUEUE, { exportId: row.id }, { retryLimit: 0 });
      return view(row);
    });
  }

  async status(organizationId: string, id: string): Promise<ExportJob> {
    return view(await this.find(organizationId, id));
  }

  /** The finished file: its path on disk and the name to offer. */
  async file(organizationId: string, id: string): Promise<{ path: string; fileName: string }> {
    const row = await this.find(organizationId, id);
    if (row.status !== 'done' || !row.file_name) throw new DomainError('EXPORT_NOT_READY', `the file is not ready (${row.status})`);
    return { path: this.pathOf(row.id), fileName: row.file_name };
  }

  private async find(organizationId: string, id: string): Promise<JobRow> {
    const [row]: JobRow[] = await this.db.query(`SELECT * FROM export_jobs WHERE id = $1 AND organization_id = $2`, [id, organizationId]);
    if (!row) throw notFound('export');
    return row;
  }

  private pathOf(id: string): string {
    return join(this.config.dataDir, 'exports', `${id}.zip`);
  }

  /** Writes the zip beside its final name and renames it when complete: a half file is never offered. */
  private async run(id: string): Promise<void> {
    const {
      rows: [row],
    } = await modify<JobRow>(this.db.manager, `UPDATE export_jobs SET status = 'running' WHERE id = $1 AND status = 'queued' RETURNING *`, [id]);
    if (!row?.campaign_id) return;
    const path = this.pathOf(id);
    try {
      await mkdir(join(this.config.dataDir, 'exports'), { recursive: true });
      const ids = await this.feedback.gradedIds(row.organization_id, row.campaign_id);
      await this.db.query(`UPDATE export_jobs SET total = $2 WHERE id = $1`, [id, ids.length]);
      // One small UPDATE per sheet: nothing beside rendering a PDF.
      await this.feedback.zipTo(row.organization_id, ids, createWriteStream(`${path}.part`), async (done) => {
        await this.db.query(`UPDATE export_jobs SET done = $2 WHERE id = $1`, [id, done]);
      });
      await rename(`${path}.part`, path);
      await this.db.query(
        `UPDATE export_jobs SET status = 'done', done = $2, file_name = 'feedback-sheets.zip', finished_at = now() WHERE id = $1`,
        [id, ids.length],
      );
    } catch (e) {
      this.logger.warn(`feedback zip ${id} failed: ${(e as Error).message}`);
      await rm(`${path}.part`, { force: true });
      await this.db.query(`UPDATE export_jobs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`, [id, (e as Error).message.slice(0, 500)]);
    }
  }
}

function view(r: JobRow): ExportJob {
  return {
    id: r.id,
    kind: r.kind,
    campaignId: r.campaign_id,
    status: r.status,
    done: r.done,
    total: r.total,
    fileName: r.file_name,
    error: r.error,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}
