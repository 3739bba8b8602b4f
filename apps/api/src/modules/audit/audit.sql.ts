/**
 * The audit log's entry point for a statement that must record its own events: the head of
 * an `INSERT … SELECT` into the pending events, which AuditService.seal chains afterwards.
 * It lets the autosave stay one statement; the SELECT gives, in this order: organization_id,
 * occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after.
 */
export const INSERT_PENDING_AUDIT_EVENTS = `INSERT INTO audit_pending (organization_id, occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after)`;
