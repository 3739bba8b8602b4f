import { currentLocale } from './i18n';

const BCP47 = { ja: 'ja-JP', en: 'en-GB' } as const;

/** 2025/01/31 (ja) or 31 Jan 2025 (en). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(BCP47[currentLocale()], { dateStyle: 'medium' }).format(d);
}

/** Date and time, for e-mails and events. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(BCP47[currentLocale()], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A country's name in the current language ("日本" / "Japan"), or the code itself. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
