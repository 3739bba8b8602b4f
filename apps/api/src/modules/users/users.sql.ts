/**
 * What other modules may read of the users in SQL (names for histories, addresses for
 * notices; whether a second factor or single sign-on signs them in): a read-only relation
 * without the password hash or the second factor's secret, used as `JOIN ${USERS} u ON …`.
 * Every write goes through UsersService.
 */
export const USERS = `(SELECT id, organization_id, email, name, role, created_at, deactivated_at, totp_enabled_at, sso_subject FROM users)`;
