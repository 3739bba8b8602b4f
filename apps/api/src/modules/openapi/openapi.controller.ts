import { Controller, Get } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ApiDoc } from '../../common/api-doc';
import { Public } from '../../common/auth';
import { buildOpenApi, collectRoutes } from './openapi';

@Controller()
export class OpenApiController {
  private document?: unknown;

  constructor(private readonly discovery: DiscoveryService) {}

  @Public()
  @Get('openapi.json')
  @ApiDoc({ summary: 'This OpenAPI document' })
  openapi() {
    this.document ??= buildOpenApi(collectRoutes(this.discovery, 'api'), '0.1.0');
    return this.document;
  }
}
