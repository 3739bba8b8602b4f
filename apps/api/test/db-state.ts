import type { TestApp } from './harness';

/**
 * Every row of the given tables, in a stable order: taken before and after a refused write,
 * the two must be equal (nothing written, nothing removed, not even a timestamp touched).
 * `table:col,col` takes only those columns: for the outbox, whose delivery status the
 * background worker changes meanwhile, `outbox:id` says that nothing was queued or removed.
 */
export async function dbState(t: TestApp, tables: string[]): Promise<Record<string, string[]>> {
  const state: Record<string, string[]> = {};
  for (const spec of tables) {
    if (!/^[a-z_]+(:[a-z_]+(,[a-z_]+)*)?$/.test(spec)) throw new Error(`not a table name: ${spec}`);
    const [table, columns] = spec.split(':');
    const from = columns ? `(SELECT ${columns} FROM ${table}) x` : `${table} x`;
    const rows: { row: string }[] = await t.db.query(`SELECT to_jsonb(x)::text AS row FROM ${from} ORDER BY 1`);
    state[spec] = rows.map((r) => r.row);
  }
  return state;
}
