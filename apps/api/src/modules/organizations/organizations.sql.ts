/**
 * What other modules may read of the organisations in SQL: a read-only relation, used as
 * `JOIN ${ORGANIZATIONS} o ON …`. Every write goes through OrganizationsService.
 */
export const ORGANIZATIONS = `(SELECT id, name, slug, thresholds, require_mfa, created_at FROM organizations)`;
