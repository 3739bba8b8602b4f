import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SUPPLIER_IMPORT_COLUMNS, supplierListQuerySchema } from '@ses/api-types';
import type { z } from 'zod';
import { mapRows, queryStream, through } from '../../common/streaming';
import { applySupplierFilters } from './supplier-filters';
import { SupplierEntity } from './supplier.entity';
import { SORT_COLUMNS } from './suppliers.service';

type ExportQuery = Omit<z.output<typeof supplierListQuerySchema>, 'page' | 'pageSize'>;

interface ExportRecord {
  code: string | null;
  name: string;
  product_type: string;
  country: string | null;
  tier: number;
  parent_code: string | null;
  risk_level: string;
  tags: string[];
  contacts: { name: string; email: string; language: string }[] | null;
}

/**
 * The register as the import reads it (SUPPLIER_IMPORT_COLUMNS, up to three contacts), in
 * the list's order and filters: one statement read through a cursor, whatever the count.
 */
@Injectable()
export class SupplierExportService {
  constructor(private readonly db: DataSource) {}

  async rows(organizationId: string, q: ExportQuery) {
    const qb = this.db.getRepository(SupplierEntity).createQueryBuilder('s').where('s.organization_id = :organizationId', { organizationId });
    applySupplierFilters(qb, q);
    qb.select('s.code', 'code')
      .addSelect('s.name', 'name')
      .addSelect('s.product_type', 'product_type')
      .addSelect('s.country', 'country')
      .addSelect('s.tier', 'tier')
      .addSelect('s.risk_level', 'risk_level')
      .addSelect('s.tags', 'tags')
      .addSelect('(SELECT p.code FROM suppliers p WHERE p.id = s.parent_supplier_id)', 'parent_code')
      .addSelect(
        `(SELECT jsonb_agg(jsonb_build_object('name', c.name, 'email', c.email, 'language', c.language) ORDER BY c.position)
            FROM (SELECT * FROM supplier_contacts c WHERE c.supplier_id = s.id ORDER BY c.position LIMIT 3) c)`,
        'contacts',
      )
      .orderBy(SORT_COLUMNS[q.sort], q.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('s.id', 'ASC');
    const [sql, params] = qb.getQueryAndParameters();
    const source = await queryStream<ExportRecord>(this.db, sql, params);
    return { columns: [...SUPPLIER_IMPORT_COLUMNS], rows: through(source, mapRows(toRow)) };
  }
}

/** Cells in SUPPLIER_IMPORT_COLUMNS' order: the eight supplier columns, then three contacts' three. */
function toRow(s: ExportRecord): string[] {
  const cells = [s.code ?? '', s.name, s.product_type, s.country ?? '', String(s.tier), s.parent_code ?? '', s.risk_level, s.tags.join(';')];
  for (let n = 0; n < 3; n++) {
    const c = s.contacts?.[n];
    cells.push(c?.name ?? '', c?.email ?? '', c?.language ?? '');
  }
  return cells;
}
