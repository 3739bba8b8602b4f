import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { healthResponseSchema } from '@ses/api-types';
import { ApiDoc } from '../../common/api-doc';
import { Public } from '../../common/auth';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  @Public()
  @Get()
  @ApiDoc({ summary: '{ status: "ok" } when the database answers', response: healthResponseSchema })
  async health() {
    await this.db.query('SELECT 1');
    return { status: 'ok' as const };
  }
}
