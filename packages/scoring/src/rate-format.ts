import { RATE_EPSILON } from './epsilon.js';

/** Rates are shown to one decimal everywhere people read them. */
export const RATE_DIGITS = 1;

/**
 * A rate cut (never rounded) to the digits shown: 79.96 → 79.9, so a figure shown never
 * reaches a threshold the grade did not. The same allowance as grading keeps
 * 59.99999999999999 (floating point for 60, which grades as 60) at 60.
 */
export function truncateRate(rate: number, digits: number = RATE_DIGITS): number {
  const scale = 10 ** digits;
  const cut = Math.floor(rate * scale + RATE_EPSILON * scale) / scale;
  // -0 would print as "-0.0".
  return cut === 0 ? 0 : cut;
}

export interface RateFormatOptions {
  /** BCP 47 tag or a product language (`ja`, `en`): only the decimal separator follows it. */
  locale?: string;
  digits?: number;
  /** Append the locale's percent sign (Intl's percent style). */
  percent?: boolean;
  /** What to show for no rate (N/A). */
  empty?: string;
}

const LOCALES: Record<string, string> = { ja: 'ja-JP', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A rate (0–100) for people, the one formatting rule of the product: truncated to
 * {@link RATE_DIGITS} decimals with those decimals always written (80 → "80.0"),
 * no grouping, the decimal separator of the locale.
 */
export function formatRate(rate: number | null | undefined, options: RateFormatOptions = {}): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return options.empty ?? '—';
  const digits = options.digits ?? RATE_DIGITS;
  const locale = LOCALES[options.locale ?? 'en'] ?? options.locale ?? 'en-GB';
  const key = `${locale}|${digits}|${options.percent ? '%' : ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: options.percent ? 'percent' : 'decimal',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formats.set(key, format);
  }
  const cut = truncateRate(rate, digits);
  // The cut value is exact to `digits` decimals, so Intl's rounding has nothing to round;
  // for the percent style the division by 100 is undone by Intl's own × 100.
  return format.format(options.percent ? cut / 100 : cut);
}
