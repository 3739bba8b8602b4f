import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import type { Supplier, SupplierList, UpdateSupplierRequest } from '@ses/api-types';
import { createSupplierRequestSchema, supplierListQuerySchema } from '@ses/api-types';
import type { z } from 'zod';
import { DomainError, notFound } from '../../common/errors';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { changes, inTransaction } from '../audit/audit.util';
import { SupplierContactEntity } from './supplier-contact.entity';
import { SupplierEntity } from './supplier.entity';
import { applySupplierFilters } from './supplier-filters';
import { WebhookEventsService } from '../webhooks/webhook-events.service';

type NewSupplier = z.output<typeof createSupplierRequestSchema>;
type ListQuery = z.output<typeof supplierListQuerySchema>;

export const SORT_COLUMNS: Record<ListQuery['sort'], string> = {
  name: 's.name',
  code: 's.code',
  productType: 's.product_type',
  country: 's.country',
  tier: 's.tier',
  riskLevel: 's.risk_level',
  createdAt: 's.created_at',
};

@Injectable()
export class SuppliersService {
  constructor(
    @InjectRepository(SupplierEntity) private readonly suppliers: Repository<SupplierEntity>,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  async list(organizationId: string, query: ListQuery): Promise<SupplierList> {
    const qb = this.suppliers.createQueryBuilder('s').where('s.organization_id = :organizationId', { organizationId });
    applySupplierFilters(qb, query);
    const total = await qb.getCount();
    const rows = await qb
      .orderBy(SORT_COLUMNS[query.sort], query.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('s.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    return { items: await this.present(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(organizationId: string, id: string): Promise<Supplier> {
    return (await this.present([await this.find(organizationId, id)]))[0];
  }

  /** With `actor`, the change is audited in the same transaction (imports audit one summary instead). */
  async create(organizationId: string, input: NewSupplier, manager = this.suppliers.manager, actor?: AuditActor): Promise<SupplierEntity> {
    if (actor) {
      return inTransaction(manager, async (m) => {
        const s = await this.create(organizationId, input, m);
        await this.audit.record(m, { organizationId, actor, action: 'supplier.create', entityType: 'supplier', entityId: s.id, after: auditView(s) });
        return s;
      });
    }
    await this.assertParent(manager, organizationId, null, input.parentSupplierId ?? null);
    const supplier = manager.create(SupplierEntity, {
      organizationId,
      name: input.name,
      code: input.code ?? null,
      productType: input.productType,
      country: input.country ?? null,
      tier: input.tier,
      parentSupplierId: input.parentSupplierId ?? null,
      riskLevel: input.riskLevel,
      tags: dedupe(input.tags),
      archivedAt: null,
      contacts: input.contacts.map((c, position) => manager.create(SupplierContactEntity, { ...c, position })),
    });
    const saved = await this.uniqueCode(() => manager.save(supplier));
    await this.webhooks.emit(manager, 'supplier.created', { organizationId, supplierId: saved.id, name: saved.name, code: saved.code });
    return saved;
  }

  async update(organizationId: string, id: string, patch: UpdateSupplierRequest, manager?: EntityManager, actor?: AuditActor): Promise<SupplierEntity> {
    const run = async (m: EntityManager) => {
      const supplier = await this.find(organizationId, id, m);
      const before = auditView(supplier);
      if (patch.parentSupplierId !== undefined) await this.assertParent(m, organizationId, id, patch.parentSupplierId);
      const { contacts, tags, ...fields } = patch;
      Object.assign(supplier, fields);
      if (tags) supplier.tags = dedupe(tags);
      if (contacts) {
        await m.delete(SupplierContactEntity, { supplierId: id });
        supplier.contacts = contacts.map((c, position) =>
          m.create(SupplierContactEntity, { ...c, language: c.language ?? 'ja', position, supplierId: id }),
        );
      }
      const saved = await this.uniqueCode(() => m.save(supplier));
      const diff = actor && changes(before, auditView(saved));
      if (diff) await this.audit.record(m, { organizationId, actor: actor!, action: 'supplier.update', entityType: 'supplier', entityId: id, ...diff });
      return saved;
    };
    return manager ? run(manager) : this.suppliers.manager.transaction(run);
  }

  async setArchived(organizationId: string, id: string, archived: boolean, actor?: AuditActor): Promise<Supplier> {
    await this.suppliers.manager.transaction(async (m) => {
      const supplier = await this.find(organizationId, id, m);
      const was = supplier.archivedAt !== null;
      supplier.archivedAt = archived ? (supplier.archivedAt ?? new Date()) : null;
      await m.save(supplier);
      if (actor && was !== archived) {
        const action = archived ? 'supplier.archive' : 'supplier.restore';
        await this.audit.record(m, { organizationId, actor, action, entityType: 'supplier', entityId: id, before: { archived: was }, after: { archived } });
      }
    });
    return this.get(organizationId, id);
  }

  /** Deletes a supplier that has never answered; one with responses can only be archived. */
  async remove(organizationId: string, id: string, actor?: AuditActor): Promise<void> {
    const supplier = await this.find(organizationId, id);
    try {
      await this.suppliers.manager.transaction(async (m) => {
        await m.delete(SupplierEntity, { organizationId, id });
        if (actor) await this.audit.record(m, { organizationId, actor, action: 'supplier.delete', entityType: 'supplier', entityId: id, before: auditView(supplier) });
      });
    } catch (e) {
      // Responses reference their supplier with ON DELETE RESTRICT (23001; 23503 for NO ACTION).
      const code = e instanceof QueryFailedError ? (e.driverError as { code?: string }).code : undefined;
      if (code === '23001' || code === '23503') {
        throw new DomainError('SUPPLIER_HAS_RESPONSES', 'this supplier has responses: archive it instead');
      }
      throw e;
    }
  }

  async facets(organizationId: string) {
    const q = (sql: string) => this.suppliers.query(sql, [organizationId]) as Promise<{ v: string }[]>;
    const [productTypes, countries, tags] = await Promise.all([
      q(`SELECT DISTINCT product_type AS v FROM suppliers WHERE organization_id = $1 ORDER BY 1`),
      q(`SELECT DISTINCT country AS v FROM suppliers WHERE organization_id = $1 AND country IS NOT NULL ORDER BY 1`),
      q(`SELECT DISTINCT unnest(tags) AS v FROM suppliers WHERE organization_id = $1 ORDER BY 1`),
    ]);
    return { productTypes: productTypes.map((r) => r.v), countries: countries.map((r) => r.v), tags: tags.map((r) => r.v) };
  }

  async find(organizationId: string, id: string, manager = this.suppliers.manager): Promise<SupplierEntity> {
    const supplier = await manager.findOne(SupplierEntity, { where: { organizationId, id }, relations: { contacts: true } });
    if (!supplier) throw notFound('supplier');
    return supplier;
  }

  /** The ids of the suppliers matching the list filters, in the list's order. */
  async ids(organizationId: string, query: Omit<ListQuery, 'page' | 'pageSize'>): Promise<string[]> {
    const qb = this.suppliers.createQueryBuilder('s').select('s.id', 'id').where('s.organization_id = :organizationId', { organizationId });
    applySupplierFilters(qb, query);
    const rows: { id: string }[] = await qb
      .orderBy(SORT_COLUMNS[query.sort], query.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('s.id', 'ASC')
      .getRawMany();
    return rows.map((r) => r.id);
  }

  /**
   * Supplier rows with contacts and parent names, two queries for any number of rows: the
   * ids go as one array parameter (one parameter per id stops at PostgreSQL's 65,535).
   */
  async present(rows: SupplierEntity[]): Promise<Supplier[]> {
    if (rows.length === 0) return [];
    const m = this.suppliers.manager;
    const ids = rows.map((r) => r.id);
    const parentIds = [...new Set(rows.map((r) => r.parentSupplierId).filter((p): p is string => !!p))];
    const [contactRows, parents] = await Promise.all([
      m.query(
        `SELECT id, supplier_id AS "supplierId", name, email, language FROM supplier_contacts
         WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, position`,
        [ids],
      ) as Promise<{ id: string; supplierId: string; name: string; email: string; language: Supplier['contacts'][number]['language'] }[]>,
      parentIds.length ? (m.query(`SELECT id, name FROM suppliers WHERE id = ANY($1::uuid[])`, [parentIds]) as Promise<{ id: string; name: string }[]>) : [],
    ]);
    const parentName = new Map(parents.map((p) => [p.id, p.name]));
    const contactsOf = new Map<string, Supplier['contacts']>();
    for (const { supplierId, ...c } of contactRows) {
      const list = contactsOf.get(supplierId);
      if (list) list.push(c);
      else contactsOf.set(supplierId, [c]);
    }
    return rows.map((s) => ({
      id: s.id,
      name: s.name,
      code: s.code,
      productType: s.productType,
      country: s.country,
      tier: s.tier,
      parentSupplierId: s.parentSupplierId,
      parentSupplierName: s.parentSupplierId ? (parentName.get(s.parentSupplierId) ?? null) : null,
      riskLevel: s.riskLevel,
      tags: s.tags,
      contacts: contactsOf.get(s.id) ?? [],
      archived: s.archivedAt !== null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    }));
  }

  /** The parent must be another supplier of the same organisation, and not a descendant. */
  private async assertParent(m: EntityManager, organizationId: string, id: string | null, parentId: string | null) {
    if (!parentId) return;
    if (parentId === id) throw new DomainError('INVALID_PARENT_SUPPLIER', 'a supplier cannot be its own parent');
    const exists = await m.exists(SupplierEntity, { where: { organizationId, id: parentId } });
    if (!exists) throw new DomainError('INVALID_PARENT_SUPPLIER', 'the parent supplier does not exist');
    if (!id) return;
    const [{ cycle }] = await m.query(
      `WITH RECURSIVE up(id) AS (
         SELECT parent_supplier_id FROM suppliers WHERE id = $1
         UNION SELECT s.parent_supplier_id FROM suppliers s JOIN up ON s.id = up.id
       ) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
      [parentId, id],
    );
    if (cycle) throw new DomainError('INVALID_PARENT_SUPPLIER', 'the parent supplier is below this supplier in the chain');
  }

  private async uniqueCode<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'suppliers_org_code_idx') {
        throw new DomainError('SUPPLIER_CODE_TAKEN', 'another supplier already has this code');
      }
      throw e;
    }
  }
}

const dedupe = (xs: string[]) => [...new Set(xs)];

/** A supplier as its audit events show it. */
function auditView(s: SupplierEntity) {
  return {
    name: s.name,
    code: s.code,
    productType: s.productType,
    country: s.country,
    tier: s.tier,
    parentSupplierId: s.parentSupplierId,
    riskLevel: s.riskLevel,
    tags: s.tags,
    archived: s.archivedAt !== null,
    contacts: [...(s.contacts ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ name: c.name, email: c.email, language: c.language })),
  };
}

