import type { OrganizationSettings, UpdateOrganizationRequest } from '@ses/api-types';

export const LETTERS = ['A', 'B', 'C'] as const;
export type Letter = (typeof LETTERS)[number];
export const DEFAULTS: Readonly<Record<Letter, number>> = { A: 80, B: 60, C: 40 };
export const NAME_MAX = 200;

/** The form as typed: thresholds are the inputs' text, kept while "use the defaults" is on. */
export interface SettingsForm {
  name: string;
  useDefaults: boolean;
  thresholds: Record<Letter, string>;
}

/** A problem with a field, as a key under `settings.errors`. */
export type SettingsProblem = { key: 'nameRequired' | 'nameTooLong' | 'thresholdNumber' | 'thresholdRange' | 'thresholdAB' | 'thresholdBC' };
export type SettingsProblems = Partial<Record<'name' | `thresholds.${Letter}`, SettingsProblem>>;

export function formFromSettings(s: OrganizationSettings): SettingsForm {
  const t = s.thresholds ?? DEFAULTS;
  return { name: s.name, useDefaults: s.thresholds === null, thresholds: { A: String(t.A), B: String(t.B), C: String(t.C) } };
}

/** A threshold as typed: a finite number, or null. */
export function parseThreshold(s: string): number | null {
  if (!s.trim()) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** What the server will refuse, checked before sending (the same rules: 0–100, A > B > C). */
export function settingsProblems(f: SettingsForm): SettingsProblems {
  const p: SettingsProblems = {};
  const name = f.name.trim();
  if (!name) p.name = { key: 'nameRequired' };
  else if (name.length > NAME_MAX) p.name = { key: 'nameTooLong' };
  if (f.useDefaults) return p;
  const [a, b, c] = LETTERS.map((l) => parseThreshold(f.thresholds[l]));
  LETTERS.forEach((l, i) => {
    const v = [a, b, c][i];
    if (v === null) p[`thresholds.${l}`] = { key: 'thresholdNumber' };
    else if (v < 0 || v > 100) p[`thresholds.${l}`] = { key: 'thresholdRange' };
  });
  if (a !== null && b !== null && !p['thresholds.A'] && !p['thresholds.B'] && !(a > b)) p['thresholds.A'] = { key: 'thresholdAB' };
  if (b !== null && c !== null && !p['thresholds.B'] && !p['thresholds.C'] && !(b > c)) p['thresholds.B'] = { key: 'thresholdBC' };
  return p;
}

/** The PATCH body: the name only when it changed; thresholds always (null: the defaults). */
export function patchFromForm(f: SettingsForm, saved: OrganizationSettings): UpdateOrganizationRequest {
  const body: UpdateOrganizationRequest = {
    thresholds: f.useDefaults
      ? null
      : { A: parseThreshold(f.thresholds.A) ?? NaN, B: parseThreshold(f.thresholds.B) ?? NaN, C: parseThreshold(f.thresholds.C) ?? NaN },
  };
  const name = f.name.trim();
  if (name !== saved.name) body.name = name;
  return body;
}

/** The public grievance page, where reporters file grievances. */
export function grievancePageUrl(origin: string, slug: string): string {
  return `${origin}/g/${encodeURIComponent(slug)}`;
}
