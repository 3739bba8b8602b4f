import type { PendingApproval } from '@ses/api-types';
import { tDynamic } from '@/app/i18n';
import { notify } from '@/app/notices';

/** An action the organisation puts under four-eyes approval answers this instead of its result. */
export function isPendingApproval(x: unknown): x is PendingApproval {
  return typeof x === 'object' && x !== null && (x as PendingApproval).status === 'pending' && typeof (x as PendingApproval).approvalId === 'string';
}

/** Tells the requester that nothing has changed yet: a second person must approve. */
export function notifyPending(): void {
  notify(tDynamic('approvals.sentForApproval'), 'info', 9000);
}
