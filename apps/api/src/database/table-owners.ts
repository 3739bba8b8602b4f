/**
 * Which module owns each table and view (README, Architecture). Only the owner's files name a table
 * in SQL or use its entity; other modules call the owner's repository or service, or use the
 * SQL fragments and views the owner exports (a `*.sql.ts` file in its folder), so a change to
 * a table is a change to one module. `table-ownership.spec.ts` holds the code to this map.
 */
export const TABLE_OWNERS = {
  organizations: 'organizations',
  users: 'users',
  sessions: 'auth',
  suppliers: 'suppliers',
  supplier_contacts: 'suppliers',
  questionnaires: 'questionnaires',
  questionnaire_versions: 'questionnaires',
  campaigns: 'campaigns',
  campaign_launches: 'campaigns',
  responses: 'responses',
  response_answers: 'responses',
  response_events: 'responses',
  response_tokens: 'responses',
  attachments: 'responses',
  response_results: 'responses',
  // A view: the grade that counts, overrides applied. Other modules join it through the
  // fragments of responses/effective-grades.ts.
  response_effective_grades: 'responses',
  response_overrides: 'review',
  corrective_actions: 'corrective-actions',
  corrective_action_events: 'corrective-actions',
  grievances: 'grievances',
  grievance_messages: 'grievances',
  audit_events: 'audit',
  audit_pending: 'audit',
  audit_verified: 'audit',
  outbox: 'mail',
  // Files made in the background (the zip of every feedback sheet).
  export_jobs: 'feedback',
  api_keys: 'api-keys',
  webhooks: 'webhooks',
  webhook_events: 'webhooks',
  webhook_deliveries: 'webhooks',
  approvals: 'approvals',
  sso_configs: 'sso',
  sso_logins: 'sso',
  recovery_codes: 'mfa',
} as const satisfies Record<string, string>;

export type OwnedTable = keyof typeof TABLE_OWNERS;
