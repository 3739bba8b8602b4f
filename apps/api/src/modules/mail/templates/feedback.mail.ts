import type { Language } from '@ses/questionnaire';
import { type MailContent, render } from './render';

export interface FeedbackMailParams {
  lang: Language;
  organizationName: string;
  campaignName: string;
  supplierName: string;
  contactName: string;
  /** The contact's personal link, `PUBLIC_URL/s/<token>`; the portal shows the sheet. */
  link: string;
}

/** Sent when the buyer releases the feedback sheets of a campaign. */
export function feedbackMail(p: FeedbackMailParams): MailContent {
  if (p.lang === 'ja') {
    return render('ja', `【${p.organizationName}】「${p.campaignName}」フィードバックシートのご案内`, [
      { p: [p.supplierName, `${p.contactName} 様`] },
      { p: [`いつも大変お世話になっております。${p.organizationName}でございます。`] },
      {
        p: [
          `先日は「${p.campaignName}」にご回答いただき、誠にありがとうございました。`,
          'ご回答の評価結果をまとめたフィードバックシートをご用意いたしました。テーマごとの評価と同じ製品区分の平均との比較、改善が望まれる点とその具体的な取り組み方を記載しております。',
          '下記のリンクからご確認のうえ、今後の取り組みにお役立てください。',
        ],
      },
      { button: 'フィードバックシートを開く', href: p.link },
      { link: 'ボタンが開けない場合は、次の URL をブラウザに貼り付けてください。', href: p.link },
      { note: ['このリンクは貴社専用です。社外の方への転送はお控えください。'] },
      { p: [`ご不明な点がございましたら、${p.organizationName}のご担当者までお問い合わせください。`, '今後ともよろしくお願い申し上げます。', '', p.organizationName] },
    ]);
  }
  return render('en', `[${p.organizationName}] Your feedback sheet for "${p.campaignName}"`, [
    { p: [`Dear ${p.contactName},`] },
    {
      p: [
        `Thank you for responding to "${p.campaignName}".`,
        `The feedback sheet for ${p.supplierName} is ready: each theme's grade beside the average for your product type, the points to improve, and concrete guidance on how to address them.`,
      ],
    },
    { button: 'Open the feedback sheet', href: p.link },
    { link: 'If the button does not work, paste this address into your browser:', href: p.link },
    { note: ['This link is personal to your company; please do not forward it outside your organisation.'] },
    { p: [`If you have any questions, please contact your ${p.organizationName} representative.`, '', 'Kind regards,', p.organizationName] },
  ]);
}
