import type { FileGrievanceRequest, GrievanceCategory, GrievanceStatus } from '@ses/api-types';
import { LIMITS as ALL, formatTrackingCode, normalizeTrackingCode as canonicalTrackingCode } from '@ses/api-types/rules';

// Type-only imports from @ses/api-types: its runtime (zod) must not enter this page's chunk.
// The records make the compiler check that every category and status has its entry.
const CATEGORY_ORDER: Record<GrievanceCategory, number> = {
  human_rights: 0,
  labour: 1,
  health_safety: 2,
  environment: 3,
  corruption: 4,
  other: 5,
};
export const CATEGORIES = (Object.keys(CATEGORY_ORDER) as GrievanceCategory[]).sort(
  (a, b) => CATEGORY_ORDER[a] - CATEGORY_ORDER[b],
);

const STATUS_STEP: Record<GrievanceStatus, number> = {
  received: 0,
  triage: 1,
  investigating: 2,
  resolved: 3,
  closed: 4,
};
export const STATUSES = (Object.keys(STATUS_STEP) as GrievanceStatus[]).sort(
  (a, b) => STATUS_STEP[a] - STATUS_STEP[b],
);

/** What the server accepts (fileGrievanceRequestSchema, grievanceMessageRequestSchema). */
export const LIMITS = {
  descriptionMin: ALL.grievance.descriptionMin,
  descriptionMax: ALL.grievance.descriptionMax,
  supplierMax: ALL.grievance.supplierNameMax,
  contactMax: ALL.grievance.contactMax,
  messageMax: ALL.grievance.messageMax,
} as const;

export interface GrievanceDraft {
  category: GrievanceCategory | '';
  description: string;
  supplierName: string;
  contact: string;
}

export type FieldProblem = 'required' | 'tooShort' | 'tooLong';
export type DraftProblems = Partial<Record<keyof GrievanceDraft, FieldProblem>>;

export const emptyDraft = (): GrievanceDraft => ({
  category: '',
  description: '',
  supplierName: '',
  contact: '',
});

/** PostgreSQL cannot store NUL: the server refuses it, so it is dropped before sending. */
const clean = (s: string) => s.replace(/\u0000/g, '').trim();

/** What is wrong with the draft, field by field, as the server would see it. */
export function checkDraft(d: GrievanceDraft): DraftProblems {
  const out: DraftProblems = {};
  if (!d.category) out.category = 'required';
  const description = clean(d.description).length;
  if (description === 0) out.description = 'required';
  else if (description < LIMITS.descriptionMin) out.description = 'tooShort';
  else if (description > LIMITS.descriptionMax) out.description = 'tooLong';
  if (clean(d.supplierName).length > LIMITS.supplierMax) out.supplierName = 'tooLong';
  if (clean(d.contact).length > LIMITS.contactMax) out.contact = 'tooLong';
  return out;
}

/** The request body: optional fields left out when empty, so nothing is stored for them. */
export function toRequest(d: GrievanceDraft, language: string): FileGrievanceRequest {
  if (!d.category) throw new Error('toRequest: no category');
  const body: FileGrievanceRequest = {
    category: d.category,
    description: clean(d.description),
    language,
  };
  const supplierName = clean(d.supplierName);
  const contact = clean(d.contact);
  if (supplierName) body.supplierName = supplierName;
  if (contact) body.contact = contact;
  return body;
}

/**
 * A tracking code as typed, in the form the server shows it (`XXXX-XXXX-…`, seven groups),
 * or null when it cannot be one: the server's own reading of a typed code (width, case,
 * spaces, dashes and look-alike letters do not matter), grouped for display.
 */
export function normalizeTrackingCode(input: string): string | null {
  const canonical = canonicalTrackingCode(input);
  return canonical && formatTrackingCode(canonical);
}

/** The checks on a reporter's message (1–10,000 characters). */
export function checkMessage(body: string): FieldProblem | null {
  const n = clean(body).length;
  if (n === 0) return 'required';
  if (n > LIMITS.messageMax) return 'tooLong';
  return null;
}
