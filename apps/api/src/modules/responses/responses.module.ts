import { Module } from '@nestjs/common';
import { AnswersRepository } from './answers.repository';
import { AttachmentsService } from './attachments.service';
import { AutosaveWriter } from './autosave.writer';
import { ResponseLinksService } from './response-links.service';
import { ResponsesController } from './responses.controller';
import { ResponsesService } from './responses.service';

@Module({
  controllers: [ResponsesController],
  providers: [ResponsesService, AnswersRepository, AutosaveWriter, AttachmentsService, ResponseLinksService],
  exports: [ResponsesService, AnswersRepository, AutosaveWriter, AttachmentsService, ResponseLinksService],
})
export class ResponsesModule {}
