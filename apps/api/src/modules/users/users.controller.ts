import { Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  createUserRequestSchema,
  updateUserRequestSchema,
  userListSchema,
  userSchema,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '@ses/api-types';
import { DataSource } from 'typeorm';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth';
import { UsersService, toUser } from './users.service';
import { userActor } from '../audit/audit.util';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OutboxService } from '../mail/outbox.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { welcomeMail } from './welcome.mail';

@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly orgs: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiDoc({ summary: 'Users of the organisation (admin)', response: userListSchema })
  async list(@CurrentUser() me: AuthUser) {
    return (await this.users.list(me.organizationId)).map(toUser);
  }

  @Post()
  @ApiDoc({ summary: 'Add a user (admin)', status: 201, response: userSchema })
  async create(@CurrentUser() me: AuthUser, @ZodBody(createUserRequestSchema) body: CreateUserRequest) {
    const org = await this.orgs.get(me.organizationId);
    // The welcome e-mail is queued with the user: both exist, or neither.
    const user = await this.db.transaction(async (m) => {
      const user = await this.users.create(me.organizationId, body, m, userActor(me));
      await this.outbox.enqueue(m, welcomeMail({ organizationId: org.id, organizationName: org.name, userId: user.id, to: user.email, name: user.name, publicUrl: this.config.publicUrl }));
      return user;
    });
    return toUser(user);
  }

  @Patch(':id')
  @ApiDoc({ summary: "Change a user's name or role (admin)", response: userSchema })
  async update(
    @CurrentUser() me: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @ZodBody(updateUserRequestSchema) body: UpdateUserRequest,
  ) {
    return toUser(await this.users.update(me.organizationId, id, body, userActor(me)));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Remove a user (admin); the last admin stays', status: 204 })
  async remove(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    await this.users.remove(me.organizationId, id, userActor(me));
  }
}
