import type { OrganizationSettings, UpdateOrganizationRequest } from '@ses/api-types';
import {
  DEFAULT_THRESHOLDS,
  type Letter,
  type ThresholdProblem,
  type ThresholdsText,
  textFromThresholds,
  thresholdProblems,
  thresholdsFromText,
} from '@/app/thresholds';
import { LIMITS } from '@ses/api-types/rules';

export const NAME_MAX = LIMITS.nameMax;

/** The form as typed: thresholds are the inputs' text, kept while "use the defaults" is on. */
export interface SettingsForm {
  name: string;
  useDefaults: boolean;
  thresholds: ThresholdsText;
}

/** A problem with a field, as a key under `settings.errors`. */
export type SettingsProblem = { key: 'nameRequired' | 'nameTooLong' } | ThresholdProblem;
export type SettingsProblems = Partial<Record<'name' | `thresholds.${Letter}`, SettingsProblem>>;

export function formFromSettings(s: OrganizationSettings): SettingsForm {
  return { name: s.name, useDefaults: s.thresholds === null, thresholds: textFromThresholds(s.thresholds ?? DEFAULT_THRESHOLDS) };
}

/** What the server will refuse, checked before sending (the same rules: 0–100, A > B > C). */
export function settingsProblems(f: SettingsForm): SettingsProblems {
  const p: SettingsProblems = {};
  const name = f.name.trim();
  if (!name) p.name = { key: 'nameRequired' };
  else if (name.length > NAME_MAX) p.name = { key: 'nameTooLong' };
  // The inputs are not sent while the defaults are chosen, so what they hold does not matter.
  return f.useDefaults ? p : { ...p, ...thresholdProblems(f.thresholds) };
}

/** The PATCH body: the name only when it changed; thresholds always (null: the defaults). */
export function patchFromForm(f: SettingsForm, saved: OrganizationSettings): UpdateOrganizationRequest {
  const body: UpdateOrganizationRequest = {
    thresholds: f.useDefaults ? null : thresholdsFromText(f.thresholds),
  };
  const name = f.name.trim();
  if (name !== saved.name) body.name = name;
  return body;
}

/** The public grievance page, where reporters file grievances. */
export function grievancePageUrl(origin: string, slug: string): string {
  return `${origin}/g/${encodeURIComponent(slug)}`;
}
