import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE (with or without RETURNING). TypeORM answers those with
 * `[rows, affectedCount]` instead of the rows a SELECT gives; this is the one place that
 * knows it.
 */
export async function modify<T = unknown>(m: EntityManager, sql: string, params: unknown[]): Promise<{ rows: T[]; count: number }> {
  const [rows, count] = (await m.query(sql, params)) as [T[], number];
  return { rows, count };
}
