/**
 * What other modules may read of the supplier register in SQL, for joins in their queries:
 * read-only relations used as `JOIN ${SUPPLIERS} s ON …`. PostgreSQL inlines them, so the
 * join costs what a join on the table costs. Every write goes through SuppliersService.
 */
export const SUPPLIERS = `(SELECT id, organization_id, name, code, product_type, country, tier, parent_supplier_id, risk_level, tags, archived_at, created_at, updated_at FROM suppliers)`;
export const SUPPLIER_CONTACTS = `(SELECT id, supplier_id, name, email, language, position FROM supplier_contacts)`;
