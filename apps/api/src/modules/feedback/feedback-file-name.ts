import type { FeedbackSheet } from '@ses/api-types';

/** Characters no file system or header takes in a name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** The sheet's file name: supplier and campaign, e.g. `フィードバック_株式会社A_2026年度調査.pdf`. */
export function feedbackFileName(sheet: Pick<FeedbackSheet, 'language' | 'supplierName' | 'campaignName'>): string {
  const word = sheet.language === 'ja' ? 'フィードバック' : 'feedback';
  const part = (s: string) => s.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${word}_${part(sheet.supplierName)}_${part(sheet.campaignName)}.pdf`;
}

/**
 * Content-Disposition with the name twice (RFC 6266): an ASCII fallback in `filename` for old
 * clients, and the full name UTF-8 percent-encoded in `filename*` (RFC 5987), which every
 * current browser prefers, so a Japanese name survives.
 */
export function pdfDisposition(sheet: Pick<FeedbackSheet, 'language' | 'supplierName' | 'campaignName'>): string {
  const name = feedbackFileName(sheet);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
