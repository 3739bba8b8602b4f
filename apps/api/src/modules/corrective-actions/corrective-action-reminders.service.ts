import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SUPPLIER_TURN_STATUSES } from '@ses/api-types';
import { today as utcToday } from '../responses/response-status';
import { CorrectiveActionMailerService } from './corrective-action-mailer.service';
import { CorrectiveActionsRepository } from './corrective-actions.repository';

/** Reminders go out this many days before an action's due date, then weekly once it has passed. */
export const REMINDER_DAYS_BEFORE = [7, 1];

/**
 * Reminds suppliers of the actions awaiting them (a plan, a revised plan, or the
 * implementation report). Runs every few minutes from the job queue; each reminder is
 * recorded in the action's history with its key (due date and step), so it goes once per
 * step however often the run repeats, and once more if the due date moves. The outbox's
 * dedupe keys guard the same against two processes running at once.
 */
@Injectable()
export class CorrectiveActionRemindersService {
  private readonly logger = new Logger('CorrectiveActionReminders');

  constructor(
    private readonly db: DataSource,
    private readonly repo: CorrectiveActionsRepository,
    private readonly mailer: CorrectiveActionMailerService,
  ) {}

  async runDue(today = utcToday()): Promise<number> {
    const due = await this.repo.dueForReminder(SUPPLIER_TURN_STATUSES, REMINDER_DAYS_BEFORE, today);
    let queued = 0;
    for (const action of due) {
      const daysLeft = Number(action.days_left);
      const key = `${action.due_date}:${daysLeft >= 0 ? `before-${daysLeft}` : `overdue-${-daysLeft}`}`;
      queued += await this.db.transaction(async (m) => {
        if (await this.repo.hasEvent(m, action.id, 'reminded', key)) return 0;
        await this.repo.addEvent(m, { actionId: action.id, kind: 'reminded', side: 'system', actor: 'system', data: { key, daysLeft } });
        return this.mailer.reminder(m, action, key, daysLeft);
      });
    }
    if (queued) this.logger.log(`queued ${queued} corrective-action reminders`);
    return queued;
  }
}
