import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Periodic } from '../../common/periodic';
import { AuditService } from './audit.service';
import { ORGANIZATIONS } from '../organizations/organizations.sql';

const EVERY_MS = 5_000;

/**
 * Chains pending autosave events every few seconds, so that they are tamper-evident soon
 * after they are written even when nothing else is recorded or read. Several processes may
 * run it at once: the per-organisation lock makes the second find nothing to do.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditSealer');
  private readonly periodic = new Periodic(this.logger, 'sealing', () => this.sealAll());

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(EVERY_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.periodic.stop();
  }

  async sealAll(): Promise<void> {
    // Pending events carry no foreign key (see the AuditPending migration): those of an
    // organisation deleted since have nothing left to be chained to.
    await this.db.query(
      `DELETE FROM audit_pending p WHERE NOT EXISTS (SELECT 1 FROM ${ORGANIZATIONS} o WHERE o.id = p.organization_id)`,
    );
    const orgs: { organization_id: string }[] = await this.db.query(
      `SELECT DISTINCT organization_id FROM audit_pending LIMIT 1000`,
    );
    for (const { organization_id } of orgs) await this.audit.seal(this.db.manager, organization_id);
  }
}
