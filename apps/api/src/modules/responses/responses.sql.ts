/**
 * What other modules may read of the responses in SQL: read-only relations, used as
 * `JOIN ${RESPONSES} r ON …`. Writes go through this module's services.
 */
export const RESPONSES = `(SELECT * FROM responses)`;
/** The answers of the responses, read-only, used as `FROM ${RESPONSE_ANSWERS} a WHERE a.response_id = …`. */
/** Which files are attached where (evidence of a corrective action among them); not their contents. */
export const ATTACHMENTS = `(SELECT id, organization_id, response_id, question_id, corrective_action_id, created_at FROM attachments)`;
export const RESPONSE_ANSWERS = `(SELECT response_id, question_id, value, comment FROM response_answers)`;

/**
 * Whether the supplier may see the grades of response `r` of campaign `c` (aliases of
 * RESPONSES and CAMPAIGNS): at once where the campaign says so, else once its feedback is released.
 */
export const gradesVisibleSql = (r: string, c: string) => `(${c}.grade_visibility = 'on_submit' OR ${r}.feedback_released_at IS NOT NULL)`;
