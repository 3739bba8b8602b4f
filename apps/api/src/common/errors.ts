import type { ErrorCode, Issue } from '@ses/api-types';

export type { ErrorCode, Issue };

/**
 * Domain errors carry a code (the union is part of the wire shape, in `@ses/api-types`); `ERROR_STATUS` maps every code to its HTTP status in one
 * place, and the exception filter is the only code that turns them into responses. Adding
 * a code without a status fails to compile.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  SIGNUP_DISABLED: 403,
  ACCOUNT_DEACTIVATED: 403,
  SSO_REQUIRED: 403,
  /** Password right, TOTP on: the login needs the code too. */
  MFA_REQUIRED: 401,
  INVALID_MFA_CODE: 401,
  MFA_ALREADY_ENABLED: 409,
  MFA_NOT_SET_UP: 409,
  MFA_REQUIRED_BY_ORGANIZATION: 409,
  /** The organisation requires TOTP and this account has not turned it on yet. */
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  LAST_ADMIN: 409,
  SUPPLIER_CODE_TAKEN: 409,
  SUPPLIER_HAS_RESPONSES: 409,
  INVALID_PARENT_SUPPLIER: 422,
  INVALID_DEFINITION: 400,
  NO_DRAFT: 409,
  DRAFT_EXISTS: 409,
  BUILT_IN_READ_ONLY: 403,
  QUESTIONNAIRE_KEY_TAKEN: 409,
  STALE_VERSION: 409,
  ALREADY_SUBMITTED: 409,
  CAMPAIGN_CLOSED: 409,
  CAMPAIGN_NOT_DRAFT: 409,
  CAMPAIGN_NOT_ACTIVE: 409,
  UNANSWERED_REQUIRED: 422,
  NOT_SUBMITTED: 409,
  FEEDBACK_NOT_RELEASED: 404,
  MAIL_NOT_RETRYABLE: 409,
  INVALID_TRANSITION: 409,
  CORRECTIVE_ACTION_EXISTS: 409,
  EVIDENCE_REQUIRED: 422,
  UNSUPPORTED_FILE: 415,
  FILE_TOO_LARGE: 413,
  GRIEVANCE_CLOSED: 409,
  /** A background export asked for its file before it was written. */
  EXPORT_NOT_READY: 409,
  RATE_LIMITED: 429,
  /** A webhook URL resolving to a private, loopback or link-local address. */
  WEBHOOK_ADDRESS_REFUSED: 422,
  WEBHOOK_DELIVERY_BUSY: 409,
  /** PostgreSQL cannot be reached: answered with Retry-After. */
  DATABASE_UNAVAILABLE: 503,
  /** Four-eyes approval: the requester cannot decide their own request. */
  APPROVAL_OWN_REQUEST: 403,
  APPROVAL_DECIDED: 409,
  APPROVAL_PENDING: 409,
} as const satisfies Record<ErrorCode, number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
