import { type CreateCampaignRequest, DEFAULT_REMINDER_DAYS, LIMITS, type RiskLevel } from '@ses/api-types';
import { DEFAULT_THRESHOLDS, type ThresholdsText, textFromThresholds, thresholdProblems, thresholdsFromText } from '@/app/thresholds';

/** What the campaign form edits: strings where the user types, '' where nothing is chosen. */
export interface SupplierFilterForm {
  productType: string;
  country: string;
  tier: number | '';
  riskLevel: RiskLevel | '';
  tag: string;
}

export interface CampaignForm {
  name: string;
  questionnaireVersionId: string;
  /** Include every active supplier matching `filter` (no criteria: all of them). */
  useFilter: boolean;
  filter: SupplierFilterForm;
  /** Picked by hand. */
  supplierIds: string[];
  /** Of those picked by hand, the ones asked the extended questions. */
  extendedSupplierIds: string[];
  dueDate: string;
  depthRule: { highRisk: boolean; tier1Priority: boolean };
  reminderDaysBefore: number[];
  remindOverdue: boolean;
  thresholds: ThresholdsText;
}

/** A message key under `campaigns.form.errors` with its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, number>;
}
export type FormProblems = Record<string, FieldProblem>;

export { DEFAULT_REMINDER_DAYS };
export const MAX_REMINDERS = LIMITS.campaign.remindersMax;
export const MAX_REMINDER_DAY = LIMITS.campaign.reminderDayMax;
const DEFAULT_LEAD_DAYS = 28;

/** YYYY-MM-DD of a date in local time (what a date input shows). */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(new Date(y, m - 1, d + days));
}

export function emptyFilter(): SupplierFilterForm {
  return { productType: '', country: '', tier: '', riskLevel: '', tag: '' };
}

export function emptyForm(today: string = isoDay(new Date())): CampaignForm {
  return {
    name: '',
    questionnaireVersionId: '',
    useFilter: false,
    filter: emptyFilter(),
    supplierIds: [],
    extendedSupplierIds: [],
    dueDate: addDays(today, DEFAULT_LEAD_DAYS),
    depthRule: { highRisk: false, tier1Priority: false },
    reminderDaysBefore: [...DEFAULT_REMINDER_DAYS],
    remindOverdue: true,
    thresholds: textFromThresholds(DEFAULT_THRESHOLDS),
  };
}

/** The filter as the API takes it: only the criteria that are set. */
export function filterRequest(f: SupplierFilterForm): NonNullable<CreateCampaignRequest['supplierFilter']> {
  const out: NonNullable<CreateCampaignRequest['supplierFilter']> = {};
  if (f.productType) out.productType = f.productType;
  if (f.country) out.country = f.country;
  if (f.tier !== '') out.tier = f.tier;
  if (f.riskLevel) out.riskLevel = f.riskLevel;
  if (f.tag) out.tag = f.tag;
  return out;
}

export function hasCriteria(f: SupplierFilterForm): boolean {
  return Object.keys(filterRequest(f)).length > 0;
}

function isValidDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Problems per field path; empty when the form can be sent. */
export function validateForm(f: CampaignForm, today: string = isoDay(new Date())): FormProblems {
  const p: FormProblems = {};
  const name = f.name.trim();
  if (!name) p.name = { key: 'required' };
  else if (name.length > 200) p.name = { key: 'maxLength', params: { max: 200 } };
  if (!f.questionnaireVersionId) p.questionnaireVersionId = { key: 'questionnaire' };
  if (!f.useFilter && f.supplierIds.length === 0) p.supplierIds = { key: 'suppliers' };
  if (!f.dueDate) p.dueDate = { key: 'required' };
  else if (!isValidDay(f.dueDate)) p.dueDate = { key: 'date' };
  else if (f.dueDate < today) p.dueDate = { key: 'dueDatePast' };
  const days = f.reminderDaysBefore;
  if (days.length > MAX_REMINDERS) p.reminderDaysBefore = { key: 'tooManyReminders', params: { max: MAX_REMINDERS } };
  else if (days.some((d) => !Number.isInteger(d) || d < 1 || d > MAX_REMINDER_DAY)) {
    p.reminderDaysBefore = { key: 'reminderDay', params: { max: MAX_REMINDER_DAY } };
  }
  return { ...p, ...thresholdProblems(f.thresholds) };
}

/** The request body for `POST /api/campaigns` (call after validateForm found nothing). */
export function toCreateRequest(f: CampaignForm): CreateCampaignRequest {
  const chosen = new Set(f.supplierIds);
  const body: CreateCampaignRequest = {
    name: f.name.trim(),
    questionnaireVersionId: f.questionnaireVersionId,
    supplierIds: [...chosen],
    dueDate: f.dueDate,
    extendedSupplierIds: f.extendedSupplierIds.filter((id) => chosen.has(id)),
    depthRule: { ...f.depthRule },
    reminderDaysBefore: normalizeReminderDays(f.reminderDaysBefore),
    remindOverdue: f.remindOverdue,
    thresholds: thresholdsFromText(f.thresholds),
  };
  if (f.useFilter) body.supplierFilter = filterRequest(f.filter);
  return body;
}

/** Unique, furthest first (7 days before, then 1 day before). */
export function normalizeReminderDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((x, y) => y - x);
}

/** Adds a typed reminder day to the list, or says why it cannot be added. */
export function addReminderDay(days: readonly number[], typed: string): { days: number[] } | { problem: FieldProblem } {
  const n = Number(typed.trim());
  if (!typed.trim() || !Number.isInteger(n) || n < 1 || n > MAX_REMINDER_DAY) {
    return { problem: { key: 'reminderDay', params: { max: MAX_REMINDER_DAY } } };
  }
  if (days.includes(n)) return { problem: { key: 'reminderDuplicate' } };
  if (days.length >= MAX_REMINDERS) return { problem: { key: 'tooManyReminders', params: { max: MAX_REMINDERS } } };
  return { days: normalizeReminderDays([...days, n]) };
}

/**
 * The form field a server issue belongs to: `reminderDaysBefore.0` → `reminderDaysBefore`,
 * `supplierFilter.country` → `filter.country`, `supplierIds.3` → `supplierIds`.
 */
export function fieldForIssue(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'supplierFilter') return parts.length > 1 ? `filter.${parts[1]}` : 'supplierIds';
  if (['reminderDaysBefore', 'supplierIds', 'extendedSupplierIds'].includes(parts[0])) return parts[0];
  return parts.filter((x) => !/^\d+$/.test(x)).join('.');
}

/** Errors without `issues` may still name the field first: "supplierIds: no supplier matches". */
export function fieldFromMessage(message: string): string | null {
  const m = /^([A-Za-z]+(?:\.[A-Za-z0-9]+)*): /.exec(message);
  return m ? fieldForIssue(m[1]) : null;
}

/** Whether the depth rule alone gives a supplier the extended questions. */
export function extendedByRule(
  s: { riskLevel: RiskLevel; tier: number; tags: readonly string[] },
  rule: CampaignForm['depthRule'],
): boolean {
  return (rule.highRisk && s.riskLevel === 'high') || (rule.tier1Priority && s.tier === 1 && s.tags.includes('priority'));
}
