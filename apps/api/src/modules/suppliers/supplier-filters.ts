import type { SelectQueryBuilder } from 'typeorm';
import type { supplierListQuerySchema } from '@ses/api-types';
import type { z } from 'zod';
import type { SupplierEntity } from './supplier.entity';

type Filters = Omit<z.output<typeof supplierListQuerySchema>, 'page' | 'pageSize' | 'sort' | 'order'>;

/** The list filters, shared by the paged list and the export. */
export function applySupplierFilters(qb: SelectQueryBuilder<SupplierEntity>, f: Filters): void {
  if (f.status === 'active') qb.andWhere('s.archived_at IS NULL');
  if (f.status === 'archived') qb.andWhere('s.archived_at IS NOT NULL');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    qb.andWhere(
      `(s.name ILIKE :like OR s.code ILIKE :like OR EXISTS (
         SELECT 1 FROM supplier_contacts c WHERE c.supplier_id = s.id AND (c.email ILIKE :like OR c.name ILIKE :like)))`,
      { like },
    );
  }
  if (f.productType) qb.andWhere('s.product_type = :productType', { productType: f.productType });
  if (f.country) qb.andWhere('s.country = :country', { country: f.country });
  if (f.tier) qb.andWhere('s.tier = :tier', { tier: f.tier });
  if (f.riskLevel) qb.andWhere('s.risk_level = :riskLevel', { riskLevel: f.riskLevel });
  if (f.tag) qb.andWhere(':tag = ANY(s.tags)', { tag: f.tag });
}
