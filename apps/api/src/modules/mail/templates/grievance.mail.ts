import type { GrievanceCategory } from '@ses/api-types';
import { type Block, type MailContent, render } from './render';

export interface GrievanceMailParams {
  organizationName: string;
  category: GrievanceCategory;
  /** The report in the console; the mail itself never carries what the reporter wrote. */
  link: string;
}

const CATEGORY: Record<GrievanceCategory, { ja: string; en: string }> = {
  human_rights: { ja: '人権', en: 'Human rights' },
  labour: { ja: '労働', en: 'Labour' },
  health_safety: { ja: '安全衛生', en: 'Health and safety' },
  environment: { ja: '環境', en: 'Environment' },
  corruption: { ja: '腐敗・不正', en: 'Corruption' },
  other: { ja: 'その他', en: 'Other' },
};

const SEPARATOR: Block = { p: ['――――――――――'] };

/**
 * To each admin when a report is filed. An admin's language is not known, so the mail is
 * in Japanese and English. Only the category is named: the report may be sensitive, and
 * mail passes through servers the organisation does not control.
 */
export function grievanceReceivedMail(p: GrievanceMailParams): MailContent {
  const c = CATEGORY[p.category];
  return render('ja', `【${p.organizationName}】通報を受け付けました / New grievance report`, [
    { p: ['通報窓口に新しい通報が届きました。', `区分: ${c.ja}`, '内容はコンソールでご確認ください。通報者への不利益な取扱いは禁止されています。'] },
    { button: 'コンソールで開く / Open in the console', href: p.link },
    { link: 'ボタンが開けない場合は、次の URL をブラウザに貼り付けてください。', href: p.link },
    SEPARATOR,
    {
      p: [
        'A new report was filed through your grievance form.',
        `Category: ${c.en}`,
        'Please read it in the console. Reporters must not suffer any retaliation.',
      ],
    },
    { note: ['このメールに通報の内容は含まれていません。 / This e-mail does not contain the report.'] },
  ]);
}

/** To each admin when the reporter adds a message to a report; again without its content. */
export function grievanceMessageMail(p: GrievanceMailParams): MailContent {
  const c = CATEGORY[p.category];
  return render('ja', `【${p.organizationName}】通報者からメッセージが届きました / New message from a reporter`, [
    { p: ['通報者から新しいメッセージが届きました。', `区分: ${c.ja}`, '内容はコンソールでご確認ください。'] },
    { button: 'コンソールで開く / Open in the console', href: p.link },
    { link: 'ボタンが開けない場合は、次の URL をブラウザに貼り付けてください。', href: p.link },
    SEPARATOR,
    { p: ['A reporter added a message to a grievance report.', `Category: ${c.en}`, 'Please read it in the console.'] },
    { note: ['このメールにメッセージの内容は含まれていません。 / This e-mail does not contain the message.'] },
  ]);
}
