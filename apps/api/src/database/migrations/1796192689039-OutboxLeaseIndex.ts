import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every process sweeps the outbox every few seconds for messages whose worker stopped
 * renewing its lease; this index keeps that a look at the few `sending` rows, however
 * many messages the outbox holds.
 */
export class OutboxLeaseIndex1796192689039 implements MigrationInterface {
  name = 'OutboxLeaseIndex1796192689039';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_lease_idx ON outbox (locked_until) WHERE status = 'sending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_lease_idx`);
  }
}
