import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  SUPPLIER_IMPORT_COLUMNS,
  createSupplierRequestSchema,
  type ImportResult,
} from '@ses/api-types';
import type { z } from 'zod';
import { DomainError } from '../../common/errors';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { type Row, readTabular } from '../../common/tabular';
import { toIssues } from '../../common/zod';
import { SuppliersService } from './suppliers.service';

type NewSupplier = z.output<typeof createSupplierRequestSchema>;
interface Parsed {
  row: number;
  input: NewSupplier;
  parentCode: string | null;
}

const MAX_ROWS = 20_000;
/** Supplier ids listed in an import's audit event; the counts are always complete. */
const AUDIT_IDS = 1000;

/**
 * Import and export of the supplier register as CSV or XLSX, with the columns of
 * SUPPLIER_IMPORT_COLUMNS. An import is all or nothing: every row is checked first, and
 * any error leaves the register as it was.
 */
@Injectable()
export class SupplierImportService {
  constructor(
    private readonly db: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly audit: AuditService,
  ) {}

  /** The template's columns and its one example row, written like every export. */
  template(): { columns: readonly string[]; rows: Readable } {
    const example: Row = {
      code: 'V-0001', name: '株式会社サンプル製作所', product_type: 'Electronic components', country: 'JP', tier: '1',
      parent_code: '', risk_level: 'medium', tags: 'priority;metal', contact_name: '山田 花子',
      contact_email: 'hanako.yamada@example.co.jp', contact_language: 'ja',
    };
    return { columns: SUPPLIER_IMPORT_COLUMNS, rows: Readable.from([example]) };
  }

  async import(organizationId: string, file: Buffer, actor?: AuditActor): Promise<ImportResult> {
    const rows = await readTabular(file);
    if (rows.length === 0) throw new DomainError('VALIDATION_FAILED', 'the file has no supplier rows');
    if (rows.length > MAX_ROWS) throw new DomainError('VALIDATION_FAILED', `at most ${MAX_ROWS} rows per import`);
    const missing = ['name', 'product_type'].filter((c) => !(c in rows[0]));
    if (missing.length) throw new DomainError('VALIDATION_FAILED', `missing column(s): ${missing.join(', ')}`);

    const errors: ImportResult['errors'] = [];
    const parsed: Parsed[] = [];
    const seenCodes = new Map<string, number>();
    /** Codes on rows that failed their own checks: a later reference to one is not a second fault. */
    const failedCodes = new Map<string, number>();
    rows.forEach((r, i) => {
      const row = i + 2; // the spreadsheet row: the header is row 1
      const result = createSupplierRequestSchema.safeParse(toInput(r));
      if (!result.success) {
        for (const issue of toIssues(result.error)) {
          const column = columnOf(issue.path);
          errors.push({ row, column, message: `${column}: ${issue.message}`, code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
        }
        const code = r.code?.trim();
        if (code && !failedCodes.has(code)) failedCodes.set(code, row);
        return;
      }
      const code = result.data.code ?? null;
      if (code && seenCodes.has(code)) {
        const first = seenCodes.get(code)!;
        errors.push({ row, column: 'code', message: `code: ${code} also appears on row ${first}`, code: 'duplicate_code', params: { code, row: first } });
      }
      if (code) seenCodes.set(code, row);
      parsed.push({ row, input: result.data, parentCode: r.parent_code || null });
    });

    const existing = await this.existingByCode(organizationId, [...seenCodes.keys(), ...parsed.map((p) => p.parentCode).filter((c): c is string => !!c)]);
    for (const p of parsed) {
      const parent = p.parentCode;
      if (parent && !seenCodes.has(parent) && !existing.has(parent)) {
        const failedRow = failedCodes.get(parent);
        errors.push(
          failedRow !== undefined
            ? { row: p.row, column: 'parent_code', message: `parent_code: ${parent} is on row ${failedRow}, which has errors`, code: 'parent_row_failed', params: { code: parent, row: failedRow } }
            : { row: p.row, column: 'parent_code', message: `parent_code: no supplier has the code ${parent}`, code: 'unknown_parent', params: { code: parent } },
        );
      }
      if (parent && parent === p.input.code) {
        errors.push({ row: p.row, column: 'parent_code', message: 'parent_code: a supplier cannot be its own parent', code: 'own_parent' });
      }
    }
    if (errors.length) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };

    return this.db.transaction(async (m) => {
      let created = 0;
      let updated = 0;
      const touched: { created: string[]; updated: string[] } = { created: [], updated: [] };
      const idOf = new Map([...existing].map(([code, id]) => [code, id]));
      // Parents first: a row may name a parent that appears later in the file.
      const ordered = [...parsed].sort((a, b) => a.input.tier - b.input.tier);
      const pending: { id: string; parentCode: string; row: number }[] = [];
      for (const p of ordered) {
        const { parentSupplierId: _ignored, ...fields } = p.input;
        const existingId = p.input.code ? idOf.get(p.input.code) : undefined;
        let id: string;
        if (existingId) {
          id = (await this.suppliers.update(organizationId, existingId, fields, m)).id;
          updated++;
          touched.updated.push(id);
        } else {
          id = (await this.suppliers.create(organizationId, fields, m)).id;
          created++;
          touched.created.push(id);
          if (p.input.code) idOf.set(p.input.code, id);
        }
        if (p.parentCode) pending.push({ id, parentCode: p.parentCode, row: p.row });
      }
      for (const { id, parentCode } of pending) {
        await this.suppliers.update(organizationId, id, { parentSupplierId: idOf.get(parentCode)! }, m);
      }
      // One summary event per import rather than one per row: which suppliers, not every field.
      if (actor) {
        const after = { created, updated, createdIds: touched.created.slice(0, AUDIT_IDS), updatedIds: touched.updated.slice(0, AUDIT_IDS) };
        await this.audit.record(m, { organizationId, actor, action: 'supplier.import', entityType: 'supplier_import', entityId: randomUUID(), after });
      }
      return { created, updated, errors: [] };
    });
  }

  private async existingByCode(organizationId: string, codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: { id: string; code: string }[] = await this.db.query(
      `SELECT id, code FROM suppliers WHERE organization_id = $1 AND code = ANY($2)`,
      [organizationId, [...new Set(codes)]],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }
}

function toInput(r: Row) {
  const contacts = ['contact', 'contact2', 'contact3']
    .filter((p) => r[`${p}_name`] || r[`${p}_email`])
    .map((p) => ({ name: r[`${p}_name`] ?? '', email: r[`${p}_email`] ?? '', language: r[`${p}_language`] || 'ja' }));
  return {
    name: r.name ?? '',
    code: r.code || undefined,
    productType: r.product_type ?? '',
    country: r.country || undefined,
    tier: r.tier ? Number(r.tier) : 1,
    riskLevel: r.risk_level || 'medium',
    tags: r.tags ? r.tags.split(/[;,]/).map((t) => t.trim()).filter(Boolean) : [],
    contacts,
  };
}

/** Maps a schema path back to the file's column name, so the message names what to fix. */
function columnOf(path: string): string {
  const m = /^contacts\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `${Number(m[1]) === 0 ? 'contact' : `contact${Number(m[1]) + 1}`}_${m[2]}`;
  const map: Record<string, string> = { productType: 'product_type', riskLevel: 'risk_level' };
  return map[path] ?? path;
}
