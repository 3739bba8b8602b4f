import { Controller, Get, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  publicConfigSchema,
  signupRequestSchema,
  signupResponseSchema,
  type LoginRequest,
  type SignupRequest,
} from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Public, READ_ROLES, Roles } from '../../common/auth';
import { loginRateLimit } from './login-rate-limit';
import { AuthService } from './auth.service';
import { APP_CONFIG, type AppConfig } from '../../config/config';

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/signup')
  @RouteConfig({ rateLimit: { max: 20, timeWindow: '1 hour' } })
  @ApiDoc({ summary: 'Create an organisation and its first admin', status: 201, response: signupResponseSchema })
  signup(@ZodBody(signupRequestSchema) body: SignupRequest, @Headers('user-agent') userAgent?: string) {
    return this.auth.signup(body, userAgent);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @RouteConfig({ rateLimit: loginRateLimit })
  @ApiDoc({ summary: 'Log in; returns a bearer token', response: loginResponseSchema })
  login(@ZodBody(loginRequestSchema) body: LoginRequest, @Headers('user-agent') userAgent?: string) {
    return this.auth.login(body, userAgent);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Roles(...READ_ROLES)
  @ApiDoc({ summary: 'End the session of this bearer token', status: 204 })
  async logout(@CurrentUser() user: AuthUser) {
    await this.auth.logout(user);
  }

  @Get('me')
  @ApiDoc({ summary: 'The current user and organisation', response: meResponseSchema })
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Public()
  @Get('config')
  @ApiDoc({ summary: 'What the sign-in pages need to know about this server', response: publicConfigSchema })
  publicConfig() {
    return { allowSignup: this.config.allowSignup, mailPreview: !this.config.smtpUrl };
  }
}
