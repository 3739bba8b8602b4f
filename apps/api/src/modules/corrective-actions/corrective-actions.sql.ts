/**
 * The latest due date of a response's corrective actions still open (SQL NULL when none):
 * a scalar subquery over `responseId`, a column or parameter of the caller's query. An open
 * action keeps the supplier's link alive until it is due.
 */
export const latestOpenActionDue = (responseId: string) =>
  `(SELECT max(ca.due_date) FROM corrective_actions ca WHERE ca.response_id = ${responseId} AND ca.status NOT IN ('closed', 'escalated'))`;
