import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';

@Module({
  controllers: [QuestionnairesController],
  providers: [QuestionnairesService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule implements OnApplicationBootstrap {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  /** The built-in questionnaire ships with the code; a changed one becomes a new version. */
  async onApplicationBootstrap(): Promise<void> {
    await this.questionnaires.syncBuiltIn(builtinQuestionnaire);
  }
}
