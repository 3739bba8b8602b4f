import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { mfaStatusSchema, recoveryCodesSchema, totpCodeRequestSchema, totpSetupSchema, type TotpCodeRequest } from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, READ_ROLES, Roles } from '../../common/auth';
import { MfaService } from './mfa.service';

/** The caller's own second factor. */
@Controller('auth/mfa')
@Roles(...READ_ROLES)
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @Get()
  @ApiDoc({ summary: "Whether the caller's TOTP is on, and recovery codes left", response: mfaStatusSchema })
  status(@CurrentUser() me: AuthUser) {
    return this.mfa.status(me);
  }

  @Post('totp/setup')
  @ApiDoc({ summary: 'Start TOTP enrolment: a new secret with its otpauth URI and QR code', status: 201, response: totpSetupSchema })
  setup(@CurrentUser() me: AuthUser) {
    return this.mfa.setup(me);
  }

  @Post('totp/enable')
  @HttpCode(200)
  @ApiDoc({ summary: 'Confirm TOTP with a code; answers the recovery codes, shown only this once', response: recoveryCodesSchema })
  enable(@CurrentUser() me: AuthUser, @ZodBody(totpCodeRequestSchema) body: TotpCodeRequest) {
    return this.mfa.enable(me, body.code);
  }

  @Delete('totp')
  @HttpCode(204)
  @ApiDoc({ summary: 'Turn TOTP off with a current code (refused while the organisation requires it)', status: 204 })
  async disable(@CurrentUser() me: AuthUser, @ZodBody(totpCodeRequestSchema) body: TotpCodeRequest) {
    await this.mfa.disable(me, body.code);
  }
}
