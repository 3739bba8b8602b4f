import { Controller, Delete, Get, Headers, HttpCode, Inject, Logger, Param, Put, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ssoConfigRequestSchema, ssoConfigSchema, ssoStatusSchema, type SsoConfigRequest } from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Public, Roles } from '../../common/auth';
import { DomainError } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SsoFailure, SsoService } from './sso.service';

const COOKIE = 'ses_sso_state';
/** Each start stores a pending sign-in: limited per client address like the login. */
const SIGN_IN_LIMIT = { max: 30, timeWindow: '1 minute' };

/** Single sign-on: its set-up by an admin, and the two legs of a sign-in. */
@Controller()
export class SsoController {
  private readonly logger = new Logger('SSO');

  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('organization/sso')
  @Roles('admin')
  @ApiDoc({ summary: "The organisation's single sign-on set-up (admin; the client secret is masked)", response: ssoConfigSchema })
  get(@CurrentUser() me: AuthUser) {
    return this.sso.getConfig(me.organizationId);
  }

  @Put('organization/sso')
  @Roles('admin')
  @ApiDoc({ summary: 'Set up single sign-on with an OpenID provider (admin)', response: ssoConfigSchema })
  put(@CurrentUser() me: AuthUser, @ZodBody(ssoConfigRequestSchema) body: SsoConfigRequest) {
    return this.sso.putConfig(me, body);
  }

  @Delete('organization/sso')
  @Roles('admin')
  @HttpCode(204)
  @ApiDoc({ summary: 'Turn single sign-on off (admin); password login works again', status: 204 })
  async remove(@CurrentUser() me: AuthUser) {
    await this.sso.removeConfig(me);
  }

  @Public()
  @Get('auth/sso/:orgSlug')
  @ApiDoc({ summary: 'Whether an organisation signs in with single sign-on', response: ssoStatusSchema })
  status(@Param('orgSlug') slug: string) {
    return this.sso.status(slug);
  }

  @Public()
  @Get('auth/sso/:orgSlug/start')
  @RouteConfig({ rateLimit: SIGN_IN_LIMIT })
  @ApiDoc({ summary: "Start a single sign-on: redirects to the organisation's OpenID provider", status: 302 })
  async start(@Param('orgSlug') slug: string, @Res() reply: FastifyReply) {
    // A browser lands here: failures go back to the login page with a code, not as JSON.
    let started: { url: string; state: string };
    try {
      started = await this.sso.start(slug);
    } catch (e) {
      const code = e instanceof DomainError && e.code === 'NOT_FOUND' ? 'SSO_NOT_CONFIGURED' : 'SSO_FAILED';
      if (code === 'SSO_FAILED') this.logger.warn(`sign-in could not start for ${slug}: ${(e as Error).message}`);
      void reply.header('cache-control', 'no-store').redirect(`${this.config.publicUrl}/login?sso_error=${code}`, 302);
      return;
    }
    const { url, state } = started;
    const secure = this.config.publicUrl.startsWith('https:') ? '; Secure' : '';
    void reply
      .header('set-cookie', `${COOKIE}=${state}; Path=/api/auth/sso; Max-Age=600; HttpOnly; SameSite=Lax${secure}`)
      .header('cache-control', 'no-store')
      .redirect(url, 302);
  }

  /**
   * The provider sends the browser back here. The console receives the new session's token
   * in the URL fragment (never sent to a server, removed from the address by the page), or
   * an error code in the query.
   */
  @Public()
  @Get('auth/sso/callback')
  @RouteConfig({ rateLimit: SIGN_IN_LIMIT })
  @ApiDoc({ summary: 'Where the OpenID provider returns: signs in and redirects to the console', status: 302 })
  async callback(@Req() req: FastifyRequest, @Res() reply: FastifyReply, @Headers('user-agent') userAgent?: string) {
    const clear = `${COOKIE}=; Path=/api/auth/sso; Max-Age=0; HttpOnly; SameSite=Lax`;
    const login = `${this.config.publicUrl}/login`;
    try {
      const url = new URL(req.url, this.config.publicUrl);
      const token = await this.sso.callback(url, readCookie(req.headers.cookie, COOKIE), userAgent);
      void reply.header('set-cookie', clear).header('cache-control', 'no-store').redirect(`${login}#sso_token=${token}`, 302);
    } catch (e) {
      if (!(e instanceof SsoFailure)) throw e;
      void reply.header('set-cookie', clear).header('cache-control', 'no-store').redirect(`${login}?sso_error=${e.code}`, 302);
    }
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}
