/**
 * What other modules may read of the responses in SQL: read-only relations, used as
 * `JOIN ${RESPONSES} r ON …`. Writes go through this module's services.
 */
export const RESPONSES = `(SELECT * FROM responses)`;
