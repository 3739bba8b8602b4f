import { Module } from '@nestjs/common';
import { AnswersRepository } from './answers.repository';
import { AttachmentsService } from './attachments.service';
import { ResponseLinksService } from './response-links.service';
import { ResponsesController } from './responses.controller';
import { ResponsesService } from './responses.service';

@Module({
  controllers: [ResponsesController],
  providers: [ResponsesService, AnswersRepository, AttachmentsService, ResponseLinksService],
  exports: [ResponsesService, AnswersRepository, AttachmentsService, ResponseLinksService],
})
export class ResponsesModule {}
