/**
 * What other modules may read of the campaigns in SQL: a read-only relation, used as
 * `JOIN ${CAMPAIGNS} c ON …`. Every write goes through CampaignsService.
 */
export const CAMPAIGNS = `(SELECT id, organization_id, name, questionnaire_version_id, status, due_date, thresholds, depth_rule, reminder_days_before, remind_overdue, created_by, created_at, launched_at, closed_at FROM campaigns)`;
