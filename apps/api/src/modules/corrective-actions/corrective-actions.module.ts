import { ApprovalsModule } from '../approvals/approvals.module';
import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { CorrectiveActionMailerService } from './corrective-action-mailer.service';
import { CorrectiveActionRemindersService } from './corrective-action-reminders.service';
import { CorrectiveActionWorkflow } from './corrective-action.workflow';
import { CorrectiveActionsPortalController } from './corrective-actions-portal.controller';
import { CorrectiveActionsPortalService } from './corrective-actions-portal.service';
import { CorrectiveActionsController } from './corrective-actions.controller';
import { CorrectiveActionsRepository } from './corrective-actions.repository';
import { CorrectiveActionsService } from './corrective-actions.service';

const REMINDERS_QUEUE = 'corrective-actions.reminders';

/**
 * Corrective actions (DESIGN §5). The portal imports this module for `openForZ`; this
 * module needs nothing from the portal (links are resolved through ResponsesModule), so
 * there is no import cycle.
 */
@Module({
  imports: [ApprovalsModule, QuestionnairesModule, ResponsesModule],
  controllers: [CorrectiveActionsController, CorrectiveActionsPortalController],
  providers: [
    CorrectiveActionsRepository,
    CorrectiveActionMailerService,
    CorrectiveActionWorkflow,
    CorrectiveActionsService,
    CorrectiveActionsPortalService,
    CorrectiveActionRemindersService,
  ],
  exports: [CorrectiveActionsService, CorrectiveActionRemindersService],
})
export class CorrectiveActionsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: CorrectiveActionRemindersService,
  ) {}

  /** Like campaign reminders: pg-boss's cron (one job per tick across processes) every 15 minutes. */
  async onModuleInit(): Promise<void> {
    await this.jobs.work(REMINDERS_QUEUE, { batchSize: 1, concurrency: 1, pollingIntervalSeconds: 10 }, async () => {
      await this.reminders.runDue();
    });
    await this.jobs.boss.schedule(REMINDERS_QUEUE, '*/15 * * * *');
  }
}
