import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CorrectiveActionsModule } from '../corrective-actions/corrective-actions.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { PortalFilesService } from './portal-files.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

@Module({
  imports: [CampaignsModule, QuestionnairesModule, ResponsesModule, CorrectiveActionsModule],
  controllers: [PortalController],
  providers: [PortalService, PortalFilesService],
  exports: [PortalService],
})
export class PortalModule {}
