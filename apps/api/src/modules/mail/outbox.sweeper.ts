import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Periodic } from '../../common/periodic';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { mailJob, renewEveryMs } from './outbox.jobs';
import { OutboxRepository } from './outbox.repository';

/** Messages released per sweep; the next sweep takes the rest. */
const SWEEP_LIMIT = 5000;

/**
 * Resumes the messages of a worker that stopped mid-dispatch (its process was killed):
 * once their lease lapses they go back to `pending` with a new job, within a minute,
 * instead of waiting for pg-boss to expire the dead worker's job. Runs in every process;
 * the row locks let only one release each message.
 */
@Injectable()
export class OutboxSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxSweeper');
  private readonly periodic = new Periodic(this.logger, 'outbox sweep', () => this.sweep());

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly repo: OutboxRepository,
    private readonly jobs: JobsService,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(renewEveryMs(this.config));
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.periodic.stop();
  }

  /** Releases lapsed messages and queues a job for each. */
  private async sweep(): Promise<void> {
    const ids = await this.db.transaction(async (m) => {
      const lapsed = await this.repo.releaseLapsed(m, SWEEP_LIMIT);
      await this.jobs.insertInTransaction(m, lapsed.map((id) => mailJob(this.config, id)));
      return lapsed;
    });
    if (ids.length > 0) this.logger.warn(`${ids.length} message(s) of a stopped worker queued again`);
  }
}
