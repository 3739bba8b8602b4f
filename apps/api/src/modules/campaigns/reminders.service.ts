import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CampaignMailerService } from './campaign-mailer.service';
import { CampaignEntity } from './campaign.entity';

const DAY = 86_400_000;

/**
 * The reminder schedule of active campaigns: `reminderDaysBefore` days before the due date,
 * then weekly while overdue. Runs every few minutes from the job queue; the outbox's
 * dedupe keys make each reminder go out once however often it runs, on however many
 * processes.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly db: DataSource,
    private readonly mailer: CampaignMailerService,
  ) {}

  async runDue(today = new Date().toISOString().slice(0, 10)): Promise<number> {
    const campaigns = await this.db.getRepository(CampaignEntity).findBy({ status: 'active' });
    let queued = 0;
    for (const c of campaigns) {
      const daysLeft = Math.round((Date.parse(c.dueDate) - Date.parse(today)) / DAY);
      let key: string | null = null;
      if (daysLeft >= 0 && c.reminderDaysBefore.includes(daysLeft)) key = `before-${daysLeft}`;
      else if (daysLeft < 0 && c.remindOverdue && (-daysLeft - 1) % 7 === 0) key = `overdue-${-daysLeft}`;
      if (!key) continue;
      queued += await this.db.transaction((m) => this.mailer.queue(m, c, { kind: 'reminder', key: key!, overdue: daysLeft < 0, daysLeft }));
    }
    if (queued) this.logger.log(`queued ${queued} reminders`);
    return queued;
  }
}
