import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { JobsService, PG_BOSS } from './jobs.service';

/**
 * One started pg-boss per process, on the application's database in the `pgboss` schema.
 * Several processes share the queue through PostgreSQL (SKIP LOCKED), so none runs a job
 * that another is running.
 */
@Global()
@Module({})
export class JobsModule {
  static register(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        {
          provide: PG_BOSS,
          useFactory: async () => {
            const logger = new Logger('Jobs');
            const boss = new PgBoss({
              connectionString: databaseUrl,
              schema: 'pgboss',
              application_name: 'ses-jobs',
              // Worker loops, completions and maintenance; requests use the TypeORM pool.
              max: 8,
            });
            // Without a listener an 'error' event would end the process; these are transient
            // database errors that pg-boss recovers from on its next poll.
            boss.on('error', (e) => logger.warn(`job queue: ${e.message}`));
            return boss.start();
          },
        },
        JobsService,
      ],
      exports: [JobsService],
    };
  }
}
