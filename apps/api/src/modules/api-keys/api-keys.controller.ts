import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { apiKeyListSchema, createApiKeyRequestSchema, createApiKeyResponseSchema, type CreateApiKeyRequest } from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth';
import { ApiKeysService } from './api-keys.service';

/** Keys for other systems; only admins manage them (and never with a key). */
@Controller('api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiDoc({ summary: 'API keys of the organisation, without the keys themselves (admin)', response: apiKeyListSchema })
  list(@CurrentUser() me: AuthUser) {
    return this.keys.list(me.organizationId);
  }

  @Post()
  @ApiDoc({ summary: 'Create an API key; the key is in this answer only (admin)', status: 201, response: createApiKeyResponseSchema })
  create(@CurrentUser() me: AuthUser, @ZodBody(createApiKeyRequestSchema) body: CreateApiKeyRequest) {
    return this.keys.create(me, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Revoke an API key at once (admin)', status: 204 })
  revoke(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.keys.revoke(me, id);
  }
}
