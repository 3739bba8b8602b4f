import { Module } from '@nestjs/common';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ResponsesModule } from '../responses/responses.module';
import { PortalFilesService } from './portal-files.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

@Module({
  imports: [QuestionnairesModule, ResponsesModule],
  controllers: [PortalController],
  providers: [PortalService, PortalFilesService],
  exports: [PortalService],
})
export class PortalModule {}
