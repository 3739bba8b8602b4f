import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import type { Organization } from '@ses/api-types';
import { notFound } from '../../common/errors';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>) {}

  /** Creates an organisation with a URL-safe slug derived from its name, made unique. */
  async create(manager: EntityManager, name: string): Promise<OrganizationEntity> {
    const base = slugify(name);
    for (let attempt = 0; ; attempt++) {
      const slug = attempt === 0 && base ? base : `${base || 'org'}-${randomBytes(3).toString('hex')}`;
      const taken = await manager.exists(OrganizationEntity, { where: { slug } });
      if (!taken) return manager.save(manager.create(OrganizationEntity, { name, slug, thresholds: null }));
    }
  }

  async get(id: string): Promise<OrganizationEntity> {
    const org = await this.orgs.findOneBy({ id });
    if (!org) throw notFound('organization');
    return org;
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

export function toOrganization(o: OrganizationEntity): Organization {
  return { id: o.id, name: o.name, slug: o.slug };
}
