import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

export const PG_BOSS = Symbol('PG_BOSS');

export interface WorkerOptions {
  /** Jobs fetched per poll: pg-boss 10 fetches one batch per polling interval. */
  batchSize: number;
  /** Worker loops in this process; each polls and runs its batches on its own. */
  concurrency: number;
  pollingIntervalSeconds?: number;
}

export type BatchHandler<T> = (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<void>;

/** Jobs are enqueued with these; pg-boss's own defaults apply to what is left out. */
export type JobOptions = Omit<PgBoss.SendOptions, 'db'>;

interface Registration {
  name: string;
  options: WorkerOptions;
  handler: BatchHandler<never>;
}

/** How long shutdown waits for batches in progress before failing them back to the queue. */
const STOP_TIMEOUT_MS = 15_000;

/**
 * The process's one pg-boss. Producers enqueue in their own transaction (the outbox
 * pattern); consumers register workers, which start once the whole application has
 * bootstrapped and stop, after their current batch, before the database pool closes.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly registrations: Registration[] = [];
  private readonly queues = new Set<string>();
  private bootstrapped = false;

  constructor(@Inject(PG_BOSS) readonly boss: PgBoss) {}

  /**
   * Creates the queue if it is missing (idempotent, safe when processes start together).
   * pg-boss 10 silently drops a job sent to a queue that does not exist, so create every
   * queue in `onModuleInit`; sending to a queue this process has not seen is checked.
   */
  async createQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    await this.boss.createQueue(name, { name, ...options });
    this.queues.add(name);
  }

  /** Creates the queue and registers a batch handler; call from `onModuleInit`. */
  async work<T>(name: string, options: WorkerOptions, handler: BatchHandler<T>): Promise<void> {
    await this.createQueue(name);
    const registration = { name, options, handler: handler as BatchHandler<never> };
    this.registrations.push(registration);
    if (this.bootstrapped) await this.start(registration);
  }

  /**
   * Enqueues outside any transaction, for work that depends on nothing uncommitted. Null
   * when the queue's policy refused it (a singleton or throttled job of that key exists).
   */
  async send(name: string, data: object, options: JobOptions = {}): Promise<string | null> {
    await this.assertQueue(name);
    return this.boss.send(name, data, options);
  }

  /** Enqueues in the caller's transaction: the job exists exactly when the change commits. */
  async sendInTransaction(
    manager: EntityManager,
    name: string,
    data: object,
    options: JobOptions = {},
  ): Promise<string | null> {
    await this.assertQueue(name);
    return this.boss.send(name, data, { ...options, db: transactionDb(manager) });
  }

  /** Many jobs in one statement in the caller's transaction (one JSON parameter, any count). */
  async insertInTransaction(manager: EntityManager, jobs: PgBoss.JobInsert[]): Promise<void> {
    if (jobs.length === 0) return;
    for (const name of new Set(jobs.map((j) => j.name))) await this.assertQueue(name);
    await this.boss.insert(jobs, { db: transactionDb(manager) });
  }

  /**
   * Fails some jobs of a batch from inside its handler, so that only those are retried (with
   * the queue's backoff) and the rest complete. pg-boss 10 accepts ids with output data at
   * run time, but its types declare that only for a single id.
   */
  async fail(name: string, ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    const fail = this.boss.fail as (name: string, ids: string[], data: object) => Promise<unknown>;
    await fail.call(this.boss, name, ids, { message: reason });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.bootstrapped = true;
    for (const r of this.registrations) await this.start(r);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, wait: true });
  }

  /** Another process may have created the queue: look once, then remember. */
  private async assertQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    if (!(await this.boss.getQueue(name)))
      throw new Error(`the job queue "${name}" does not exist`);
    this.queues.add(name);
  }

  private async start(r: Registration): Promise<void> {
    const { batchSize, concurrency, pollingIntervalSeconds = 0.5 } = r.options;
    for (let i = 0; i < concurrency; i++) {
      await this.boss.work(
        r.name,
        { batchSize, pollingIntervalSeconds, includeMetadata: true },
        r.handler,
      );
    }
    this.logger.debug(`${concurrency} worker(s) on ${r.name}`);
  }
}

/** pg-boss's `db` option, running its statements on the transaction's own connection. */
export function transactionDb(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive)
    throw new Error('enqueue in a transaction: pass the EntityManager of manager.transaction()');
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await runner.query(text, values, true)).records ?? [],
    }),
  };
}
