import { types } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './entities';

const MIGRATION_LOCK = 7_254_001;

// Dates (due dates) stay 'YYYY-MM-DD' strings: parsing them into Date at local midnight
// shifts them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (v) => v);

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Schema changes go through migrations only.
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, application_name: 'ses-api' },
  };
}

/** Applies pending migrations; used at start and to build the test template database. */
export async function migrate(url: string): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  // Several API processes may start at once against one database: one migrates, the others
  // wait on this lock and then find nothing left to do.
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.runMigrations({ transaction: 'each' });
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await lock.release();
    await ds.destroy();
  }
}
