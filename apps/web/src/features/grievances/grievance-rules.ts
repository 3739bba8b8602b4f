import { GRIEVANCE_STATUSES, type GrievanceDetail, type GrievanceStatus, type UpdateGrievanceRequest } from '@ses/api-types';

export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const STATUS_VARIANT: Record<GrievanceStatus, BadgeVariant> = {
  received: 'danger',
  triage: 'warning',
  investigating: 'info',
  resolved: 'success',
  closed: 'neutral',
};

/**
 * The statuses a buyer can choose: any but `received` (only filing sets it). A report still
 * `received` shows that status too, as where it stands now.
 */
export function statusChoices(current: GrievanceStatus): GrievanceStatus[] {
  return GRIEVANCE_STATUSES.filter((s) => s !== 'received' || current === 'received');
}

/** Nobody can write on a closed report until a buyer reopens it. */
export function canReply(status: GrievanceStatus): boolean {
  return status !== 'closed';
}

export interface TriageForm {
  status: GrievanceStatus;
  supplierId: string | null;
  outcome: string;
}

export function triageFormOf(g: GrievanceDetail): TriageForm {
  return { status: g.status, supplierId: g.supplierId, outcome: g.outcome ?? '' };
}

/** `resolved` needs an outcome; the API says the same (400) but the form should say it first. */
export function triageError(form: TriageForm): 'outcomeRequired' | null {
  return form.status === 'resolved' && !form.outcome.trim() ? 'outcomeRequired' : null;
}

/** Only what changed, as the PATCH body; null when nothing did. */
export function triagePatch(g: GrievanceDetail, form: TriageForm): UpdateGrievanceRequest | null {
  const patch: UpdateGrievanceRequest = {};
  if (form.status !== g.status && form.status !== 'received') patch.status = form.status;
  if (form.supplierId !== g.supplierId) patch.supplierId = form.supplierId;
  const outcome = form.outcome.trim() || null;
  if (outcome !== (g.outcome ?? null)) patch.outcome = outcome;
  return Object.keys(patch).length ? patch : null;
}
