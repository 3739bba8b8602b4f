import type { Language } from '@ses/questionnaire';
import { escapeHtml as e } from '../../../common/html';

/** What every template returns, ready for the outbox. */
export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

/**
 * A message as blocks of plain text. HTML and text are rendered from the same blocks, so
 * both say the same thing, and every value is escaped at the one place HTML is written.
 */
export type Block =
  | { p: string[] }
  | { button: string; href: string }
  /** The address written out under a button, for mail programs that do not show it (HTML only). */
  | { link: string; href: string }
  | { note: string[] };

const FONT =
  "-apple-system,BlinkMacSystemFont,'Segoe UI','Hiragino Sans','Hiragino Kaku Gothic ProN',Meiryo,sans-serif";

export function render(lang: Language, subject: string, blocks: Block[]): MailContent {
  // Header values must not carry line breaks, whatever a name contains.
  const oneLine = subject.replace(/[\r\n\t]+/g, ' ').trim();
  return { subject: oneLine, html: html(lang, oneLine, blocks), text: text(lang, blocks) };
}

function text(lang: Language, blocks: Block[]): string {
  const bullet = lang === 'ja' ? '※ ' : '* ';
  const parts = blocks.flatMap((b) => {
    if ('p' in b) return [b.p.join('\n')];
    if ('note' in b) return [b.note.map((l) => bullet + l).join('\n')];
    if ('button' in b) return [`${b.button}:\n${b.href}`];
    // The fallback for a button that does not work: in plain text the address is already there.
    return [];
  });
  return parts.join('\n\n') + '\n';
}

function html(lang: Language, subject: string, blocks: Block[]): string {
  const body = blocks
    .map((b) => {
      if ('p' in b) return `<p style="margin:0 0 16px">${b.p.map(e).join('<br>')}</p>`;
      if ('note' in b) {
        return `<ul style="margin:0 0 16px;padding-left:20px;font-size:14px;color:#4a4f55">${b.note.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`;
      }
      if ('button' in b) {
        return `<p style="margin:24px 0"><a href="${e(b.href)}" style="display:inline-block;padding:12px 28px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${e(b.button)}</a></p>`;
      }
      return `<p style="margin:0 0 16px;font-size:13px;color:#4a4f55">${e(b.link)}<br><a href="${e(b.href)}" style="color:#0b5cad;word-break:break-all">${e(b.href)}</a></p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<div style="max-width:600px;margin:0 auto;padding:32px 24px;background:#ffffff;font-family:${FONT};font-size:15px;line-height:1.7;color:#1f2328">
${body}
</div>
</body>
</html>
`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date (`2026-12-31`, or the date part of a timestamp) as each language writes it. */
export function formatDate(lang: Language, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'ja' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS[mo - 1]} ${y}`;
}
