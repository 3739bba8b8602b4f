import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard, SessionResolver } from '../../common/auth';
import { MfaModule } from '../mfa/mfa.module';
import { MfaEnrolmentGuard } from '../mfa/mfa-enrolment.guard';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), OrganizationsModule, UsersModule, MfaModule],
  controllers: [AuthController, SessionsController],
  providers: [
    AuthService,
    SessionsService,
    { provide: SessionResolver, useExisting: AuthService },
    { provide: APP_GUARD, useClass: AuthGuard },
    // After the authentication guard, which sets the user it reads.
    { provide: APP_GUARD, useClass: MfaEnrolmentGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
