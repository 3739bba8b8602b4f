import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ApiKeyResolver } from '../../common/auth';
import { ApiKeyContextInterceptor } from './api-key-context.interceptor';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';

/** Global so that the auth guard (in the auth module) finds the key resolver. */
@Global()
@Module({
  controllers: [ApiKeysController],
  providers: [
    ApiKeysService,
    { provide: ApiKeyResolver, useExisting: ApiKeysService },
    { provide: APP_INTERCEPTOR, useClass: ApiKeyContextInterceptor },
  ],
  exports: [ApiKeyResolver],
})
export class ApiKeysModule {}
