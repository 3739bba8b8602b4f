import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { CampaignLaunchService, LAUNCH_QUEUE } from './campaign-launch.service';
import { CampaignMailerService } from './campaign-mailer.service';
import { CampaignResultsService } from './campaign-results.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { RemindersService } from './reminders.service';

const REMINDERS_QUEUE = 'campaigns.reminders';

@Module({
  imports: [OrganizationsModule, QuestionnairesModule, ResponsesModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignResultsService, CampaignMailerService, CampaignLaunchService, RemindersService],
  exports: [CampaignsService, CampaignMailerService, RemindersService],
})
export class CampaignsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: RemindersService,
    private readonly launcher: CampaignLaunchService,
  ) {}

  /**
   * Reminders go out by themselves: pg-boss's cron (stored in the database, so one job per
   * tick however many processes run) wakes the reminder run every 15 minutes.
   */
  async onModuleInit(): Promise<void> {
    await this.jobs.work(REMINDERS_QUEUE, { batchSize: 1, concurrency: 1, pollingIntervalSeconds: 10 }, async () => {
      await this.reminders.runDue();
    });
    await this.jobs.boss.schedule(REMINDERS_QUEUE, '*/15 * * * *');
    // A large launch's invitations, a batch at a time after the first (CampaignLaunchService).
    await this.jobs.work<{ campaignId: string }>(LAUNCH_QUEUE, { batchSize: 1, concurrency: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await this.launcher.run(job.data.campaignId);
    });
  }
}
