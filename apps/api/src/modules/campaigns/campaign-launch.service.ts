import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Periodic } from '../../common/periodic';
import { modify } from '../../common/sql';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { OUTBOX } from '../mail/mail.sql';
import { renewEveryMs } from '../mail/outbox.jobs';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { AnswersRepository } from '../responses/answers.repository';
import { RESPONSES } from '../responses/responses.sql';
import { CampaignMailerService } from './campaign-mailer.service';
import type { CampaignEntity } from './campaign.entity';

export const LAUNCH_QUEUE = 'campaigns.launch';

/** Responses handled in the launch request itself: a small campaign is fully queued when it answers. */
const INLINE_BATCH = 200;
/** Responses per background transaction: mails rendered between two turns of the event loop. */
const BATCH = 500;
const LAUNCH_JOB = { retryLimit: 10, retryDelay: 5 };

export interface LaunchProgress {
  /** Responses whose invitations are queued. */
  queued: number;
  /** Responses the launch covers. */
  total: number;
}

interface LaunchRow {
  total: number;
  queued: number;
  invitations: number;
  after_response_id: string | null;
  finished_at: Date | null;
}

/**
 * Queues a campaign's invitations in batches of responses, in id order: the first batch in
 * the launch request, the rest in a background job. Each batch is one transaction that
 * links the responses to the answers they start from, queues one invitation per contact
 * and moves the launch's cursor, so a retried job resumes where the last commit left it and
 * never queues an invitation twice.
 */
@Injectable()
export class CampaignLaunchService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CampaignLaunch');
  private stopping = false;
  private readonly sweep = new Periodic(this.logger, 'launch sweep', () => this.resumeLapsed());

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly mailer: CampaignMailerService,
    private readonly questionnaires: QuestionnairesService,
    private readonly answers: AnswersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every process resumes launches whose job stopped (its lease lapsed), like the outbox's messages. */
  onApplicationBootstrap(): void {
    this.sweep.start(renewEveryMs(this.config));
  }

  /** In the launch transaction: records the launch, runs its first batch, and queues the rest. Returns the invitations queued. */
  async start(m: EntityManager, campaign: CampaignEntity): Promise<number> {
    await m.query(
      `INSERT INTO campaign_launches (campaign_id, total, locked_until)
       SELECT $1, count(*), now() + make_interval(secs => $2) FROM ${RESPONSES} responses WHERE campaign_id = $1
       ON CONFLICT (campaign_id) DO NOTHING`,
      [campaign.id, this.config.mail.leaseSeconds],
    );
    const first = await this.batch(m, campaign, INLINE_BATCH);
    if (!first.done) await this.jobs.sendInTransaction(m, LAUNCH_QUEUE, { campaignId: campaign.id }, LAUNCH_JOB);
    return first.invitations;
  }

  /** Shutting down: the job stops between batches and is retried from its cursor. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.sweep.stop();
  }

  /**
   * Launches not finished whose lease lapsed (the process running their job was killed) get a
   * new job and a new lease. Two jobs of one launch are harmless: each batch takes the launch
   * row's lock and resumes after its cursor.
   */
  private async resumeLapsed(): Promise<void> {
    const ids = await this.db.transaction(async (m) => {
      const { rows } = await modify<{ campaign_id: string }>(
        m,
        `UPDATE campaign_launches SET locked_until = now() + make_interval(secs => $1)
         WHERE campaign_id IN (SELECT campaign_id FROM campaign_launches
                               WHERE finished_at IS NULL AND locked_until < now() FOR UPDATE SKIP LOCKED)
         RETURNING campaign_id`,
        [this.config.mail.leaseSeconds],
      );
      for (const r of rows) await this.jobs.sendInTransaction(m, LAUNCH_QUEUE, { campaignId: r.campaign_id }, LAUNCH_JOB);
      return rows.map((r) => r.campaign_id);
    });
    if (ids.length > 0) this.logger.warn(`${ids.length} launch(es) of a stopped worker resumed`);
  }

  /** The background job: batches until the launch is complete (or its campaign closed). */
  async run(campaignId: string): Promise<void> {
    for (;;) {
      if (this.stopping) throw new Error('shutting down: the launch resumes from its last batch');
      const done = await this.db.transaction(async (m) => {
        const [campaign] = (await m.query(
          `SELECT id, organization_id AS "organizationId", name, due_date AS "dueDate", questionnaire_version_id AS "questionnaireVersionId", status
           FROM campaigns WHERE id = $1`,
          [campaignId],
        )) as CampaignEntity[];
        if (!campaign) return true;
        if (campaign.status !== 'active') {
          await m.query(`UPDATE campaign_launches SET finished_at = now() WHERE campaign_id = $1 AND finished_at IS NULL`, [campaignId]);
          return true;
        }
        return (await this.batch(m, campaign, BATCH)).done;
      });
      if (done) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async progress(campaignId: string): Promise<LaunchProgress | undefined> {
    const [row] = (await this.db.query(`SELECT total, queued FROM campaign_launches WHERE campaign_id = $1`, [campaignId])) as LaunchProgress[];
    return row;
  }

  /**
   * The next `limit` responses after the cursor, under the launch row's lock. Responses that
   * already have an invitation (added to the running campaign, which invites them at once)
   * are passed over: a contact gets one link per invitation. The nil uuid sorts first, so
   * the first batch starts there and every batch is a range of the (campaign_id, id) index.
   */
  private async batch(m: EntityManager, campaign: CampaignEntity, limit: number): Promise<{ done: boolean; invitations: number }> {
    const [launch] = (await m.query(
      `SELECT total, queued, invitations, after_response_id, finished_at FROM campaign_launches WHERE campaign_id = $1 FOR UPDATE`,
      [campaign.id],
    )) as LaunchRow[];
    if (!launch || launch.finished_at) return { done: true, invitations: 0 };
    const rows: { id: string; invited: boolean }[] = await m.query(
      `SELECT r.id, EXISTS (SELECT 1 FROM ${OUTBOX} o WHERE o.response_id = r.id AND o.kind = 'invitation') AS invited
       FROM ${RESPONSES} r WHERE r.campaign_id = $1 AND r.id > coalesce($2::uuid, '00000000-0000-0000-0000-000000000000') ORDER BY r.id LIMIT $3`,
      [campaign.id, launch.after_response_id, limit],
    );
    const ids = rows.filter((r) => !r.invited).map((r) => r.id);
    let invitations = 0;
    if (ids.length > 0) {
      const { questionnaireId } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
      await this.answers.linkPrevious(m, campaign.id, questionnaireId, ids);
      invitations = await this.mailer.queue(m, { ...campaign, status: 'active' }, { kind: 'invitation' }, ids);
    }
    const done = rows.length < limit;
    await m.query(
      `UPDATE campaign_launches SET queued = CASE WHEN $5 THEN total ELSE least(total, queued + $2) END,
         invitations = invitations + $3, after_response_id = $4,
         finished_at = CASE WHEN $5 THEN now() END, locked_until = now() + make_interval(secs => $6)
       WHERE campaign_id = $1`,
      [campaign.id, rows.length, invitations, rows.at(-1)?.id ?? launch.after_response_id, done, this.config.mail.leaseSeconds],
    );
    if (done && launch.total > INLINE_BATCH) this.logger.log(`campaign ${campaign.id}: ${launch.invitations + invitations} invitations queued`);
    return { done, invitations };
  }
}
