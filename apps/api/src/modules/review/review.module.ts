import { ApprovalsModule } from '../approvals/approvals.module';
import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { DashboardService } from './dashboard.service';
import { ReviewExportsService } from './exports.service';
import { MatrixService } from './matrix.service';
import { OverridesService } from './overrides.service';
import { ReviewController } from './review.controller';

@Module({
  imports: [ApprovalsModule, CampaignsModule, QuestionnairesModule, ResponsesModule],
  controllers: [ReviewController],
  providers: [DashboardService, MatrixService, ReviewExportsService, OverridesService],
  exports: [MatrixService, OverridesService],
})
export class ReviewModule {}
