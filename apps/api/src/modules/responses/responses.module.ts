import { Module } from '@nestjs/common';
import { AnswersRepository } from './answers.repository';
import { AttachmentsService } from './attachments.service';
import { AutosaveWriter } from './autosave.writer';
import { ResponseLinksService } from './response-links.service';
import { ResponsesController } from './responses.controller';
import { ResponsesRepository } from './responses.repository';
import { ResponsesService } from './responses.service';

@Module({
  controllers: [ResponsesController],
  providers: [ResponsesService, ResponsesRepository, AnswersRepository, AutosaveWriter, AttachmentsService, ResponseLinksService],
  exports: [ResponsesService, ResponsesRepository, AnswersRepository, AutosaveWriter, AttachmentsService, ResponseLinksService],
})
export class ResponsesModule {}
