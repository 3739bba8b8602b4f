import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/harness';
import { dataSourceOptions } from '../data-source';
import { undoThrough } from '../../../test/migrations';

// The migration that moved pending autosave events out of audit_events, both ways, on a
// database that has events of both kinds.
describe('AuditPending migration (integration)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const event = (seq: number | null) => [
    seq,
    seq === null ? null : `${'0'.repeat(63)}${seq}`,
    seq === null ? null : 'f'.repeat(64),
    `answer ${seq ?? 'pending'}`,
  ];

  it('moves pending events out of the chain and back', async () => {
    await undoThrough(ds, 'AuditPending1763790000000');
    const [org] = await ds.query(`INSERT INTO organizations (name, slug) VALUES ('Migration Org', 'migration-org') RETURNING id`);
    for (const [seq, prev, hash, label] of [event(1), event(null), event(null)]) {
      await ds.query(
        `INSERT INTO audit_events (organization_id, seq, occurred_at, actor_type, actor_label, action, entity_type, entity_id, prev_hash, hash, after)
         VALUES ($1, $2, now(), 'supplier', $5, 'response.answers_saved', 'response', 'r1', $3, $4, '{"q1": {"value": "yes"}}')`,
        [org.id, seq, prev, hash, label],
      );
    }

    await ds.runMigrations({ transaction: 'each' });
    expect(await ds.query(`SELECT seq::int, actor_label FROM audit_events`)).toEqual([{ seq: 1, actor_label: 'answer 1' }]);
    const pending = await ds.query(`SELECT organization_id, actor_label, after FROM audit_pending ORDER BY id`);
    expect(pending).toEqual([
      { organization_id: org.id, actor_label: 'answer pending', after: { q1: { value: 'yes' } } },
      { organization_id: org.id, actor_label: 'answer pending', after: { q1: { value: 'yes' } } },
    ]);
    // A chained event is complete: the columns that said "pending" are required now.
    await expect(
      ds.query(
        `INSERT INTO audit_events (organization_id, occurred_at, actor_type, actor_label, action, entity_type, entity_id)
         VALUES ($1, now(), 'system', 'x', 'x', 'x', 'x')`,
        [org.id],
      ),
    ).rejects.toThrow(/null value in column "seq"/);

    await undoThrough(ds, 'AuditPending1763790000000');
    const back = await ds.query(`SELECT seq, actor_label FROM audit_events ORDER BY id`);
    expect(back).toEqual([
      { seq: '1', actor_label: 'answer 1' },
      { seq: null, actor_label: 'answer pending' },
      { seq: null, actor_label: 'answer pending' },
    ]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await ds.query(`SELECT count(*)::int AS n FROM audit_pending`)).toEqual([{ n: 2 }]);
  });
});
