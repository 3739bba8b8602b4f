/**
 * Grade thresholds as the forms edit them (organisation settings, a new campaign): one set of
 * rules for both, the same the server checks, so a form never lets through what the server refuses.
 */
import { DEFAULT_THRESHOLDS as SERVER_DEFAULTS } from '@ses/api-types';

export const LETTERS = ['A', 'B', 'C'] as const;
export type Letter = (typeof LETTERS)[number];

/** The inputs' text: kept as typed, so a half-typed value is not rewritten under the user. */
export type ThresholdsText = Record<Letter, string>;

/** What the server uses when an organisation has no thresholds of its own. */
export const DEFAULT_THRESHOLDS: Readonly<Record<Letter, number>> = SERVER_DEFAULTS;

/** A message key (under the form's own `errors`) for one threshold input. */
export type ThresholdProblem = { key: 'thresholdNumber' | 'thresholdRange' | 'thresholdAB' | 'thresholdBC' };
export type ThresholdProblems = Partial<Record<`thresholds.${Letter}`, ThresholdProblem>>;

/**
 * A threshold as typed: a finite number, or null. A comma counts as the decimal point,
 * for those who write 70,5.
 */
export function parseThreshold(s: string): number | null {
  const trimmed = s.trim().replace(',', '.');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** Each threshold a number from 0 to 100, and A > B > C. */
export function thresholdProblems(text: ThresholdsText): ThresholdProblems {
  const p: ThresholdProblems = {};
  const values = LETTERS.map((l) => parseThreshold(text[l]));
  LETTERS.forEach((l, i) => {
    const v = values[i];
    if (v === null) p[`thresholds.${l}`] = { key: 'thresholdNumber' };
    else if (v < 0 || v > 100) p[`thresholds.${l}`] = { key: 'thresholdRange' };
  });
  // The order is judged only between values that are fine on their own: one problem per input,
  // and never "A must be higher than B" when B is not even a number.
  const [a, b, c] = LETTERS.map((l, i) => (p[`thresholds.${l}`] ? null : values[i]));
  if (a !== null && b !== null && !(a > b)) p['thresholds.A'] = { key: 'thresholdAB' };
  if (b !== null && c !== null && !(b > c)) p['thresholds.B'] = { key: 'thresholdBC' };
  return p;
}

/** The numbers to send; NaN where the text is no number (sent only after thresholdProblems found nothing). */
export function thresholdsFromText(text: ThresholdsText): Record<Letter, number> {
  return { A: parseThreshold(text.A) ?? NaN, B: parseThreshold(text.B) ?? NaN, C: parseThreshold(text.C) ?? NaN };
}

/** The text the inputs start from, for thresholds the server gave. */
export function textFromThresholds(t: Readonly<Record<Letter, number>>): ThresholdsText {
  return { A: String(t.A), B: String(t.B), C: String(t.C) };
}
