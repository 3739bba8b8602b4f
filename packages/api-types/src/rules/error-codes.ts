/**
 * Every domain error code the API sends as `code` in an error body (DESIGN §6). The API maps
 * each to its HTTP status (a code without a status fails to compile); clients switch on them.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'SIGNUP_DISABLED',
  'ACCOUNT_DEACTIVATED',
  'SSO_REQUIRED',
  /** Password right, TOTP on: the login needs the code too. */
  'MFA_REQUIRED',
  'INVALID_MFA_CODE',
  'MFA_ALREADY_ENABLED',
  'MFA_NOT_SET_UP',
  'MFA_REQUIRED_BY_ORGANIZATION',
  /** The organisation requires TOTP and this account has not turned it on yet. */
  'MFA_ENROLMENT_REQUIRED',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  'LAST_ADMIN',
  'SUPPLIER_CODE_TAKEN',
  'SUPPLIER_HAS_RESPONSES',
  'INVALID_PARENT_SUPPLIER',
  'INVALID_DEFINITION',
  'NO_DRAFT',
  'DRAFT_EXISTS',
  'BUILT_IN_READ_ONLY',
  'QUESTIONNAIRE_KEY_TAKEN',
  'STALE_VERSION',
  'ALREADY_SUBMITTED',
  'CAMPAIGN_CLOSED',
  'CAMPAIGN_NOT_DRAFT',
  'CAMPAIGN_NOT_ACTIVE',
  'UNANSWERED_REQUIRED',
  'NOT_SUBMITTED',
  'FEEDBACK_NOT_RELEASED',
  'MAIL_NOT_RETRYABLE',
  /** A corrective action asked to move from a status that does not allow the step. */
  'INVALID_TRANSITION',
  'CORRECTIVE_ACTION_EXISTS',
  'EVIDENCE_REQUIRED',
  'UNSUPPORTED_FILE',
  'FILE_TOO_LARGE',
  'GRIEVANCE_CLOSED',
  /** A background export asked for its file before it was written. */
  'EXPORT_NOT_READY',
  'RATE_LIMITED',
  /** PostgreSQL cannot be reached: answered with Retry-After. */
  'DATABASE_UNAVAILABLE',
  /** A webhook URL resolving to a private, loopback or link-local address. */
  'WEBHOOK_ADDRESS_REFUSED',
  /** A webhook delivery asked to be sent again while it is being sent. */
  'WEBHOOK_DELIVERY_BUSY',
  /** Four-eyes approval: the requester cannot decide their own request. */
  'APPROVAL_OWN_REQUEST',
  'APPROVAL_DECIDED',
  'APPROVAL_PENDING',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
