import type { CampaignStatus, Grade, MailStatus, ResponseStatus } from '@ses/api-types';
import { formatRate as formatRateForPeople } from '@ses/scoring/rate-format';

/** A theme or overall grade: A–D by rate, Z for a failed critical point, N/A when nothing is scorable. */
export type { Grade };
export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'danger';
export type GradeTone = 'a' | 'b' | 'c' | 'd' | 'z' | 'na' | 'none';

const TONES: Record<Grade, GradeTone> = { A: 'a', B: 'b', C: 'c', D: 'd', Z: 'z', 'N/A': 'na' };

/**
 * The colour family of a grade (a CSS modifier). The letter is always printed too, so the
 * grade never depends on colour alone; `none` is a response that has no result yet.
 */
export function gradeTone(grade: Grade | null | undefined): GradeTone {
  return grade ? (TONES[grade] ?? 'none') : 'none';
}

/**
 * A rate (0–100) as a percentage for the console: the product's one rate format
 * (@ses/scoring formatRate), truncated to one decimal so that a 79.96 % rate graded B never
 * reads "80.0 %", the A threshold.
 */
export function formatRate(rate: number | null | undefined, locale: string): string {
  return formatRateForPeople(rate, { locale, percent: true });
}

/** A 0–1 ratio (the response rate) as a whole percentage for a progress bar. */
export function ratioPercent(ratio: number | null | undefined): number {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 0;
  return Math.max(0, Math.min(100, Math.round(ratio * 100)));
}

export const RESPONSE_STATUS_VARIANT: Record<ResponseStatus, BadgeVariant> = {
  invited: 'neutral',
  opened: 'info',
  in_progress: 'warning',
  submitted: 'success',
  overdue: 'danger',
};

export const CAMPAIGN_STATUS_VARIANT: Record<CampaignStatus, BadgeVariant> = {
  draft: 'warning',
  active: 'success',
  closed: 'neutral',
};

export const MAIL_STATUS_VARIANT: Record<MailStatus, BadgeVariant> = {
  pending: 'info',
  sending: 'info',
  sent: 'success',
  failed: 'danger',
};
