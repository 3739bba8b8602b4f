import { Global, Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditSealer } from './audit-sealer';
import { AuditService } from './audit.service';

/** The audit log: global, so every module can record its changes with `AuditService`. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditRepository, AuditLogService, AuditSealer],
  exports: [AuditService],
})
export class AuditModule {}
