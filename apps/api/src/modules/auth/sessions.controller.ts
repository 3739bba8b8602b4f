import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { sessionListSchema } from '@ses/api-types';
import { ApiDoc } from '../../common/api-doc';
import { type AuthUser, CurrentUser, READ_ROLES, Roles } from '../../common/auth';
import { SessionsService } from './sessions.service';

@Controller('auth/sessions')
@Roles(...READ_ROLES)
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiDoc({ summary: "The caller's own sessions that have not expired", response: sessionListSchema })
  list(@CurrentUser() me: AuthUser) {
    return this.sessions.list(me);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Revoke one of the caller’s own sessions (its token stops working at once)', status: 204 })
  async revoke(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    await this.sessions.revoke(me, id);
  }
}
