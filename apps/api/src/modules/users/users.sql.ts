import type { EntityManager } from 'typeorm';

/**
 * What other modules may read of the users in SQL (names for histories, addresses for
 * notices; whether a second factor or single sign-on signs them in): a read-only relation
 * without the password hash or the second factor's secret, used as `JOIN ${USERS} u ON …`.
 * Every write goes through UsersService.
 */
export const USERS = `(SELECT id, organization_id, email, name, role, created_at, deactivated_at, totp_enabled_at, sso_subject FROM users)`;

/**
 * The name a user's actions are recorded under (response histories, messages, audit labels),
 * read in the caller's transaction; 'buyer' for a user no longer there.
 */
export async function userName(m: EntityManager, id: string): Promise<string> {
  const [user]: { name: string }[] = await m.query(`SELECT name FROM ${USERS} u WHERE u.id = $1`, [id]);
  return user?.name ?? 'buyer';
}
