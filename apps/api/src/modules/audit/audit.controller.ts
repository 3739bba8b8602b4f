import { Controller, Get } from '@nestjs/common';
import { auditEventListSchema, auditListQuerySchema, auditVerifyQuerySchema, auditVerifySchema, type AuditVerify } from '@ses/api-types';
import type { z } from 'zod';
import { ApiDoc, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { AuditLogService } from './audit-log.service';

/** The organisation's audit log; every role may read it (viewers are the auditors). */
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiDoc({ summary: 'Audit events, newest first, with before and after', response: auditEventListSchema })
  list(@CurrentUser() me: AuthUser, @ZodQuery(auditListQuerySchema) query: z.output<typeof auditListQuerySchema>) {
    return this.log.list(me.organizationId, query);
  }

  @Get('verify')
  @ApiDoc({
    summary: "Recompute the organisation's hash chain after the last verified event (`full=true`: all of it): { valid, events, firstInvalidSeq? }",
    response: auditVerifySchema,
  })
  verify(@CurrentUser() me: AuthUser, @ZodQuery(auditVerifyQuerySchema) query: z.output<typeof auditVerifyQuerySchema>): Promise<AuditVerify> {
    return this.log.verify(me.organizationId, { full: query.full });
  }
}
