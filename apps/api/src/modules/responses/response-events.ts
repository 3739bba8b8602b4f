import type { EntityManager } from 'typeorm';

export type ResponseEventKind = 'submitted' | 'reopened' | 'override' | 'override_withdrawn' | 'feedback_released';

/** Appends to a response's history (shown in the buyer's drill-down), in the caller's transaction. */
export async function recordResponseEvent(
  m: EntityManager,
  e: { organizationId: string; responseId: string; kind: ResponseEventKind; actor: string; data?: object },
): Promise<void> {
  await m.query(`INSERT INTO response_events (organization_id, response_id, kind, actor, data) VALUES ($1, $2, $3, $4, $5)`, [
    e.organizationId,
    e.responseId,
    e.kind,
    e.actor,
    e.data ?? {},
  ]);
}

export async function responseHistory(m: EntityManager, responseId: string) {
  const rows: { kind: string; actor: string; data: Record<string, unknown>; created_at: Date }[] = await m.query(
    `SELECT kind, actor, data, created_at FROM response_events WHERE response_id = $1 ORDER BY id`,
    [responseId],
  );
  return rows.map((r) => ({ kind: r.kind, actor: r.actor, data: r.data, createdAt: r.created_at.toISOString() }));
}
