import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import type { ApprovalSettings, Organization, UpdateOrganizationRequest } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { notFound } from '../../common/errors';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
    private readonly audit: AuditService,
  ) {}

  /** Creates an organisation with a URL-safe slug derived from its name, made unique. */
  async create(manager: EntityManager, name: string): Promise<OrganizationEntity> {
    const base = slugify(name);
    for (let attempt = 0; ; attempt++) {
      const slug = attempt === 0 && base ? base : `${base || 'org'}-${randomBytes(3).toString('hex')}`;
      const taken = await manager.exists(OrganizationEntity, { where: { slug } });
      if (!taken) return manager.save(manager.create(OrganizationEntity, { name, slug, thresholds: null, approvals: null, requireMfa: false }));
    }
  }

  /** Settings change with an audit record; campaigns keep the thresholds they were created with. */
  async update(me: AuthUser, input: UpdateOrganizationRequest): Promise<OrganizationEntity> {
    return this.orgs.manager.transaction(async (m) => {
      const org = await m.findOneOrFail(OrganizationEntity, { where: { id: me.organizationId }, lock: { mode: 'pessimistic_write' } });
      const before = { name: org.name, thresholds: org.thresholds, approvals: approvalSettings(org), requireMfa: org.requireMfa };
      if (input.name !== undefined) org.name = input.name;
      if (input.thresholds !== undefined) org.thresholds = input.thresholds;
      if (input.approvals !== undefined) org.approvals = { ...approvalSettings(org), ...input.approvals };
      if (input.requireMfa !== undefined) org.requireMfa = input.requireMfa;
      const saved = await m.save(org);
      await this.audit.record(m, {
        organizationId: org.id,
        actor: userActor(me),
        action: 'organization.update',
        entityType: 'organization',
        entityId: org.id,
        before,
        after: { name: saved.name, thresholds: saved.thresholds, approvals: approvalSettings(saved), requireMfa: saved.requireMfa },
      });
      return saved;
    });
  }

  async get(id: string): Promise<OrganizationEntity> {
    const org = await this.orgs.findOneBy({ id });
    if (!org) throw notFound('organization');
    return org;
  }

  /** The organisation behind a public page address, or null. */
  findBySlug(slug: string): Promise<OrganizationEntity | null> {
    return this.orgs.findOneBy({ slug });
  }
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** Approvals are off for every action until an admin turns them on. */
export function approvalSettings(o: OrganizationEntity): ApprovalSettings {
  return { overrides: false, verification: false, release: false, ...(o.approvals ?? {}) };
}

export function toOrganization(o: OrganizationEntity): Organization {
  return { id: o.id, name: o.name, slug: o.slug };
}
