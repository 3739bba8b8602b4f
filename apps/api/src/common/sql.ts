import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE (with or without RETURNING). TypeORM answers those with
 * `[rows, affectedCount]` instead of the rows a SELECT gives; this is the one place that
 * knows it.
 */
export async function modify<T = unknown>(m: EntityManager, sql: string, params: unknown[]): Promise<{ rows: T[]; count: number }> {
  const [rows, count] = (await m.query(sql, params)) as [T[], number];
  return { rows, count };
}

/**
 * Runs a hot statement as a named prepared statement on TypeORM's own pool: PostgreSQL
 * parses and plans it once per connection instead of on every call (for the autosave
 * statement that was a third of its time). `name` must be unique to `text`.
 */
export async function prepared<T>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  return (await pool.query<T & QueryResultRow>({ name, text, values })).rows;
}
