import { ApprovalsModule } from '../approvals/approvals.module';
import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CorrectiveActionsModule } from '../corrective-actions/corrective-actions.module';
import { FeedbackReleaseService } from './feedback-release.service';
import { PortalModule } from '../portal/portal.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { FeedbackController } from './feedback.controller';
import { FeedbackZipJobs } from './feedback-zip.jobs';
import { FeedbackService } from './feedback.service';

@Module({
  imports: [ApprovalsModule, CampaignsModule, CorrectiveActionsModule, PortalModule, QuestionnairesModule, ResponsesModule],
  controllers: [FeedbackController],
  providers: [FeedbackService, FeedbackReleaseService, FeedbackZipJobs],
})
export class FeedbackModule {}
