/**
 * What other modules may read of the outbox in SQL: a read-only relation, used as
 * `FROM ${OUTBOX} o WHERE …` (e.g. whether a response already has its invitation). Every
 * write goes through OutboxService.
 */
export const OUTBOX = `(SELECT id, organization_id, kind, status, campaign_id, response_id FROM outbox)`;
