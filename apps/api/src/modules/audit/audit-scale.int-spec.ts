import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { eventHash, GENESIS_HASH } from './audit-hash';
import { CHAIN_SQL, HEAD_SQL, pageQueries } from './audit.repository';
import { AuditService } from './audit.service';

/**
 * Appends `n` events to an organisation's chain exactly as `AuditService` hashes them,
 * written in one statement: a long log in seconds. Entity ids cycle through `entities`.
 */
async function appendChain(t: TestApp, organizationId: string, n: number, entities = 100): Promise<void> {
  const [head] = await t.db.query(HEAD_SQL, [organizationId]);
  let prev: string = head?.hash ?? GENESIS_HASH;
  const start: number = head?.seq ?? 0;
  const cols: unknown[][] = Array.from({ length: 8 }, () => []);
  const occurredAt = new Date().toISOString();
  for (let i = 1; i <= n; i++) {
    const seq = start + i;
    const e = {
      organizationId,
      seq,
      occurredAt,
      actorType: 'system',
      actorId: null,
      actorLabel: 'generator',
      action: 'supplier.update',
      entityType: 'supplier',
      entityId: `entity-${seq % entities}`,
      before: null,
      after: { n: seq },
    };
    const hash = eventHash(prev, e);
    [seq, e.entityId, JSON.stringify(e.after), prev, hash].forEach((v, k) => cols[k].push(v));
    prev = hash;
  }
  await t.db.query(
    `INSERT INTO audit_events (organization_id, seq, occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after, prev_hash, hash)
     SELECT $1, v.seq, $2, 'system', NULL, 'generator', 'supplier.update', 'supplier', v.entity_id, NULL, v.after::jsonb, v.prev, v.hash
     FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[]) AS v(seq, entity_id, after, prev, hash)`,
    [organizationId, occurredAt, ...cols.slice(0, 5)],
  );
}

/** Node types of a plan, depth first. */
function nodes(plan: Record<string, unknown>): { type: string; index?: string }[] {
  const own = { type: plan['Node Type'] as string, index: plan['Index Name'] as string | undefined };
  return [own, ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(nodes)];
}

describe('audit log at scale (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const list = async (token: string, query: string) => {
    const res = await t.request('GET', `/api/audit?${query}`, { token });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: { seq: number }[]; total: number; nextCursor: string | null };
  };
  const verify = async (token: string, query = '') => (await t.request('GET', `/api/audit/verify${query}`, { token })).json();

  it('pages by cursor without duplicates or gaps while new events arrive', async () => {
    const org = await signup(t, 'Cursor Org');
    const orgId = org.organization.id as string;
    await appendChain(t, orgId, 96);
    const audit = t.app.get(AuditService);
    const first = await list(org.token, 'pageSize=20');
    expect(first.total).toBe(96);
    const original = first.items.map((e) => e.seq);
    expect(original).toEqual(Array.from({ length: 20 }, (_, i) => 96 - i));

    const seen = [...original];
    let cursor = first.nextCursor;
    let written = 0;
    while (cursor) {
      // Someone writes between every two pages: offsets would shift, the cursor does not.
      await t.db.transaction((m) =>
        audit.record(m, { organizationId: orgId, actor: { type: 'system' }, action: 'supplier.update', entityType: 'supplier', entityId: 'x' }),
      );
      written++;
      const page = await list(org.token, `pageSize=20&cursor=${cursor}`);
      seen.push(...page.items.map((e) => e.seq));
      cursor = page.nextCursor ?? null;
    }
    expect(seen).toEqual(Array.from({ length: 96 }, (_, i) => 96 - i));
    // The newest events are on a fresh first page; page numbers still work.
    expect(written).toBe(4);
    const newest = 96 + written;
    expect((await list(org.token, 'pageSize=20')).items[0].seq).toBe(newest);
    const page3 = await list(org.token, 'pageSize=20&page=3');
    expect(page3.items.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => newest - 40 - i));
    expect(page3.nextCursor).toBe(String(newest - 59));
    // A filtered list counts what it matches and pages the same way.
    const one = await list(org.token, 'entityId=entity-7&pageSize=1');
    expect(one.total).toBe(1);
    expect(one.nextCursor).toBeNull();
    const byEntity = await list(org.token, 'entityId=entity-7&pageSize=200');
    expect(byEntity.items.map((e) => e.seq)).toEqual([7]);

    for (const bad of ['cursor=abc', 'cursor=0', 'cursor=-5', 'cursor=1e9']) {
      expect((await t.request('GET', `/api/audit?${bad}`, { token: org.token })).statusCode).toBe(400);
    }
  });

  it('verifies from the last verified event, and a full pass still finds a change to an earlier one', async () => {
    const org = await signup(t, 'Resume Org');
    const orgId = org.organization.id as string;
    await appendChain(t, orgId, 2_500); // several batches
    expect(await verify(org.token)).toEqual({ valid: true, events: 2_500, checked: 2_500 });
    expect(await t.db.query(`SELECT seq::int AS seq FROM audit_verified WHERE organization_id = $1`, [orgId])).toEqual([{ seq: 2_500 }]);

    await appendChain(t, orgId, 7);
    expect(await verify(org.token)).toEqual({ valid: true, events: 2_507, checked: 7, resumedAfter: 2_500 });
    expect(await verify(org.token)).toEqual({ valid: true, events: 2_507, checked: 0, resumedAfter: 2_507 });

    // An altered event before the verified head: the daily pass does not rehash it, a full one finds it.
    await t.db.query(`UPDATE audit_events SET after = '{"n": 0}' WHERE organization_id = $1 AND seq = 1200`, [orgId]);
    expect(await verify(org.token)).toMatchObject({ valid: true, checked: 0 });
    expect(await verify(org.token, '?full=true')).toEqual({ valid: false, events: 1_200, firstInvalidSeq: 1_200, checked: 1_200 });
    // The failed pass did not move the head.
    expect(await t.db.query(`SELECT seq::int AS seq FROM audit_verified WHERE organization_id = $1`, [orgId])).toEqual([{ seq: 2_507 }]);

    // The verified event itself altered: the resuming pass turns into a full one.
    await t.db.query(`UPDATE audit_events SET actor_label = 'someone' WHERE organization_id = $1 AND seq = 2507`, [orgId]);
    expect(await verify(org.token)).toEqual({ valid: false, events: 1_200, firstInvalidSeq: 1_200, checked: 1_200 });
    expect((await t.request('GET', '/api/audit/verify?full=yes', { token: org.token })).statusCode).toBe(400);
  });

  it('notices the newest verified events removed', async () => {
    const org = await signup(t, 'Truncated Org');
    const orgId = org.organization.id as string;
    await appendChain(t, orgId, 30);
    expect(await verify(org.token)).toMatchObject({ valid: true, events: 30 });
    await t.db.query(`DELETE FROM audit_events WHERE organization_id = $1 AND seq > 28`, [orgId]);
    expect(await verify(org.token)).toEqual({ valid: false, events: 28, firstInvalidSeq: 29, checked: 28 });
    expect(await verify(org.token, '?full=true')).toMatchObject({ valid: false, firstInvalidSeq: 29 });
    // An event moved far ahead leaves a gap where it was, found without walking the empty seq between.
    await t.db.query(`UPDATE audit_events SET seq = 50000000 WHERE organization_id = $1 AND seq = 20`, [orgId]);
    expect(await verify(org.token, '?full=true')).toEqual({ valid: false, events: 20, firstInvalidSeq: 20, checked: 20 });
  });

  it('reads the chain head, an entity, a deep page and a chain batch by index, not by scanning the log', async () => {
    const big = await signup(t, 'Big Log Org');
    const small = await signup(t, 'Small Log Org');
    await appendChain(t, big.organization.id, 60_000, 20_000);
    await appendChain(t, small.organization.id, 500);
    await t.db.query(`ANALYZE audit_events`);
    const plan = async (sql: string, params: unknown[]) => {
      const [row] = await t.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      return nodes(row['QUERY PLAN'][0].Plan);
    };
    const orgId = big.organization.id as string;
    const cases: [string, string, unknown[]][] = [['head', HEAD_SQL, [orgId]]];
    const entity = pageQueries(orgId, { page: 1, pageSize: 25, entityId: 'entity-123' });
    cases.push(['entity page', entity.rows, entity.params], ['entity count', entity.count!, entity.countParams]);
    const typed = pageQueries(orgId, { page: 1, pageSize: 25, entityType: 'supplier', entityId: 'entity-123' });
    cases.push(['typed entity page', typed.rows, typed.params]);
    const deep = pageQueries(orgId, { page: 1, pageSize: 25, cursor: '1000' });
    cases.push(['cursor page', deep.rows, deep.params]);
    const first = pageQueries(orgId, { page: 1, pageSize: 25 });
    expect(first.count).toBeNull(); // counted by its head
    cases.push(['first page', first.rows, first.params]);
    for (const [name, sql, params] of cases) {
      const types = await plan(sql, params);
      expect(types.map((n) => n.type), name).not.toContain('Seq Scan');
      expect(types.map((n) => n.type), name).not.toContain('Sort');
      expect(types.some((n) => n.index?.startsWith('audit_events')), name).toBe(true);
    }
    // A chain batch is a range of 1,000 seq: the index finds them, a sort of those may order them.
    const batch = await plan(CHAIN_SQL(1000), [orgId, 30_000]);
    expect(batch.map((n) => n.type)).not.toContain('Seq Scan');
    expect(batch.some((n) => n.index === 'audit_events_organization_id_seq_key')).toBe(true);
  });
});
