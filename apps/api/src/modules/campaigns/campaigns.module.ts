import { Module } from '@nestjs/common';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { CampaignMailerService } from './campaign-mailer.service';
import { CampaignResultsService } from './campaign-results.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { RemindersService } from './reminders.service';

@Module({
  imports: [QuestionnairesModule, ResponsesModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignResultsService, CampaignMailerService, RemindersService],
  exports: [CampaignsService, CampaignMailerService, RemindersService],
})
export class CampaignsModule {}
