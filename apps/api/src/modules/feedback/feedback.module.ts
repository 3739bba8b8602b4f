import { ApprovalsModule } from '../approvals/approvals.module';
import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PortalModule } from '../portal/portal.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { FeedbackController } from './feedback.controller';
import { FeedbackZipJobs } from './feedback-zip.jobs';
import { FeedbackService } from './feedback.service';

@Module({
  imports: [ApprovalsModule, CampaignsModule, PortalModule, QuestionnairesModule, ResponsesModule],
  controllers: [FeedbackController],
  providers: [FeedbackService, FeedbackZipJobs],
})
export class FeedbackModule {}
