import type { Language, LocalizedText } from '@ses/questionnaire';
import { type Block, type MailContent, formatDate, render } from './render';

/** What every corrective-action e-mail to a supplier contact needs. */
export interface CorrectiveActionMailParams {
  lang: Language;
  organizationName: string;
  campaignName: string;
  supplierName: string;
  contactName: string;
  /** The action's due date, ISO. */
  dueDate: string;
  /** The contact's personal link, `PUBLIC_URL/s/<token>`; the portal shows the actions. */
  link: string;
}

export interface CorrectiveActionRequestedParams extends CorrectiveActionMailParams {
  /** Theme titles in the contact's language. */
  themes: string[];
  /** `z`: opened for themes rated Z at submission; `manual`: requested by the buyer. */
  reason: 'z' | 'manual';
  note: string | null;
}

/** A buyer's step the supplier is told about. */
export type SupplierNoticeStep = 'plan_approved' | 'plan_rejected' | 'report_returned' | 'closed' | 'escalated' | 'due_date_changed' | 'message';

export interface CorrectiveActionUpdateParams extends CorrectiveActionMailParams {
  step: SupplierNoticeStep;
  theme: string;
  /** The buyer's comment, shown as written; null for none. */
  comment: string | null;
}

export interface CorrectiveActionReminderParams extends CorrectiveActionMailParams {
  theme: string;
  /** What the supplier owes: a (new) plan, or the implementation report. */
  awaiting: 'plan' | 'report';
  daysLeft: number;
  overdue: boolean;
}

/** The request: which themes need an improvement plan, and by when. */
export function correctiveActionRequestedMail(p: CorrectiveActionRequestedParams): MailContent {
  const date = formatDate(p.lang, p.dueDate);
  const note = p.note ? [{ p: [p.lang === 'ja' ? `${p.organizationName}からのメッセージ：` : `A message from ${p.organizationName}:`, p.note] }] : [];
  if (p.lang === 'ja') {
    return render('ja', `【${p.organizationName}】是正措置のお願い（${p.themes.join('、')}）`, [
      salutation(p),
      { p: [`いつも大変お世話になっております。${p.organizationName}でございます。`] },
      {
        p: [
          `先日は「${p.campaignName}」にご回答いただき、誠にありがとうございました。`,
          p.reason === 'z'
            ? 'ご回答を確認しましたところ、次のテーマで重要項目に未対応の点があり、評価が Z となりました。'
            : 'ご回答を確認しましたところ、次のテーマについて改善をお願いしたい点がございます。',
          ...p.themes.map((t) => `・${t}`),
        ],
      },
      {
        p: [
          `つきましては、${date}までに、下記のリンクから改善計画をご提出くださいますようお願い申し上げます。`,
          '該当する項目と改善のためのガイダンスは、リンク先でご確認いただけます。',
        ],
      },
      ...note,
      ...linkBlocks(p),
      closing(p),
    ]);
  }
  return render('en', `[${p.organizationName}] Corrective action requested: ${p.themes.join(', ')}`, [
    salutation(p),
    {
      p: [
        `Thank you for responding to "${p.campaignName}".`,
        p.reason === 'z'
          ? 'Our review found critical points left unaddressed in the following themes, which are therefore rated Z:'
          : 'Our review found points we would like to see improved in the following themes:',
        ...p.themes.map((t) => `• ${t}`),
      ],
    },
    {
      p: [
        `We kindly ask ${p.supplierName} to submit an improvement plan by ${date}.`,
        'The link below shows each point and guidance on how to address it.',
      ],
    },
    ...note,
    ...linkBlocks(p),
    closing(p),
  ]);
}

const JA_STEPS: Record<SupplierNoticeStep, { subject: string; lead: (theme: string, date: string) => string[]; comment: string }> = {
  plan_approved: {
    subject: '改善計画を承認いたしました',
    lead: (t, d) => [`「${t}」についてご提出いただいた改善計画を承認いたしました。`, `計画に沿って改善を実施し、${d}までに、実施結果を証跡とともにご報告くださいますようお願いいたします。`],
    comment: 'コメント：',
  },
  plan_rejected: {
    subject: '改善計画の再提出のお願い',
    lead: (t, d) => [`「${t}」についてご提出いただいた改善計画を拝見いたしました。`, `誠に恐れ入りますが、下記の点をご検討のうえ、${d}までに改善計画をあらためてご提出くださいますようお願いいたします。`],
    comment: 'ご検討いただきたい点：',
  },
  report_returned: {
    subject: '実施報告の追加のお願い',
    lead: (t, d) => [`「${t}」の実施報告を拝見いたしました。`, `改善を確認するため、下記の点についてご対応のうえ、${d}までにあらためてご報告くださいますようお願いいたします。`],
    comment: 'ご対応いただきたい点：',
  },
  closed: {
    subject: '是正措置の完了のお知らせ',
    lead: (t) => [`「${t}」の是正措置につきまして、ご報告いただいた内容により改善を確認いたしましたので、本件を完了といたします。`, 'ご対応いただき、誠にありがとうございました。改善の状況は次回の調査で再評価いたします。'],
    comment: 'コメント：',
  },
  escalated: {
    subject: '是正措置に関するお知らせ',
    lead: (t) => [`「${t}」の是正措置につきまして、当社内で今後の対応を検討することとなりました。`, '詳細はご担当者よりあらためてご連絡いたします。'],
    comment: 'コメント：',
  },
  due_date_changed: {
    subject: '是正措置の期限変更のお知らせ',
    lead: (t, d) => [`「${t}」の是正措置の期限を${d}に変更いたしました。`, '引き続きご対応のほど、よろしくお願いいたします。'],
    comment: 'コメント：',
  },
  message: {
    subject: '是正措置に関するメッセージ',
    lead: (t) => [`「${t}」の是正措置について、メッセージをお送りいたします。`],
    comment: 'メッセージ：',
  },
};

const EN_STEPS: Record<SupplierNoticeStep, { subject: string; lead: (theme: string, date: string) => string[]; comment: string }> = {
  plan_approved: {
    subject: 'Improvement plan approved',
    lead: (t, d) => [`We have approved your improvement plan for "${t}".`, `Please carry it out and report the results, with evidence, by ${d}.`],
    comment: 'Comment:',
  },
  plan_rejected: {
    subject: 'Please revise your improvement plan',
    lead: (t, d) => [`Thank you for your improvement plan for "${t}".`, `We would be grateful if you could revise it on the points below and submit it again by ${d}.`],
    comment: 'Points to address:',
  },
  report_returned: {
    subject: 'More information needed in your implementation report',
    lead: (t, d) => [`Thank you for your implementation report for "${t}".`, `To verify the improvement we need more on the points below; please report again by ${d}.`],
    comment: 'Points to address:',
  },
  closed: {
    subject: 'Corrective action closed',
    lead: (t) => [`Your report shows the improvement for "${t}", and we have closed this corrective action.`, 'Thank you for your work. The next survey will re-assess these points.'],
    comment: 'Comment:',
  },
  escalated: {
    subject: 'About your corrective action',
    lead: (t) => [`The corrective action for "${t}" has been referred within our organisation for further consideration.`, 'Your contact person will be in touch with the details.'],
    comment: 'Comment:',
  },
  due_date_changed: {
    subject: 'Corrective action due date changed',
    lead: (t, d) => [`The due date of the corrective action for "${t}" is now ${d}.`],
    comment: 'Comment:',
  },
  message: {
    subject: 'A message about your corrective action',
    lead: (t) => [`You have a message about the corrective action for "${t}".`],
    comment: 'Message:',
  },
};

/** A buyer's step (review, verification, escalation, a new due date, a message). */
export function correctiveActionUpdateMail(p: CorrectiveActionUpdateParams): MailContent {
  const date = formatDate(p.lang, p.dueDate);
  const step = (p.lang === 'ja' ? JA_STEPS : EN_STEPS)[p.step];
  const subject = p.lang === 'ja' ? `【${p.organizationName}】${step.subject}（${p.theme}）` : `[${p.organizationName}] ${step.subject}: ${p.theme}`;
  return render(p.lang, subject, [
    salutation(p),
    ...(p.lang === 'ja' ? [{ p: [`いつも大変お世話になっております。${p.organizationName}でございます。`] }] : []),
    { p: step.lead(p.theme, date) },
    ...(p.comment ? [{ p: [step.comment, p.comment] }] : []),
    ...linkBlocks(p),
    closing(p),
  ]);
}

/** Before the due date and weekly once it has passed, while the next step is the supplier's. */
export function correctiveActionReminderMail(p: CorrectiveActionReminderParams): MailContent {
  const date = formatDate(p.lang, p.dueDate);
  const days = Math.max(0, p.daysLeft);
  if (p.lang === 'ja') {
    const what = p.awaiting === 'plan' ? '改善計画のご提出' : '実施結果のご報告';
    const subject = p.overdue
      ? `【${p.organizationName}】是正措置の期限を過ぎております（${p.theme}）`
      : `【${p.organizationName}】是正措置の期限まであと${days}日です（${p.theme}）`;
    return render('ja', subject, [
      salutation(p),
      { p: [`いつも大変お世話になっております。${p.organizationName}でございます。`] },
      {
        p: [
          p.overdue
            ? `「${p.theme}」の是正措置につきまして、期限（${date}）を過ぎましたが、まだ${what}を確認できておりません。`
            : `「${p.theme}」の是正措置につきまして、期限（${date}）まであと${days}日となりました。`,
          `お忙しいところ誠に恐れ入りますが、下記のリンクから${what}をお願いいたします。`,
        ],
      },
      ...linkBlocks(p),
      { p: ['なお、すでにご対応いただいている場合は、本メールと行き違いになりましたことをご容赦ください。'] },
      closing(p),
    ]);
  }
  const what = p.awaiting === 'plan' ? 'improvement plan' : 'implementation report';
  const subject = p.overdue
    ? `[${p.organizationName}] Overdue: corrective action for ${p.theme}`
    : `[${p.organizationName}] Reminder: corrective action for ${p.theme} is due in ${days} ${days === 1 ? 'day' : 'days'}`;
  return render('en', subject, [
    salutation(p),
    {
      p: [
        p.overdue
          ? `The ${what} for the corrective action on "${p.theme}" was due on ${date}, and we have not received it yet.`
          : `This is a reminder that the ${what} for the corrective action on "${p.theme}" is due on ${date}.`,
        `Please submit it using the link below.`,
      ],
    },
    ...linkBlocks(p),
    { p: ['If you have already done so, please disregard this message.'] },
    closing(p),
  ]);
}

/** A supplier's step, to the buyer: bilingual, as users have no language preference. */
export interface CorrectiveActionNoticeParams {
  organizationName: string;
  userName: string;
  supplierName: string;
  campaignName: string;
  theme: LocalizedText;
  step: 'plan_submitted' | 'implemented' | 'message';
  /** The plan, report or message as the supplier wrote it (shortened). */
  excerpt: string;
  /** The action in the console. */
  link: string;
}

const NOTICE = {
  plan_submitted: { ja: '改善計画が提出されました', en: 'Improvement plan submitted', jaNext: '内容をご確認のうえ、承認または差し戻しをお願いします。', enNext: 'Please review it and approve or reject it.' },
  implemented: { ja: '実施結果が報告されました', en: 'Implementation reported', jaNext: '報告と証跡をご確認のうえ、完了の確認をお願いします。', enNext: 'Please check the report and its evidence, then verify and close the action.' },
  message: { ja: 'メッセージが届きました', en: 'New message', jaNext: '', enNext: '' },
} as const;

export function correctiveActionNoticeMail(p: CorrectiveActionNoticeParams): MailContent {
  const n = NOTICE[p.step];
  const excerpt = p.excerpt.length > 1500 ? `${p.excerpt.slice(0, 1500)}…` : p.excerpt;
  const blocks: Block[] = [
    { p: [`${p.userName} 様`] },
    { p: [`${p.supplierName}から、「${p.campaignName}」の是正措置（${p.theme.ja}）について${n.ja}。`, ...(n.jaNext ? [n.jaNext] : [])] },
    { p: [`Dear ${p.userName},`] },
    { p: [`${p.supplierName}: ${n.en} for the corrective action on "${p.theme.en}" ("${p.campaignName}").`, ...(n.enNext ? [n.enNext] : [])] },
    { p: [excerpt] },
    { button: '是正措置を開く / Open the corrective action', href: p.link },
    { link: 'ボタンが開けない場合 / If the button does not work:', href: p.link },
  ];
  return render('ja', `【${p.organizationName}】${n.ja}：${p.supplierName} / ${n.en}: ${p.supplierName}`, blocks);
}

function salutation(p: CorrectiveActionMailParams): Block {
  return p.lang === 'ja' ? { p: [p.supplierName, `${p.contactName} 様`] } : { p: [`Dear ${p.contactName},`] };
}

function linkBlocks(p: CorrectiveActionMailParams): Block[] {
  if (p.lang === 'ja') {
    return [
      { button: '是正措置のページを開く', href: p.link },
      { link: 'ボタンが開けない場合は、次の URL をブラウザに貼り付けてください。', href: p.link },
      { note: ['このリンクは貴社専用です。ログインは不要ですので、社外の方への転送はお控えください。'] },
    ];
  }
  return [
    { button: 'Open the corrective action', href: p.link },
    { link: 'If the button does not work, copy this address into your browser:', href: p.link },
    { note: [`This link is personal to ${p.supplierName}: no login is needed, so please do not forward it outside your company.`] },
  ];
}

function closing(p: CorrectiveActionMailParams): Block {
  return p.lang === 'ja'
    ? { p: [`ご不明な点がございましたら、${p.organizationName}のご担当者までお問い合わせください。`, '何卒よろしくお願い申し上げます。', '', p.organizationName] }
    : { p: [`If you have any questions, please contact your ${p.organizationName} representative.`, '', 'Kind regards,', p.organizationName] };
}
