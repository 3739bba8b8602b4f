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
    // Each side on its own, so that each can use its trigram indexes (an OR with a correlated
    // EXISTS cannot, and scans every supplier). Queries under three characters form no
    // trigram and scan, which the small result of such a query keeps cheap.
    qb.andWhere(
      `s.id IN (
         SELECT x.id FROM suppliers x WHERE x.name ILIKE :like OR x.code ILIKE :like
         UNION
         SELECT c.supplier_id FROM supplier_contacts c WHERE c.email ILIKE :like OR c.name ILIKE :like)`,
      { like },
    );
  }
  if (f.productType) qb.andWhere('s.product_type = :productType', { productType: f.productType });
  if (f.country) qb.andWhere('s.country = :country', { country: f.country });
  if (f.tier) qb.andWhere('s.tier = :tier', { tier: f.tier });
  if (f.riskLevel) qb.andWhere('s.risk_level = :riskLevel', { riskLevel: f.riskLevel });
  if (f.tag) qb.andWhere(':tag = ANY(s.tags)', { tag: f.tag });
}
