import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  createWebhookRequestSchema,
  createWebhookResponseSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookPayloadSchema,
  type CreateWebhookRequest,
} from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth';
import { WebhooksService } from './webhooks.service';

/** Event subscriptions of other systems; admins manage them. */
@Controller('webhooks')
@Roles('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiDoc({ summary: 'Webhooks of the organisation, without their secrets (admin)', response: webhookListSchema })
  list(@CurrentUser() me: AuthUser) {
    return this.webhooks.list(me.organizationId);
  }

  @Post()
  @ApiDoc({
    summary: 'Subscribe a URL to events; the signing secret is in this answer only (admin). 422 for a private address',
    status: 201,
    response: createWebhookResponseSchema,
    // Each event's body, as the receiver gets it.
    callbacks: Object.fromEntries(webhookPayloadSchema.options.map((o) => [o.shape.type.value, o])),
  })
  create(@CurrentUser() me: AuthUser, @ZodBody(createWebhookRequestSchema) body: CreateWebhookRequest) {
    return this.webhooks.create(me, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Delete a webhook and its deliveries (admin)', status: 204 })
  remove(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.webhooks.remove(me, id);
  }

  @Get(':id/deliveries')
  @ApiDoc({ summary: "A webhook's newest deliveries (admin)", response: webhookDeliveryListSchema })
  deliveries(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.webhooks.deliveries(me.organizationId, id);
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiDoc({
    summary: 'Send a delivered or failed event again, signed anew (admin); 409 while it is pending',
    status: 202,
    response: webhookDeliverySchema,
  })
  replay(
    @CurrentUser() me: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
  ) {
    return this.webhooks.replay(me, id, deliveryId);
  }
}
