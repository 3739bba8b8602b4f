import type { DataSource } from 'typeorm';

/** Undoes the migrations run after `name`, then `name` itself: a migration test's "before". */
export async function undoThrough(ds: DataSource, name: string): Promise<void> {
  for (;;) {
    const [last]: { name: string }[] = await ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
    if (!last) throw new Error(`migration ${name} has not run`);
    await ds.undoLastMigration({ transaction: 'each' });
    if (last.name === name) return;
  }
}
