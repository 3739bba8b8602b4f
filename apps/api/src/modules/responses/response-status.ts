import type { ResponseStatus } from '@ses/api-types';
import type { StoredResponseStatus } from './response.entity';

/** Today in the server's calendar, as YYYY-MM-DD, the form due dates are kept in. */
export const today = () => new Date().toISOString().slice(0, 10);

/** `overdue` is not stored: an unsubmitted response past its campaign's due date is overdue. */
export function publicStatus(stored: StoredResponseStatus, dueDate: string, now = today()): ResponseStatus {
  return stored !== 'submitted' && now > dueDate ? 'overdue' : stored;
}

/** The same rule in SQL, for counts and lists: `r` is responses, `c` campaigns. */
export const PUBLIC_STATUS_SQL = `CASE WHEN r.status <> 'submitted' AND c.due_date < current_date THEN 'overdue' ELSE r.status END`;
