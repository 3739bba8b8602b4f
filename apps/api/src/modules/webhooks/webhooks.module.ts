import { Global, Module } from '@nestjs/common';
import { WebhookEventsService } from './webhook-events.service';
import { WebhookDeliveryWorker } from './webhook.worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/** Global so that every feature can report its events without importing this module. */
@Global()
@Module({
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookEventsService, WebhookDeliveryWorker],
  exports: [WebhookEventsService],
})
export class WebhooksModule {}
