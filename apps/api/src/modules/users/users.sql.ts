/**
 * What other modules may read of the users in SQL (names for histories, addresses for
 * notices): a read-only relation without the password hash, used as `JOIN ${USERS} u ON …`.
 * Every write goes through UsersService.
 */
export const USERS = `(SELECT id, organization_id, email, name, role, created_at FROM users)`;
